using DanVan.Documents.Spreadsheets;
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
public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser, RoundWork work, TimeProvider clock) : PageModel
{
    public Round Round { get; private set; } = null!;

    public bool Manages { get; private set; }

    public IReadOnlyList<ResultLine> Lines { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> LastYear { get; private set; } = new Dictionary<Guid, string>();

    [BindProperty]
    public string? DecisionSymbol { get; set; }

    [BindProperty]
    public string? DecidedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        DecidedOn = VietnameseText.FormatDate(clock.Today());
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
            if (!await ModelState.TrySaveAsync(db, () => work.DecideAsync(Round, scope, DecisionSymbol, on.Value, cancellationToken), cancellationToken))
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

        return File(XlsxWriter.Write(sheet), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"danh-gia-{Round.Year}{(Round.Quarter is { } q ? $"-q{q}" : "")}.xlsx");
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
        LastYear = await work.LastYearAsync(round, cancellationToken);
        return true;
    }
}

public sealed record ResultLine(UnitEvaluation Unit, TaskFacts Facts, ScoreResult Result, string Level)
{
    public decimal TaskPoints => Result.Lines.Where(l => l.Criterion.Measure != Measure.Entered).Sum(l => l.Points);

    public decimal GeneralPoints => Result.Lines.Where(l => l.Criterion.Measure == Measure.Entered).Sum(l => l.Points);
}
