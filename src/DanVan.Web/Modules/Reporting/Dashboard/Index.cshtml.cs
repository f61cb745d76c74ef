using DanVan.Web.Modules.Reporting.Reports;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Consolidation;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Targets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Reporting.Dashboard;

/// <summary>
/// A plan's reporting at a glance for the receiving branch: completeness per period, an indicator's trend across
/// periods, units compared in the latest period, and task completion per unit. Every chart is drawn from the
/// table beside it, which is the accessible (and printed) form of the same figures.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, CompletenessQuery completeness, ConsolidationQuery consolidation, TimeProvider clock) : PageModel
{
    /// <summary>Periods shown in the trend, the most recent last.</summary>
    private const int TrendPeriods = 8;

    public Plan Plan { get; private set; } = null!;

    public Organization Node { get; private set; } = null!;

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public Indicator? Indicator { get; private set; }

    public IReadOnlyList<(ReportingPeriod Period, CompletenessFigures Figures)> Completeness { get; private set; } = [];

    public IReadOnlyList<(ReportingPeriod Period, decimal? Value)> Trend { get; private set; } = [];

    public Consolidated? Latest { get; private set; }

    public CompletenessView? Tasks { get; private set; }

    /// <summary>The plan's targets for the shown unit, each beside the unit's figure in the latest period.</summary>
    public IReadOnlyList<(Indicator Indicator, IndicatorTarget Target, decimal? Actual)> Targets { get; private set; } = [];

    /// <summary>Child unit id → its target on the chosen indicator, for the comparison of units.</summary>
    public IReadOnlyDictionary<Guid, IndicatorTarget> ChildTargets { get; private set; } = new Dictionary<Guid, IndicatorTarget>();

    public bool CanSetTargets { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>A period whose reports may still come in (its deadline has not passed): its figures are provisional, not a fall.</summary>
    public bool IsProvisional(ReportingPeriod period) => Today <= period.DueOn;

    public async Task<IActionResult> OnGetAsync(Guid planId, Guid? unitId, string? indicator, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var plan = await db.FindVisibleAsync(scope, planId, cancellationToken);
        if (plan?.Organization is not { } receiver || !scope.AllowsForIssuer(ReportPermissions.View, plan))
        {
            return NotFound();
        }

        if (await completeness.UnitWithinAsync(receiver, unitId, cancellationToken) is not { } node)
        {
            return NotFound();
        }

        Plan = plan;
        Node = node;

        var today = Today = clock.Today();
        var periods = await db.ReportingPeriods.AsNoTracking().Include(p => p.Plan).Where(p => p.PlanId == planId && p.DataFrom <= today)
            .OrderByDescending(p => p.DataTo).Take(TrendPeriods).ToListAsync(cancellationToken);
        periods.Reverse();
        // The latest period is read in full once (completion per unit, then its consolidation); earlier periods
        // need their totals only.
        Tasks = periods.Count == 0 ? null : await completeness.ForAsync(periods[^1], Node, today, cancellationToken);
        var totals = await completeness.TotalsAsync(periods.SkipLast(1).ToList(), Node, today, cancellationToken);
        if (Tasks is not null)
        {
            totals[periods[^1].Id] = Tasks.Total;
        }

        Completeness = periods.Select(p => (p, totals[p.Id])).ToList();

        Indicators = await db.Indicators.AsNoTracking().Where(i => i.IsActive && i.Type != IndicatorType.Text).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        Indicator = Indicators.FirstOrDefault(i => i.Code == indicator) ?? Indicators.FirstOrDefault();
        // The latest period is consolidated in full (for the comparison of units); the earlier points of the trend
        // need each period's overall figure only, read in one query.
        Latest = periods.Count == 0 ? null : await consolidation.ForAsync(periods[^1], Node, Tasks!.Lines, cancellationToken);
        var overall = await consolidation.OverallByPeriodAsync(periods.SkipLast(1).ToList(), Node, cancellationToken);
        if (Latest is not null)
        {
            overall[Latest.Period.Id] = Latest.Overall;
        }

        Trend = periods.Select(p => (p, Indicator is null ? null : overall[p.Id].GetValueOrDefault(Indicator.Id))).ToList();
        CanSetTargets = scope.Allows(PlanPermissions.Manage, receiver);
        var chosen = Indicator?.Id;
        var childIds = Latest?.Children.Select(c => c.Id).ToList() ?? [];
        var targets = await db.IndicatorTargets.AsNoTracking()
            .Where(t => t.PlanId == plan.Id && (t.OrganizationId == node.Id || (t.IndicatorId == chosen && childIds.Contains(t.OrganizationId))))
            .ToListAsync(cancellationToken);
        Targets = Indicators.Select(i => (i, targets.FirstOrDefault(t => t.IndicatorId == i.Id && t.OrganizationId == node.Id)))
            .Where(p => p.Item2 is not null)
            .Select(p => (p.i, p.Item2!, Latest?.Overall.GetValueOrDefault(p.i.Id)))
            .ToList();
        ChildTargets = targets.Where(t => t.OrganizationId != node.Id).ToDictionary(t => t.OrganizationId);
        return Page();
    }
}
