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
public sealed class EditModel(AppDbContext db) : CatalogEditPage<Area, AreaInput>(db)
{
    private DateOnly? validFrom;
    private DateOnly? validTo;

    public Area? Parent { get; private set; }

    public AreaLevel Level { get; private set; }

    protected override UniqueField Unique => new(nameof(Area.Code), "Input.Code", $"Mã '{Input.Code.Trim()}' đã được dùng cho địa bàn khác.");

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? parentId, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(id, parentId, cancellationToken);
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

        return Show(found);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? parentId, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(id, parentId, cancellationToken);
        if (!VietnameseText.TryParseDate(Input.ValidFrom, out validFrom))
        {
            ModelState.AddModelError("Input.ValidFrom", "Ngày có hiệu lực phải theo dạng ngày/tháng/năm, ví dụ 01/07/2025.");
        }

        if (!VietnameseText.TryParseDate(Input.ValidTo, out validTo))
        {
            ModelState.AddModelError("Input.ValidTo", "Ngày hết hiệu lực phải theo dạng ngày/tháng/năm, ví dụ 30/06/2025.");
        }

        return await SaveAsync(found, cancellationToken);
    }

    protected override Area Create() => Area.Create(Input.Code, Input.Name, Level, Parent, validFrom, validTo);

    protected override void Update(Area existing) => existing.Update(Input.Code, Input.Name, validFrom, validTo);

    protected override string Saved(Area row, bool created) => created ? $"Đã thêm địa bàn “{row.Name}”." : "Đã lưu thay đổi.";

    private async Task<bool> LoadAsync(Guid? id, Guid? parentId, CancellationToken cancellationToken)
    {
        if (id is { } existingId)
        {
            Existing = await Db.Areas.Include(a => a.Parent).SingleOrDefaultAsync(a => a.Id == existingId, cancellationToken);
            Parent = Existing?.Parent;
            Level = Existing?.Level ?? default;
            return Existing is not null;
        }

        if (parentId is { } pid)
        {
            Parent = await Db.Areas.SingleOrDefaultAsync(a => a.Id == pid, cancellationToken);
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
