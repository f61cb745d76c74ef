using DanVan.Documents.Official;
using DanVan.Documents.Spreadsheets;
using DanVan.Web.Infrastructure.Documents;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Evaluation.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Modules.Evaluation.Rounds;

/// <summary>
/// A round's results: each unit's task and general points, total and level (with why not a better one), last year's
/// level beside it, the distribution of levels; the committee moves it to appraisal and decides; the table as .xlsx.
/// </summary>
public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser, RoundWork work, IDocumentNumbers documents, PdfConverter pdf, TimeProvider clock) : PageModel
{
    public Round Round { get; private set; } = null!;

    public bool Manages { get; private set; }

    public IReadOnlyList<ResultLine> Lines { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> LastYear { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The heads of the units, in the units' order.</summary>
    public IReadOnlyList<HeadLine> Heads { get; private set; } = [];

    [BindProperty]
    public string? DecisionSymbol { get; set; }

    [BindProperty]
    public string? DecidedOn { get; set; }

    [BindProperty]
    public string? DecisionPlace { get; set; }

    [BindProperty]
    public string? SignatureAuthority { get; set; }

    [BindProperty]
    public string? SignerPosition { get; set; }

    [BindProperty]
    public string? SignerName { get; set; }

    [BindProperty]
    public string? RevisionReason { get; set; }

    public bool PdfAvailable => pdf.IsAvailable;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        DecidedOn = VietnameseText.FormatDate(clock.Today());
        (SignatureAuthority, SignerPosition) = ("T/M Ban Thường vụ", "Bí thư");
        return Page();
    }

    public async Task<IActionResult> OnPostAppraisalAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Manages)
        {
            return Forbid();
        }

        if (!await ModelState.TrySaveAsync(db, Round.StartAppraisal, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = "Đã chuyển sang bước thẩm định; đơn vị không sửa phần tự đánh giá được nữa.";
        return RedirectToPage(new { id });
    }

    /// <summary>While the units assess themselves, the heads marked since the round opened join it.</summary>
    public async Task<IActionResult> OnPostHeadsAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Manages)
        {
            return Forbid();
        }

        var heads = await work.HeadsAsync(Round.Units.Select(u => u.OrganizationId).ToList(), cancellationToken);
        var joined = 0;
        if (!await ModelState.TrySaveAsync(db, () => joined = Round.RefreshHeads(heads), cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = joined == 0 ? "Danh sách người đứng đầu đã đúng như phân công hiện nay." : $"Đã thêm {joined} người đứng đầu vào kỳ đánh giá.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Manages)
        {
            return Forbid();
        }

        if (!VietnameseText.TryParseDate(DecidedOn, out var on) || on is null)
        {
            ModelState.AddModelError(nameof(DecidedOn), "Ngày quyết định: hãy nhập ngày theo dạng dd/MM/yyyy.");
            return Page();
        }

        if (on > clock.Today())
        {
            ModelState.AddModelError(nameof(DecidedOn), "Ngày quyết định không được sau hôm nay.");
            return Page();
        }

        var scope = await currentUser.GetScopeAsync(cancellationToken);
        try
        {
            var signing = new DecisionSigning(DecisionPlace, SignatureAuthority, SignerPosition, SignerName);
            if (!await ModelState.TrySaveAsync(db, () => work.DecideAsync(Round, scope, DecisionSymbol, on.Value, signing, cancellationToken), cancellationToken))
            {
                await LoadAsync(id, cancellationToken);
                return Page();
            }
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }

        TempData["Message"] = $"Đã ghi quyết định số {Round.DecisionSymbol}; kết quả đánh giá được giữ nguyên từ nay.";
        return RedirectToPage(new { id });
    }

    /// <summary>A decided round revised by a new decision to come: the old one kept with why, the round back at appraisal.</summary>
    public async Task<IActionResult> OnPostReviseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Manages)
        {
            return Forbid();
        }

        var by = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        var old = Round.DecisionSymbol;
        if (!await ModelState.TrySaveAsync(db, () => Round.Revise(RevisionReason, by, clock.GetUtcNow().UtcDateTime), cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = $"Quyết định số {old} được giữ trong lịch sử; kỳ đánh giá trở lại bước thẩm định cho đến quyết định mới.";
        return RedirectToPage(new { id });
    }

    /// <summary>The decision with its list, as a .docx in the committee's layout (once decided).</summary>
    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken cancellationToken) =>
        await DecisionAsync(id, docx => Task.FromResult<IActionResult>(File(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DecisionFile("docx"))), cancellationToken);

    /// <summary>The same as a PDF (LibreOffice on the server).</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken) =>
        await DecisionAsync(id, async docx =>
        {
            if (await pdf.ConvertAsync(docx, cancellationToken) is { } bytes)
            {
                return File(bytes, "application/pdf", DecisionFile("pdf"));
            }

            TempData["Message"] = pdf.IsAvailable
                ? "Chưa tạo được PDF lúc này (LibreOffice báo lỗi hoặc chạy quá lâu); hãy thử lại sau, hoặc tải .docx và in từ Word."
                : "Máy chủ chưa cài LibreOffice nên chưa tạo được PDF; hãy tải .docx và in từ Word.";
            return RedirectToPage(new { id });
        }, cancellationToken);

    private async Task<IActionResult> DecisionAsync(Guid id, Func<byte[], Task<IActionResult>> answer, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Round.Step != RoundStep.Decided)
        {
            return NotFound();
        }

        var heading = await documents.HeadingAsync(Round.OrganizationId, cancellationToken);
        return await answer(OfficialDocxWriter.Write(Decisions.DecisionDocument.Build(Round, heading, Lines, Heads)));
    }

    private string DecisionFile(string extension) => $"{VietnameseText.Fold(Round.DecisionSymbol!).Replace('/', '-').Replace(' ', '-')}.{extension}";

    /// <summary>The results table as .xlsx, as the page shows it.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var sheet = new SheetSpec("Kết quả").Column("Đơn vị", 40).Column("Điểm nhiệm vụ", 14).Column("Điểm chung", 12).Column("Tổng điểm", 12).Column("Xếp loại", 30).Column("Năm trước", 30).Column("Lý do", 60);
        sheet.Preamble.Add($"Đánh giá {Round.Title.ToLower(VietnameseText.Culture)} của {Round.Organization!.Name} – {RoundSteps.Vietnamese(Round.Step)}{(Round.DecisionSymbol is null ? "" : $", quyết định số {Round.DecisionSymbol}")}");
        foreach (var line in Lines)
        {
            sheet.Row(line.Unit.Organization!.Name, line.TaskPoints, line.GeneralPoints, line.Result.Total, line.Level, LastYear.GetValueOrDefault(line.Unit.OrganizationId) ?? "", string.Join(" ", line.Result.Reasons));
        }

        var heads = new SheetSpec("Người đứng đầu").Column("Họ và tên", 30).Column("Người đứng đầu của", 40).Column("Tổng điểm", 12).Column("Xếp loại", 30).Column("Lý do", 60);
        heads.Preamble.Add(sheet.Preamble[0]);
        foreach (var head in Heads)
        {
            heads.Row(head.Head.FullName, head.Head.Unit!.Organization!.Name, head.Result.Total, head.Level, string.Join(" ", head.Result.Reasons));
        }

        return File(XlsxWriter.Write(sheet, heads), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"danh-gia-{Round.Year}{(Round.Quarter is { } q ? $"-q{q}" : "")}.xlsx");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        if (await work.LoadAsync(id, scope, cancellationToken) is not { } round)
        {
            return false;
        }

        Round = round;
        Manages = RoundWork.Manages(round, scope);
        var scores = await work.ScoresAsync(round, cancellationToken);
        Lines = round.Units.Select(u => new ResultLine(u, scores[u.Id].Facts, scores[u.Id].Result, u.Level ?? scores[u.Id].Result.Level?.Name ?? round.Set!.FailedLevel))
            .OrderBy(l => l.Unit.Organization!.Name, VietnameseText.Comparer).ToList();
        Heads = Lines.SelectMany(l => l.Unit.Heads.OrderBy(h => h.FullName, VietnameseText.Comparer)
            .Select(h => new HeadLine(h, scores[h.Id].Result, h.Level ?? scores[h.Id].Result.Level?.Name ?? round.Set!.FailedLevel))).ToList();
        LastYear = await work.LastYearAsync(round, cancellationToken);
        return true;
    }
}

public sealed record ResultLine(UnitEvaluation Unit, TaskFacts Facts, ScoreResult Result, string Level)
{
    public decimal TaskPoints => Result.Lines.Where(l => l.Criterion.Measure != Measure.Entered).Sum(l => l.Points);

    public decimal GeneralPoints => Result.Lines.Where(l => l.Criterion.Measure == Measure.Entered).Sum(l => l.Points);
}

public sealed record HeadLine(HeadEvaluation Head, ScoreResult Result, string Level);
