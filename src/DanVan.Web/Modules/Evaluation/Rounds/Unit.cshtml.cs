using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Evaluation.Contracts;
using DanVan.Web.Modules.Evaluation.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Evaluation.Rounds;

/// <summary>
/// One unit's evaluation: its scorecard criterion by criterion (the formula beside each computed part), the unit's
/// self-assessment while it is open, the appraisers' points, adjustments with reasons and comment, and its history.
/// </summary>
public sealed class UnitModel(AppDbContext db, CurrentUser currentUser, RoundWork work, TimeProvider clock) : PageModel
{
    public UnitEvaluation Evaluation { get; private set; } = null!;

    public TaskFacts Facts { get; private set; } = null!;

    public ScoreResult Result { get; private set; } = null!;

    public bool Assesses { get; private set; }

    public bool Manages { get; private set; }

    public IReadOnlyList<UnitEvaluation> History { get; private set; } = [];

    /// <summary>The points and evidence typed per entered criterion ("Entered[criterion].Points", read from the form).</summary>
    public Dictionary<Guid, EnteredInput> Entered { get; } = [];

    /// <summary>The adjustments typed per computed criterion ("Adjust[criterion].Points", ".Reason").</summary>
    public Dictionary<Guid, AdjustInput> Adjust { get; } = [];

    /// <summary>Reads the per-criterion fields; a field naming no criterion of the form is ignored.</summary>
    private void ReadCriteria()
    {
        foreach (var (key, value) in Request.Form)
        {
            var match = System.Text.RegularExpressions.Regex.Match(key, @"^(Entered|Adjust)\[([0-9a-fA-F-]{36})\]\.(Points|Evidence|Reason)$");
            if (!match.Success || !Guid.TryParse(match.Groups[2].Value, out var criterion))
            {
                continue;
            }

            var text = value.ToString();
            if (match.Groups[1].Value == "Entered")
            {
                var input = Entered.TryGetValue(criterion, out var found) ? found : Entered[criterion] = new EnteredInput();
                _ = match.Groups[3].Value == "Points" ? input.Points = text : input.Evidence = text;
            }
            else
            {
                var input = Adjust.TryGetValue(criterion, out var found) ? found : Adjust[criterion] = new AdjustInput();
                _ = match.Groups[3].Value == "Points" ? input.Points = text : input.Reason = text;
            }
        }
    }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public bool Discipline { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSelfAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Assesses)
        {
            return Forbid();
        }

        ReadCriteria();
        if (!TryPoints(out var points))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        var entered = Entered.ToDictionary(e => e.Key, e => (points.GetValueOrDefault(e.Key) ?? 0, e.Value.Evidence));
        return await SaveAsync(id, () => Evaluation.AssessSelf(entered, Comment, clock.GetUtcNow().UtcDateTime), "Đã lưu phần tự đánh giá của đơn vị.", cancellationToken);
    }

    public async Task<IActionResult> OnPostAppraiseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Manages)
        {
            return Forbid();
        }

        ReadCriteria();
        if (!TryPoints(out var points))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        var entered = Entered.Where(e => points.GetValueOrDefault(e.Key) is not null).ToDictionary(e => e.Key, e => points[e.Key]!.Value);
        var adjusted = Adjust.ToDictionary(a => a.Key, a => (points.GetValueOrDefault(a.Key, "adjust"), a.Value.Reason));
        return await SaveAsync(id, () => Evaluation.Appraise(entered, adjusted, Discipline, Comment), "Đã lưu ý kiến thẩm định.", cancellationToken);
    }

    /// <summary>The points typed (8,5 or 8.5), each that does not read as a number told; adjustments keyed apart.</summary>
    private bool TryPoints(out PointsRead points)
    {
        points = new PointsRead();
        foreach (var (key, input) in Entered)
        {
            if (!Read(input.Points, out var value))
            {
                ModelState.AddModelError(string.Empty, "Điểm phải là một số, ví dụ 8 hoặc 8,5.");
                return false;
            }

            points.Entered[key] = value;
        }

        foreach (var (key, input) in Adjust)
        {
            if (!Read(input.Points, out var value))
            {
                ModelState.AddModelError(string.Empty, "Điểm điều chỉnh phải là một số, ví dụ 40 hoặc 40,5.");
                return false;
            }

            points.Adjusted[key] = value;
        }

        return true;
    }

    private static bool Read(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (decimal.TryParse(text.Trim().Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private async Task<IActionResult> SaveAsync(Guid id, Action change, string done, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !await ModelState.TrySaveAsync(db, change, cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = done;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var roundId = await db.UnitEvaluations.Where(u => u.Id == id).Select(u => (Guid?)u.RoundId).SingleOrDefaultAsync(cancellationToken);
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        if (roundId is null || await work.LoadAsync(roundId.Value, scope, cancellationToken, unit: id) is not { } round)
        {
            return false;
        }

        Evaluation = round.Units.Single(u => u.Id == id);
        Manages = RoundWork.Manages(round, scope);
        Assesses = RoundWork.Assesses(Evaluation, scope);
        if (!Manages && !Assesses && !scope.Allows(EvaluationPermissions.View, round.Organization!) && !scope.Allows(EvaluationPermissions.View, Evaluation.Organization!))
        {
            return false;
        }

        (Facts, Result) = (await work.ScoresAsync(round, cancellationToken))[id];
        var organizationId = Evaluation.OrganizationId;
        History = await db.UnitEvaluations.AsNoTracking().Include(u => u.Round)
            .Where(u => u.OrganizationId == organizationId && u.Id != id && u.Round!.Step == RoundStep.Decided)
            .OrderByDescending(u => u.Round!.Year).Take(20).ToListAsync(cancellationToken);
        return true;
    }
}

/// <summary>The points read from a form: those of entered criteria, and adjustments of computed ones.</summary>
internal sealed class PointsRead
{
    public Dictionary<Guid, decimal?> Entered { get; } = [];

    public Dictionary<Guid, decimal?> Adjusted { get; } = [];

    public decimal? GetValueOrDefault(Guid key) => Entered.GetValueOrDefault(key);

    public decimal? GetValueOrDefault(Guid key, string adjust) => Adjusted.GetValueOrDefault(key);

    public decimal? this[Guid key] => Entered[key];
}

public sealed class EnteredInput
{
    public string? Points { get; set; }

    public string? Evidence { get; set; }
}

public sealed class AdjustInput
{
    public string? Points { get; set; }

    public string? Reason { get; set; }
}
