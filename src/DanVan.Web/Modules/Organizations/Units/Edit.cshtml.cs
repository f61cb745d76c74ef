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

public sealed class EditModel(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
    : ManagedUnitPage(db, currentUser, authorization)
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public List<SelectListItem> Kinds { get; private set; } = [];

    public List<SelectListItem> Areas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (organization, refusal) = await FindAsync(id, cancellationToken);
        if (organization is null)
        {
            return refusal!;
        }

        Input = new UnitInput { Code = organization.Code, Name = organization.Name, ShortName = organization.ShortName, KindId = organization.KindId, AreaId = organization.AreaId };
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The area picker's options as the user types.</summary>
    public async Task<IActionResult> OnGetAreaOptionsAsync(Guid id, string? q, CancellationToken cancellationToken)
    {
        var (organization, refusal) = await FindAsync(id, cancellationToken);
        return organization is null ? refusal! : Partial("_PickerOptions", new PickerOptions(await UnitLookups.AreaOptionsAsync(Db, q, null, cancellationToken), UnitLookups.ChooseArea));
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (organization, refusal) = await FindAsync(id, cancellationToken);
        if (organization is null)
        {
            return refusal!;
        }

        var kind = await Db.OrganizationKinds.FindAsync([Input.KindId ?? Guid.Empty], cancellationToken);
        var area = await Db.Areas.FindAsync([Input.AreaId ?? Guid.Empty], cancellationToken);
        if (ModelState.IsValid && (kind is null || area is null))
        {
            ModelState.AddModelError(string.Empty, "Loại tổ chức hoặc địa bàn đã chọn không còn tồn tại.");
        }

        if (ModelState.IsValid && await ModelState.TrySaveAsync(Db, () => organization.Update(Input.Code, Input.Name, Input.ShortName, kind!, area!), cancellationToken, new UniqueField(nameof(Organization.Code), "Input.Code", $"Mã '{Input.Code.Trim()}' đã được dùng cho tổ chức khác.")))
        {
            TempData["Message"] = "Đã lưu thay đổi.";
            return RedirectToPage("Details", new { id });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Kinds = await UnitLookups.KindOptionsAsync(Db, cancellationToken);
        Areas = await UnitLookups.AreaOptionsAsync(Db, null, Input.AreaId, cancellationToken);
    }
}
