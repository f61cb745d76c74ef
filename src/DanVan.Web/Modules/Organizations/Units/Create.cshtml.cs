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

public sealed class CreateModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? ParentId { get; set; }

    public List<SelectListItem> Parents { get; private set; } = [];

    public List<SelectListItem> Kinds { get; private set; } = [];

    public List<SelectListItem> Areas { get; private set; } = [];

    public bool CanCreateTopLevel { get; private set; }

    public const string TopLevel = "— Cấp cao nhất (không trực thuộc tổ chức nào) —";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Parents.Count == 0 && !CanCreateTopLevel ? Forbid() : Page();
    }

    /// <summary>The parent picker's options as the user types.</summary>
    public async Task<IActionResult> OnGetParentOptionsAsync(string? q, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        return scope.HoldsAnywhere(OrganizationPermissions.Manage)
            ? Partial("_PickerOptions", new PickerOptions(await UnitLookups.ParentOptionsAsync(db, scope, null, q, null, cancellationToken), scope.IsAdministrator ? TopLevel : null))
            : Forbid();
    }

    /// <summary>The area picker's options as the user types.</summary>
    public async Task<IActionResult> OnGetAreaOptionsAsync(string? q, CancellationToken cancellationToken) =>
        (await currentUser.GetScopeAsync(cancellationToken)).HoldsAnywhere(OrganizationPermissions.Manage)
            ? Partial("_PickerOptions", new PickerOptions(await UnitLookups.AreaOptionsAsync(db, q, null, cancellationToken), UnitLookups.ChooseArea))
            : Forbid();

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

        var kind = await db.OrganizationKinds.FindAsync([Input.KindId ?? Guid.Empty], cancellationToken);
        var area = await db.Areas.FindAsync([Input.AreaId ?? Guid.Empty], cancellationToken);
        if (ModelState.IsValid && (kind is null || area is null))
        {
            ModelState.AddModelError(string.Empty, "Loại tổ chức hoặc địa bàn đã chọn không còn tồn tại.");
        }

        Organization? created = null;
        if (ModelState.IsValid && await ModelState.TrySaveAsync(db, () => db.Organizations.Add(created = Organization.Create(Input.Code, Input.Name, Input.ShortName, kind!, area!, parent)), cancellationToken, new UniqueField(nameof(Organization.Code), "Input.Code", $"Mã '{Input.Code.Trim()}' đã được dùng cho tổ chức khác.")))
        {
            TempData["Message"] = $"Đã thêm “{created!.Name}”.";
            return RedirectToPage("Details", new { id = created.Id });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        CanCreateTopLevel = scope.IsAdministrator;
        Parents = await UnitLookups.ParentOptionsAsync(db, scope, null, null, ParentId, cancellationToken);
        Kinds = await UnitLookups.KindOptionsAsync(db, cancellationToken);
        Areas = await UnitLookups.AreaOptionsAsync(db, null, Input.AreaId, cancellationToken);
    }
}
