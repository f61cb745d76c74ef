using System.ComponentModel.DataAnnotations;
using DanVan.Documents.Plans;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Web.Modules.Plans.Registry;

/// <summary>
/// Adds a document from outside DanVan (a Central Committee conclusion, a ministry's plan) or completes a stub.
/// These entries are shared by every unit, so administrators keep them; plans are corrected through their own unit.
/// </summary>
public sealed class EditModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DocumentInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var (document, refusal) = await FindAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (document is not null)
        {
            Input = new DocumentInput
            {
                Kind = document.Kind,
                Number = document.Number,
                Issuer = document.Issuer,
                IssuedOn = document.IssuedOn is { } d ? VietnameseText.FormatDate(d) : null,
                Title = document.Title,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var (document, refusal) = await FindAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!VietnameseText.TryParseDate(Input.IssuedOn, out var issuedOn))
        {
            ModelState.AddModelError("Input.IssuedOn", "Ngày ban hành không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.");
        }

        var number = string.IsNullOrWhiteSpace(Input.Number) ? null : DocumentNumbers.Normalize(Input.Number);
        if (number is not null && await db.Documents.AnyAsync(d => d.Number == number && d.Id != id, cancellationToken))
        {
            ModelState.AddModelError("Input.Number", $"Số {number} đã có trong sổ văn bản.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            if (document is null)
            {
                document = OfficialDocument.Create(Input.Kind, number, Input.Issuer, issuedOn, Input.Title ?? "", null, clock.GetUtcNow().UtcDateTime);
                db.Documents.Add(document);
            }
            else
            {
                document.Update(Input.Kind, number, Input.Issuer, issuedOn, Input.Title);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        TempData["Message"] = $"Đã lưu {document.Label}.";
        return RedirectToPage("Details", new { id = document.Id });
    }

    private async Task<(OfficialDocument? Document, IActionResult? Refusal)> FindAsync(Guid? id, CancellationToken cancellationToken)
    {
        IsNew = id is null;
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        if (!scope.IsAdministrator)
        {
            return (null, StatusCode(StatusCodes.Status403Forbidden));
        }

        if (id is null)
        {
            return (null, null);
        }

        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id && d.OrganizationId == null, cancellationToken);
        return document is null ? (null, NotFound()) : (document, null);
    }
}

public sealed class DocumentInput
{
    [Required(ErrorMessage = "Hãy nhập loại văn bản.")]
    [StringLength(100, ErrorMessage = "Loại văn bản không quá 100 ký tự.")]
    [Display(Name = "Loại văn bản")]
    public string Kind { get; set; } = "Kết luận";

    [StringLength(50, ErrorMessage = "Số, ký hiệu không quá 50 ký tự.")]
    [Display(Name = "Số, ký hiệu")]
    public string? Number { get; set; }

    [StringLength(300, ErrorMessage = "Cơ quan ban hành không quá 300 ký tự.")]
    [Display(Name = "Cơ quan ban hành")]
    public string? Issuer { get; set; }

    [Display(Name = "Ngày ban hành (dd/MM/yyyy)")]
    public string? IssuedOn { get; set; }

    [Required(ErrorMessage = "Hãy nhập trích yếu của văn bản.")]
    [StringLength(2000, ErrorMessage = "Trích yếu không quá 2000 ký tự.")]
    [Display(Name = "Trích yếu")]
    public string? Title { get; set; }
}
