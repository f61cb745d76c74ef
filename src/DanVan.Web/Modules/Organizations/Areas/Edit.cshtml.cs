using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Infrastructure.Web;

namespace DanVan.Web.Modules.Organizations.Areas;

/// <summary>
/// Creates an area under a parent (the parent decides the level: none → province, province → commune,
/// commune → village) or edits one. Codes are unique; the entity checks their official shape.
/// </summary>
[Authorize(Policy = OrganizationPermissions.ReferenceData)]
public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public AreaInput Input { get; set; } = new();

    public Area? Existing { get; private set; }

    public Area? Parent { get; private set; }

    public AreaLevel Level { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? parentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, parentId, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } area)
        {
            Input = new AreaInput
            {
                Code = area.Code,
                Name = area.Name,
                ValidFrom = area.ValidFrom is { } from ? VietnameseText.FormatDate(from) : null,
                ValidTo = area.ValidTo is { } to ? VietnameseText.FormatDate(to) : null,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? parentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, parentId, cancellationToken))
        {
            return NotFound();
        }

        if (!VietnameseText.TryParseDate(Input.ValidFrom, out var validFrom))
        {
            ModelState.AddModelError("Input.ValidFrom", "Ngày có hiệu lực phải theo dạng ngày/tháng/năm, ví dụ 01/07/2025.");
        }

        if (!VietnameseText.TryParseDate(Input.ValidTo, out var validTo))
        {
            ModelState.AddModelError("Input.ValidTo", "Ngày hết hiệu lực phải theo dạng ngày/tháng/năm, ví dụ 30/06/2025.");
        }

        var area = Existing;
        var saved = ModelState.IsValid && await ModelState.TrySaveAsync(db, () =>
        {
            if (area is null)
            {
                area = Area.Create(Input.Code, Input.Name, Level, Parent, validFrom, validTo);
                db.Areas.Add(area);
            }
            else
            {
                area.Update(Input.Code, Input.Name, validFrom, validTo);
            }
        }, cancellationToken, new UniqueField(nameof(Area.Code), "Input.Code", $"Mã '{Input.Code.Trim()}' đã được dùng cho địa bàn khác."));
        if (!saved)
        {
            return Page();
        }

        TempData["Message"] = Existing is null ? $"Đã thêm địa bàn “{area!.Name}”." : "Đã lưu thay đổi.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(Guid? id, Guid? parentId, CancellationToken cancellationToken)
    {
        if (id is { } existingId)
        {
            Existing = await db.Areas.Include(a => a.Parent).SingleOrDefaultAsync(a => a.Id == existingId, cancellationToken);
            Parent = Existing?.Parent;
            Level = Existing?.Level ?? default;
            return Existing is not null;
        }

        if (parentId is { } pid)
        {
            Parent = await db.Areas.SingleOrDefaultAsync(a => a.Id == pid, cancellationToken);
            if (Parent is null || Parent.Level == AreaLevel.Village)
            {
                return false;
            }
        }

        Level = Parent is null ? AreaLevel.Province : Parent.Level + 1;
        return true;
    }
}

public sealed class AreaInput
{
    [Required(ErrorMessage = "Hãy nhập mã địa bàn.")]
    [StringLength(20, ErrorMessage = "Mã tối đa 20 ký tự.")]
    [Display(Name = "Mã")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập tên địa bàn.")]
    [StringLength(200, ErrorMessage = "Tên tối đa 200 ký tự.")]
    [Display(Name = "Tên")]
    public string Name { get; set; } = "";

    [Display(Name = "Có hiệu lực từ")]
    public string? ValidFrom { get; set; }

    [Display(Name = "Hết hiệu lực từ")]
    public string? ValidTo { get; set; }
}
