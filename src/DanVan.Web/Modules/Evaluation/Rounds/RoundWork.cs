using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Evaluation.Contracts;
using DanVan.Web.Modules.Evaluation.Scoring;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Evaluation.Rounds;

/// <summary>
/// Rounds as the pages use them: who may open, assess, appraise and decide; each unit's scorecard computed from the
/// data now (or as decided, when the round is locked).
/// </summary>
public sealed class RoundWork(AppDbContext db, TaskFactsQuery facts, Reporting.Contracts.IDocumentNumbers numbers, TimeProvider clock)
{
    /// <summary>
    /// The round with its set and units, when the user may read it: its committee's members with View; with
    /// <paramref name="unit"/>, also whoever reads or assesses that unit's own evaluation (not the others').
    /// </summary>
    public async Task<Round?> LoadAsync(Guid id, OrgScope scope, CancellationToken cancellationToken, Guid? unit = null)
    {
        var round = await db.EvaluationRounds
            .Include(r => r.Organization)
            .Include(r => r.Set!).ThenInclude(s => s.Criteria)
            .Include(r => r.Set!).ThenInclude(s => s.Levels)
            .Include(r => r.Units).ThenInclude(u => u.Organization)
            .Include(r => r.Units).ThenInclude(u => u.Scores)
            .Include(r => r.Units).ThenInclude(u => u.Heads).ThenInclude(h => h.Scores)
            .Include(r => r.Superseded)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return round is not null && (Manages(round, scope) || scope.Allows(EvaluationPermissions.View, round.Organization!)
            || round.Units.Any(u => (u.Id == unit || u.Heads.Any(h => h.Id == unit)) && (Assesses(u, scope) || scope.Allows(EvaluationPermissions.View, u.Organization!)))
            || round.Units.Any(u => u.Heads.Any(h => h.Id == unit && IsHead(h, scope)))) ? round : null;
    }

    public static bool Manages(Round round, OrgScope scope) => scope.Allows(EvaluationPermissions.Manage, round.Organization!);

    /// <summary>A unit assesses itself: a membership of the unit (or between it and the committee), not one over the committee too.</summary>
    public static bool Assesses(UnitEvaluation unit, OrgScope scope) =>
        scope.IsAdministrator || scope.Grants.Any(g => g.Holds(EvaluationPermissions.Assess) && g.Covers(unit.Organization!) && !g.Covers(unit.Round!.Organization!));

    /// <summary>A head assesses themselves, and only themselves.</summary>
    public static bool IsHead(HeadEvaluation head, OrgScope scope) => scope.UserId is { } me && head.UserId == me;

