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
public sealed class UnitModel(AppDbContext db, CurrentUser currentUser, RoundWork work, TimeProvider clock) : ScorecardPage(db)
{
    public UnitEvaluation Evaluation { get; private set; } = null!;

    public TaskFacts Facts { get; private set; } = null!;

    public ScoreResult Result { get; private set; } = null!;

    public bool Assesses { get; private set; }

    public bool Manages { get; private set; }

    public IReadOnlyList<UnitEvaluation> History { get; private set; } = [];

    /// <summary>The unit's heads with their results (their level bounded by the unit's).</summary>
    public IReadOnlyList<(HeadEvaluation Head, ScoreResult Result)> Heads { get; private set; } = [];


    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSelfAsync(Guid id, CancellationToken cancellationToken) =>
        ScoreAsync(id, () => Assesses, form => () => Evaluation.AssessSelf(form.Self(), Comment, clock.GetUtcNow().UtcDateTime), "Đã lưu phần tự đánh giá của đơn vị.", cancellationToken);

    public Task<IActionResult> OnPostAppraiseAsync(Guid id, CancellationToken cancellationToken) =>
        ScoreAsync(id, () => Manages, form => () => Evaluation.Appraise(form.Appraised(), form.Adjustments(), Discipline, Comment), "Đã lưu ý kiến thẩm định.", cancellationToken);

    protected override async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        var roundId = await Db.UnitEvaluations.Where(u => u.Id == id).Select(u => (Guid?)u.RoundId).SingleOrDefaultAsync(cancellationToken);
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

        var scores = await work.ScoresAsync(round, cancellationToken);
        (Facts, Result) = scores[id];
        Heads = Evaluation.Heads.OrderBy(h => h.FullName, Infrastructure.Text.VietnameseText.Comparer).Select(h => (h, scores[h.Id].Result)).ToList();
        var organizationId = Evaluation.OrganizationId;
        History = await Db.UnitEvaluations.AsNoTracking().Include(u => u.Round)
            .Where(u => u.OrganizationId == organizationId && u.Id != id && u.Round!.Step == RoundStep.Decided)
            .OrderByDescending(u => u.Round!.Year).Take(20).ToListAsync(cancellationToken);
        return true;
    }
}
