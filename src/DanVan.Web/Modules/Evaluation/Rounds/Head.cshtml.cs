using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Evaluation.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Evaluation.Rounds;

/// <summary>
/// A head's evaluation beside their unit: the head enters their own general points with evidence, the appraisers
/// theirs and whether the head was disciplined; the task points are the unit's; the level is bounded by the unit's.
/// </summary>
public sealed class HeadModel(AppDbContext db, CurrentUser currentUser, RoundWork work, TimeProvider clock) : ScorecardPage(db)
{
    public HeadEvaluation Head { get; private set; } = null!;

    public ScoreResult Result { get; private set; } = null!;

    public ScoreResult UnitResult { get; private set; } = null!;

    /// <summary>The head themself, while the round is at self-assessment.</summary>
    public bool IsHead { get; private set; }

    public bool Manages { get; private set; }

    public IReadOnlyList<HeadEvaluation> History { get; private set; } = [];


    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSelfAsync(Guid id, CancellationToken cancellationToken) =>
        ScoreAsync(id, () => IsHead, form => () => Head.AssessSelf(form.Self(), Comment, clock.GetUtcNow().UtcDateTime), "Đã lưu phần tự đánh giá của người đứng đầu.", cancellationToken);

    public Task<IActionResult> OnPostAppraiseAsync(Guid id, CancellationToken cancellationToken) =>
        ScoreAsync(id, () => Manages, form => () => Head.Appraise(form.Appraised(), Discipline, Comment), "Đã lưu ý kiến thẩm định đối với người đứng đầu.", cancellationToken);

    protected override async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        var roundId = await Db.Set<HeadEvaluation>().Where(h => h.Id == id).Select(h => (Guid?)h.Unit!.RoundId).SingleOrDefaultAsync(cancellationToken);
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        if (roundId is null || await work.LoadAsync(roundId.Value, scope, cancellationToken, unit: id) is not { } round)
        {
            return false;
        }

        Head = round.Units.SelectMany(u => u.Heads).Single(h => h.Id == id);
        Manages = RoundWork.Manages(round, scope);
        IsHead = RoundWork.IsHead(Head, scope);
        var scores = await work.ScoresAsync(round, cancellationToken);
        (Result, UnitResult) = (scores[id].Result, scores[Head.EvaluationId].Result);
        var userId = Head.UserId;
        History = await Db.Set<HeadEvaluation>().AsNoTracking().Include(h => h.Unit!).ThenInclude(u => u.Round)
            .Where(h => h.UserId == userId && h.Id != id && h.Unit!.Round!.Step == RoundStep.Decided)
            .OrderByDescending(h => h.Unit!.Round!.Year).Take(20).ToListAsync(cancellationToken);
        return true;
    }
}
