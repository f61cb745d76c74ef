using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations.Units;

public sealed class CreateModel(AppDbContext db, CurrentUser currentUser, OrganizationTree tree) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? ParentId { get; set; }

    public List<SelectListItem> Parents { get; private set; } = [];

    public List<SelectListItem> Kinds { get; private set; } = [];

    public List<SelectListItem> Areas { get; private set; } = [];

    public bool CanCreateTopLevel { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Parents.Count == 0 && !CanCreateTopLevel ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        Organization? parent = null;
        if (ParentId is { } parentId)
        {
            parent = await db.Organizations.VisibleTo(scope).SingleOrDefaultAsync(o => o.Id == parentId, cancellationToken);
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

        if (ModelState.IsValid && await tree.CodeTakenAsync(Input.Code, null, cancellationToken))
        {
            ModelState.AddModelError("Input.Code", $"Mã '{Input.Code.Trim()}' đã được dùng cho tổ chức khác.");
        }

        var kind = await db.OrganizationKinds.FindAsync([Input.KindId ?? Guid.Empty], cancellationToken);
        var area = await db.Areas.FindAsync([Input.AreaId ?? Guid.Empty], cancellationToken);
        if (ModelState.IsValid && (kind is null || area is null))
        {
            ModelState.AddModelError(string.Empty, "Loại tổ chức hoặc địa bàn đã chọn không còn tồn tại.");
        }

        if (ModelState.IsValid)
        {
            try
            {
                var organization = Organization.Create(Input.Code, Input.Name, Input.ShortName, kind!, area!, parent);
                db.Organizations.Add(organization);
                await db.SaveChangesAsync(cancellationToken);
                TempData["Message"] = $"Đã thêm “{organization.Name}”.";
                return RedirectToPage("Details", new { id = organization.Id });
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
            catch (DbUpdateException)
            {
                ModelState.AddModelError("Input.Code", $"Mã '{Input.Code.Trim()}' đã được dùng cho tổ chức khác.");
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        CanCreateTopLevel = scope.IsAdministrator;
        Parents = await UnitLookups.ParentOptionsAsync(db, scope, null, cancellationToken);
        foreach (var option in Parents)
        {
            option.Selected = option.Value == ParentId?.ToString();
        }

        Kinds = await UnitLookups.KindOptionsAsync(db, cancellationToken);
        Areas = await UnitLookups.AreaOptionsAsync(db, cancellationToken);
    }
}
