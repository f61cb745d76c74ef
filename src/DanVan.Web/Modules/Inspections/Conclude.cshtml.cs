using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Inspections.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Inspections;

/// <summary>
/// Issues the conclusion: the printed details (date, summary, general assessment, signature, recipients); the number
/// comes from the issuer's counter, and each recommendation becomes a task of its unit with its deadline.
/// </summary>
public sealed class ConcludeModel(AppDbContext db, CurrentUser currentUser, InspectionWork work, TimeProvider clock) : PageModel
{
    public Inspection Inspection { get; private set; } = null!;

    [BindProperty]
    public ConclusionForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var programme = Inspection.Programme!;
        var party = programme.Kind == ProgrammeKind.Party;
        Input = new ConclusionForm
        {
            IssuedOn = VietnameseText.FormatDate(clock.Today()),
            Summary = party ? $"Kết luận {Lower(Inspection.Title)}" : $"Kết quả {Lower(Inspection.Title)}",
            Place = programme.Organization!.Area?.Name,
            SignatureAuthority = party ? "T/M Ban Thường vụ" : null,
            Recipients = string.Join('\n', Inspection.Units.Select(u => $"{u.Organization!.Name} (để thực hiện)").Append("Lưu Văn phòng")),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!VietnameseText.TryParseDate(Input.IssuedOn, out var issuedOn) || issuedOn is null)
        {
            ModelState.AddModelError("Input.IssuedOn", "Ngày ký: hãy nhập ngày theo dạng dd/MM/yyyy.");
        }
        else if (issuedOn > clock.Today())
        {
            ModelState.AddModelError("Input.IssuedOn", "Ngày ký không được sau hôm nay.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var rights = InspectionAccess.RightsOf(Inspection, await currentUser.GetScopeAsync(cancellationToken));
        await using var held = await work.LockNumbersAsync(Inspection.Programme!.OrganizationId, cancellationToken);
        if (await LoadAsync(id, cancellationToken) is { } gone)
        {
            return gone;
        }

        var input = new ConclusionInput(issuedOn!.Value, Input.Summary, Input.Text, Input.Place, Input.SignatureAuthority, Input.SignerPosition, Input.SignerName, Input.Recipients);
        try
        {
            if (!await ModelState.TrySaveAsync(db, () => work.ConcludeAsync(Inspection, rights, input, cancellationToken), cancellationToken))
            {
                await LoadAsync(id, cancellationToken);
                return Page();
            }
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, "Số văn bản vừa được dùng cho một văn bản khác của đơn vị; chưa có gì được lưu. Hãy bấm ban hành lại.");
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = $"Đã ban hành {Inspection.Programme!.Kind.ConclusionName().ToLower(VietnameseText.Culture)} số {Inspection.ConclusionSymbol}; các kiến nghị đã thành nhiệm vụ của đơn vị và đơn vị đã được thông báo.";
        return RedirectToPage("/Inspections/Details", new { id });
    }

    /// <summary>Loads the inspection; the answer to give instead of the page when it cannot be concluded by this user now.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var loaded = await work.LoadAsync(id, await currentUser.GetScopeAsync(cancellationToken), cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }

        (Inspection, var rights) = loaded.Value;
        await db.Entry(Inspection.Programme!.Organization!).Reference(o => o.Area).LoadAsync(cancellationToken);
        if (!rights.Manages)
        {
            return Forbid();
        }

        if (Inspection.Status != InspectionStatus.Notified)
        {
            TempData["Message"] = Inspection.Status == InspectionStatus.Planned ? "Hãy thông báo cho đơn vị trước khi kết luận." : "Cuộc kiểm tra đã có kết luận.";
            return RedirectToPage("/Inspections/Details", new { id });
        }

        return null;
    }

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], VietnameseText.Culture) + text[1..];
}

public sealed class ConclusionForm
{
    [Required(ErrorMessage = "Hãy nhập ngày ký.")]
    [Display(Name = "Ngày ký (dd/MM/yyyy)")]
    public string? IssuedOn { get; set; }

    [Required(ErrorMessage = "Hãy nhập trích yếu.")]
    [StringLength(500, ErrorMessage = "Trích yếu không quá 500 ký tự.")]
    [Display(Name = "Trích yếu")]
    public string? Summary { get; set; }

    [StringLength(Inspection.MaxText, ErrorMessage = "Nhận xét chung không quá 4000 ký tự.")]
    [Display(Name = "Nhận xét chung")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "Hãy nhập địa danh.")]
    [StringLength(100)]
    [Display(Name = "Địa danh")]
    public string? Place { get; set; }

    [StringLength(100)]
    [Display(Name = "Thẩm quyền ký (T/M…, K/T…)")]
    public string? SignatureAuthority { get; set; }

    [StringLength(100)]
    [Display(Name = "Chức vụ người ký")]
    public string? SignerPosition { get; set; }

    [StringLength(100)]
    [Display(Name = "Họ tên người ký")]
    public string? SignerName { get; set; }

    [Required(ErrorMessage = "Hãy ghi nơi nhận.")]
    [Display(Name = "Nơi nhận (mỗi dòng một nơi)")]
    public string? Recipients { get; set; }
}