    /// <summary>The head of each unit: the active user whose Leader membership of the unit itself is marked as its head.</summary>
    public async Task<Dictionary<Guid, IReadOnlyList<(string UserId, string FullName)>>> HeadsAsync(IReadOnlyList<Guid> units, CancellationToken cancellationToken)
    {
        var leaders = await db.Memberships.AsNoTracking()
            .Where(m => units.Contains(m.OrganizationId) && m.Role == MembershipRole.Leader && m.IsHead && m.User!.IsActive)
            .Select(m => new { m.OrganizationId, m.UserId, m.User!.FullName })
            .ToListAsync(cancellationToken);
        return leaders.GroupBy(l => l.OrganizationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(string, string)>)g.OrderBy(l => l.FullName, Infrastructure.Text.VietnameseText.Comparer).Select(l => (l.UserId, l.FullName)).ToList());
    }

    public async Task<Round> OpenAsync(OrgScope scope, Guid organizationId, int year, int? quarter, Guid setId, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null || !scope.Allows(EvaluationPermissions.Manage, organization))
        {
            throw new AccessDeniedException("Anh/chị không được mở kỳ đánh giá của đơn vị này.");
        }

        if (await db.EvaluationRounds.AnyAsync(r => r.OrganizationId == organizationId && r.Year == year && r.Quarter == quarter, cancellationToken))
        {
            throw new BusinessRuleException($"{organization.Name} đã có kỳ đánh giá {(quarter is { } q ? $"quý {q}/{year}" : $"năm {year}")}.");
        }

        var set = await db.CriteriaSets.Include(s => s.Criteria).Include(s => s.Levels).SingleOrDefaultAsync(s => s.Id == setId, cancellationToken)
            ?? throw new BusinessRuleException("Hãy chọn bộ tiêu chí.");
        var units = await db.Organizations.Where(o => o.ParentId == organizationId && !o.IsArchived).ToListAsync(cancellationToken);
        var round = Round.Open(organization, set, year, quarter, units, await HeadsAsync(units.Select(u => u.Id).ToList(), cancellationToken), clock.GetUtcNow().UtcDateTime);
        db.EvaluationRounds.Add(round);
        return round;
    }

    /// <summary>
    /// Each unit's and each head's facts and scorecard (keyed by the evaluation's id): as decided once the round is
    /// locked, computed from today's data before. A head's task points are the unit's, their level bounded by its.
    /// </summary>
    public async Task<Dictionary<Guid, (TaskFacts Facts, ScoreResult Result)>> ScoresAsync(Round round, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, (TaskFacts, ScoreResult)>();
        var criteria = round.Set!.Rules();
        var levels = round.Set.LevelRules();
        foreach (var unit in round.Units)
        {
            var unitFacts = unit.FixedFacts() ?? await facts.ForAsync(unit.OrganizationId, round.From, round.To, clock.Today(), cancellationToken);
            var (entered, adjusted) = unit.Inputs();
            var unitResult = Scorecard.Compute(criteria, levels, unitFacts, entered, adjusted, unit.Discipline);
            result[unit.Id] = (unitFacts, unitResult);
            foreach (var head in unit.Heads)
            {
                var own = Scorecard.Compute(criteria, levels, unitFacts, head.Entered(), adjusted, head.Discipline);
                result[head.Id] = (unitFacts, Scorecard.BoundBy(own, levels, unitResult.Level, round.Set.FailedLevel));
            }
        }

        return result;
    }

    /// <summary>Decides the round; with no number typed, the committee's next decision number (QĐ) is taken from its counter.</summary>
    public async Task DecideAsync(Round round, OrgScope scope, string? symbol, DateOnly decidedOn, DecisionSigning signing, CancellationToken cancellationToken)
    {
        if (!Manages(round, scope))
        {
            throw new AccessDeniedException();
        }

        var scores = await ScoresAsync(round, cancellationToken);
        if (string.IsNullOrWhiteSpace(symbol))
        {
            round.EnsureStep(RoundStep.Appraisal, "Chỉ quyết định sau khi đã thẩm định.");
            symbol = (await numbers.TakeAsync(round.OrganizationId, "QĐ", decidedOn, cancellationToken)).Symbol;
        }

        round.Decide(symbol, decidedOn, signing, scores);
    }

    /// <summary>Last year's decided level of each unit in the committee's yearly round, for the comparison column.</summary>
    public async Task<Dictionary<Guid, string>> LastYearAsync(Round round, CancellationToken cancellationToken) =>
        await db.UnitEvaluations.AsNoTracking()
            .Where(u => u.Round!.OrganizationId == round.OrganizationId && u.Round.Year == round.Year - 1 && u.Round.Quarter == null && u.Round.Step == RoundStep.Decided && u.Level != null)
            .ToDictionaryAsync(u => u.OrganizationId, u => u.Level!, cancellationToken);

    /// <summary>The units a user opens rounds for: those of their memberships that evaluate (an administrator: the top two levels).</summary>
    public async Task<List<Organization>> CommitteesAsync(OrgScope scope, CancellationToken cancellationToken)
    {
        var ids = scope.Grants.Where(g => g.Holds(EvaluationPermissions.Manage)).Select(g => g.OrganizationId).ToList();
        return await db.Organizations.AsNoTracking().Where(o => !o.IsArchived && (scope.IsAdministrator ? o.Depth <= 1 : ids.Contains(o.Id))).OrderBy(o => o.Depth).Take(200).ToListAsync(cancellationToken);
    }
}
