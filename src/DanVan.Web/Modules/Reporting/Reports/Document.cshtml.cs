using DanVan.Documents.Official;
using DanVan.Documents.Spreadsheets;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Documents;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Reporting.Documents;
using DanVan.Web.Modules.Reporting.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>
/// The report as an official document: the officer sets place, date, summary, signature block and recipients;
/// the first issue takes the next number of the unit's counter; then .docx, .xlsx of the figures and PDF.
/// </summary>
public sealed class DocumentModel(AppDbContext db, CurrentUser currentUser, ReportWorkspace workspace, DocumentIssuing issuing, PdfConverter pdf, TimeProvider clock) : PageModel
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public ReportContext Context { get; private set; } = null!;

    public IssuedDocument? Issued { get; private set; }

    public bool PdfAvailable => pdf.IsAvailable;

    [BindProperty]
    public DocumentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = Issued is { } d
            ? new DocumentInput
            {
                IssuedOn = VietnameseText.FormatDate(d.IssuedOn), Place = d.Place, Summary = d.Summary, SignatureAuthority = d.SignatureAuthority,
                SignerPosition = d.SignerPosition, SignerName = d.SignerName, Recipients = d.Recipients,
            }
            : await DefaultsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!Context.CanWrite)
        {
            return Forbid();
        }

        if (!VietnameseText.TryParseDate(Input.IssuedOn, out var parsed) || parsed is not { } issuedOn)
        {
            ModelState.AddModelError("Input.IssuedOn", "Ngày ban hành: hãy ghi theo dạng ngày/tháng/năm, ví dụ 25/06/2026.");
            return Page();
        }

        try
        {
            var first = Issued is null;
            Issued = await issuing.IssueAsync(Context, new DocumentDetails(issuedOn, Input.Place, Input.Summary, Input.SignatureAuthority, Input.SignerPosition, Input.SignerName, Input.Recipients), cancellationToken);
            TempData["Message"] = first ? $"Đã lấy số {Issued.Symbol}. Tải văn bản ở dưới." : "Đã lưu thông tin văn bản.";
            return RedirectToPage(new { id });
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken cancellationToken) =>
        await DownloadAsync(id, async document => File(OfficialDocxWriter.Write(await issuing.PageAsync(Context, document, cancellationToken)), DocxType, FileName(document, "docx")), cancellationToken);

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken) =>
        await DownloadAsync(id, async document =>
        {
            var bytes = await pdf.ConvertAsync(OfficialDocxWriter.Write(await issuing.PageAsync(Context, document, cancellationToken)), cancellationToken);
            if (bytes is null)
            {
                TempData["Message"] = pdf.IsAvailable
                    ? "Chưa tạo được PDF lúc này (LibreOffice báo lỗi hoặc chạy quá lâu); hãy thử lại sau, hoặc tải .docx và in từ Word."
                    : "Máy chủ chưa cài LibreOffice nên chưa tạo được PDF; hãy tải .docx và in từ Word.";
                return RedirectToPage(new { id });
            }

            return File(bytes, "application/pdf", FileName(document, "pdf"));
        }, cancellationToken);

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken cancellationToken) =>
        await DownloadAsync(id, document =>
        {
            var sheet = new SheetSpec("Chỉ tiêu").Column("Mã", 14).Column("Chỉ tiêu", 50).Column("Đơn vị tính", 12).Column("Địa bàn", 22).Column("Kết quả", 14);
            sheet.Preamble.Add($"{Context.Unit.Name} – Số {document.Symbol} – {Context.Period.Title}");
            foreach (var indicator in Context.Indicators.Where(i => i.Type != IndicatorType.Text))
            {
                if (Context.TotalOf(indicator, Context.Report.Values) is not { } total)
                {
                    continue;
                }

                sheet.Row(indicator.Code, indicator.Name, indicator.Unit, "Toàn đơn vị", indicator.Type == IndicatorType.YesNo ? IndicatorValues.Format(indicator, total, null) : total);
                foreach (var village in Context.Villages)
                {
                    if (Context.Report.Values.FirstOrDefault(v => v.IndicatorId == indicator.Id && v.AreaId == village.Id)?.Number is { } value)
                    {
                        sheet.Row(indicator.Code, indicator.Name, indicator.Unit, village.Name, value);
                    }
                }
            }

            return Task.FromResult<IActionResult>(File(XlsxWriter.Write(sheet), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(document, "xlsx")));
        }, cancellationToken);

    private async Task<IActionResult> DownloadAsync(Guid id, Func<IssuedDocument, Task<IActionResult>> file, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Issued is null)
        {
            TempData["Message"] = "Hãy lấy số văn bản trước khi tải.";
            return RedirectToPage(new { id });
        }

        return await file(Issued);
    }

    private static string FileName(IssuedDocument document, string extension) =>
        $"bao-cao-so-{VietnameseText.Fold(document.Symbol).Replace('/', '-').Replace(' ', '-')}.{extension}";

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var context = await workspace.LoadAsync(id, await currentUser.GetScopeAsync(cancellationToken), cancellationToken);
        if (context is null)
        {
            return NotFound();
        }

        Context = context;
        Issued = await issuing.FindAsync(id, cancellationToken);
        return null;
    }

    private async Task<DocumentInput> DefaultsAsync(CancellationToken cancellationToken)
    {
        var unit = Context.Unit;
        var kind = await db.OrganizationKinds.Where(k => k.Id == unit.KindId).Select(k => k.Code).SingleAsync(cancellationToken);
        var area = await db.Areas.Where(a => a.Id == unit.AreaId).Select(a => a.Name).SingleAsync(cancellationToken);
        var (authority, position) = Contracts.DocumentHeading.SignatureOf(kind);
        if (Context.Report.IsExternal)
        {
            // The issuer's own report upward is signed as its plan was: for the standing committee, by the plan's signer.
            (authority, position) = ("T/M Ban Thường vụ", Context.Plan.SignerTitle ?? position);
        }

        return new DocumentInput
        {
            IssuedOn = VietnameseText.FormatDate(clock.Today()),
            Place = area,
            Summary = DefaultSummary(Context.Period.Title, Context.Plan.Document!.Label),
            SignatureAuthority = authority,
            SignerPosition = position,
            SignerName = Context.Report.IsExternal ? Context.Plan.SignerName : null,
            Recipients = $"{Context.ReceiverName} (để báo cáo)\nLưu {unit.Name}",
        };
    }

    /// <summary>
    /// The summary under "BÁO CÁO" as an official writes it, never "Báo cáo" twice: "Sơ kết 06 tháng đầu năm 2026 thực
    /// hiện Kế hoạch số 103-KH/TU" for a review period, else "Kết quả thực hiện Kế hoạch số …" with the period after it.
    /// </summary>
    internal static string DefaultSummary(string periodTitle, string planLabel)
    {
        var what = System.Text.RegularExpressions.Regex.Replace(periodTitle.Trim(), @"^báo cáo\s+", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return what.StartsWith("sơ kết", StringComparison.OrdinalIgnoreCase) || what.StartsWith("tổng kết", StringComparison.OrdinalIgnoreCase)
            ? $"{char.ToUpper(what[0], VietnameseText.Culture)}{what[1..]} thực hiện {planLabel}"
            : $"Kết quả thực hiện {planLabel}\n({what})";
    }
}

public sealed class DocumentInput
{
    public string? IssuedOn { get; set; }

    public string? Place { get; set; }

    public string? Summary { get; set; }

    public string? SignatureAuthority { get; set; }

    public string? SignerPosition { get; set; }

    public string? SignerName { get; set; }

    public string? Recipients { get; set; }
}
