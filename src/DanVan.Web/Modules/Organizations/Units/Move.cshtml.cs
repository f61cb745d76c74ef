using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Infrastructure.Web;

namespace DanVan.Web.Modules.Organizations.Units;

public sealed class MoveModel(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, OrganizationTree tree)
    : ManagedUnitPage(db, currentUser, authorization)
{
    [BindProperty]
    public Guid? NewParentId { get; set; }

    public List<SelectListItem> Parents { get; private set; } = [];

    public bool CanMoveToTop { get; private set; }

    public const string TopLevel = "— Cấp cao nhất —";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (organization, refusal) = await FindAsync(id, cancellationToken);
        if (organization is null)
        {
            return refusal!;
        }

        NewParentId = organization.ParentId;
        await LoadAsync(organization, cancellationToken);
        return Page();
    }

    /// <summary>The new-parent picker's options as the user types.</summary>
    public async Task<IActionResult> OnGetParentOptionsAsync(Guid id, string? q, CancellationToken cancellationToken)
    {
        var (organization, refusal) = await FindAsync(id, cancellationToken);
        if (organization is null)
        {
            return refusal!;
        }

        var scope = await CurrentUser.GetScopeAsync(cancellationToken);
        return Partial("_PickerOptions", new PickerOptions(await UnitLookups.ParentOptionsAsync(Db, scope, organization, q, null, cancellationToken), scope.IsAdministrator ? TopLevel : null));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (organization, refusal) = await FindAsync(id, cancellationToken);
        if (organization is null)
        {
            return refusal!;
        }

        var scope = await CurrentUser.GetScopeAsync(cancellationToken);
        Organization? parent = null;
        if (NewParentId is { } parentId)
        {
            parent = await Db.Organizations.VisibleTo(scope).SingleOrDefaultAsync(o => o.Id == parentId, cancellationToken);
            if (parent is null)
            {
                return NotFound();
            }
        }

        try
        {
            OrganizationTree.EnsureMayPlaceUnder(scope, parent);
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }

        try
        {
            await tree.MoveAsync(scope, organization, parent, cancellationToken);
            TempData["Message"] = $"Đã chuyển “{organization.Name}”.";
            return RedirectToPage("Details", new { id });
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            Db.ChangeTracker.Clear();
            await LoadAsync(organization, cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(Organization organization, CancellationToken cancellationToken)
    {
        var scope = await CurrentUser.GetScopeAsync(cancellationToken);
        CanMoveToTop = scope.IsAdministrator;
        Parents = await UnitLookups.ParentOptionsAsync(Db, scope, organization, null, NewParentId, cancellationToken);
    }
}
