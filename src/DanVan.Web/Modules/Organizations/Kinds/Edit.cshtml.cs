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
public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public KindInput Input { get; set; } = new();

    public OrganizationKind? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Existing = await db.OrganizationKinds.FindAsync([id], cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }

            Input = new KindInput { Code = Existing.Code, Name = Existing.Name, SortOrder = Existing.SortOrder };
        }
        else
        {
            Input.SortOrder = (await db.OrganizationKinds.MaxAsync(k => (int?)k.SortOrder, cancellationToken) ?? 0) + 10;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Existing = await db.OrganizationKinds.FindAsync([id], cancellationToken);
            if (Existing is null)
            {
                return NotFound();
            }
        }

        var saved = ModelState.IsValid && await ModelState.TrySaveAsync(db, () =>
        {
            if (Existing is null)
            {
                db.OrganizationKinds.Add(OrganizationKind.Create(Input.Code, Input.Name, Input.SortOrder));
            }
            else
            {
                Existing.Update(Input.Code, Input.Name, Input.SortOrder);
            }
        }, cancellationToken, new UniqueField(nameof(OrganizationKind.Code), "Input.Code", $"Mã '{Input.Code.Trim()}' đã được dùng cho loại tổ chức khác."));
        if (!saved)
        {
            return Page();
        }

        TempData["Message"] = Existing is null ? $"Đã thêm loại tổ chức “{Input.Name.Trim()}”." : "Đã lưu thay đổi.";
        return RedirectToPage("Index");
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
