using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Infrastructure.Web;

namespace DanVan.Web.Modules.Organizations.Kinds;

/// <summary>Adds or renames an organization kind. The code is what CSV files use, so it stays unique.</summary>
[Authorize(Policy = OrganizationPermissions.ReferenceData)]
public sealed class EditModel(AppDbContext db) : CatalogEditPage<OrganizationKind, KindInput>(db)
{
    protected override UniqueField Unique => new(nameof(OrganizationKind.Code), "Input.Code", $"Mã '{Input.Code.Trim()}' đã được dùng cho loại tổ chức khác.");

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(id, cancellationToken);
        if (Existing is { } kind)
        {
            Input = new KindInput { Code = kind.Code, Name = kind.Name, SortOrder = kind.SortOrder };
        }
        else
        {
            Input.SortOrder = (await Db.OrganizationKinds.MaxAsync(k => (int?)k.SortOrder, cancellationToken) ?? 0) + 10;
        }

        return Show(found);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken) =>
        await SaveAsync(await LoadAsync(id, cancellationToken), cancellationToken);

    protected override OrganizationKind Create() => OrganizationKind.Create(Input.Code, Input.Name, Input.SortOrder);

    protected override void Update(OrganizationKind existing) => existing.Update(Input.Code, Input.Name, Input.SortOrder);

    protected override string Saved(OrganizationKind row, bool created) => created ? $"Đã thêm loại tổ chức “{row.Name}”." : "Đã lưu thay đổi.";

    private async Task<bool> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        Existing = id is null ? null : await Db.OrganizationKinds.FindAsync([id], cancellationToken);
        return id is null || Existing is not null;
    }
}

public sealed class KindInput
{
    [Required(ErrorMessage = "Hãy nhập mã.")]
    [StringLength(32, ErrorMessage = "Mã tối đa 32 ký tự.")]
    [Display(Name = "Mã")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập tên loại tổ chức.")]
    [StringLength(100, ErrorMessage = "Tên tối đa 100 ký tự.")]
    [Display(Name = "Tên")]
    public string Name { get; set; } = "";

    [Range(0, 10_000, ErrorMessage = "Thứ tự là số từ 0 đến 10000.")]
    [Display(Name = "Thứ tự hiển thị")]
    public int SortOrder { get; set; }
}
