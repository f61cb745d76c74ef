using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations.Units;

public sealed class MoveModel(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, OrganizationTree tree)
    : ManagedUnitPage(db, currentUser, authorization)
{
    [BindProperty]
    public Guid? NewParentId { get; set; }

    public List<SelectListItem> Parents { get; private set; } = [];

    public bool CanMoveToTop { get; private set; }

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
        Parents = await UnitLookups.ParentOptionsAsync(Db, scope, organization, cancellationToken);
        foreach (var option in Parents)
        {
            option.Selected = option.Value == NewParentId?.ToString();
        }
    }
}
