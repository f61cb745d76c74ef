using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Reporting.Periods;

/// <summary>
/// Completeness and timeliness of one period, rolled up the organization tree: at a unit, the figures of
/// every report requested in its subtree, and one row per child unit to drill into. Archived units are not
/// expected; units opened after the period was opened were never asked. A share is submitted ÷ expected of
/// the same reports, so it never exceeds 100%.
/// </summary>
public sealed class CompletenessQuery(AppDbContext db)
{
    /// <summary>
    /// The period and the unit to show, if the user may see the period's completeness: the plan is readable and the
    /// user reads reports at the receiving unit or at the unit consolidating for it; the unit (default: the receiver) is in the receiver's subtree.
    /// </summary>
    public async Task<(ReportingPeriod Period, Organization Receiver, Organization Node)?> LocateAsync(Guid periodId, Guid? unitId, OrgScope scope, CancellationToken cancellationToken)
    {
        var period = await db.ReportingPeriods.AsNoTracking()
            .Include(p => p.Plan).ThenInclude(p => p!.Document)
            .Include(p => p.Plan).ThenInclude(p => p!.Organization)
            .Include(p => p.Plan).ThenInclude(p => p!.Consolidator)
            .SingleOrDefaultAsync(p => p.Id == periodId && db.Set<Plan>().VisibleTo(db, scope).Any(v => v.Id == p.PlanId), cancellationToken);
        if (period?.Plan?.Organization is not { } receiver || !scope.AllowsForIssuer(ReportPermissions.View, period.Plan))
        {
            return null;
        }

        return await UnitWithinAsync(receiver, unitId, cancellationToken) is { } node ? (period, receiver, node) : null;
    }

    /// <summary>The requested unit if it is the receiver or below it; the receiver when none is requested; otherwise null.</summary>
    public async Task<Organization?> UnitWithinAsync(Organization receiver, Guid? unitId, CancellationToken cancellationToken)
    {
        if (unitId is not { } requested || requested == receiver.Id)
        {
            return receiver;
        }

        var unit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == requested, cancellationToken);
        return unit is not null && unit.IsInSubtreeOf(receiver) ? unit : null;
    }

    public async Task<CompletenessView> ForAsync(ReportingPeriod period, Organization node, DateOnly today, CancellationToken cancellationToken)
    {
        var reports = await LinesOf(db.Reports.Incoming().Where(r => r.PeriodId == period.Id && r.Organization!.Path.StartsWith(node.Path)))
            .ToListAsync(cancellationToken);
        // The tasks' cycles of the period's window: an ongoing task undone in two half-years counts twice in the year.
        var tasks = await db.TaskCycles.AsNoTracking()
            .Where(c => c.Assignment!.Task!.PlanId == period.PlanId && c.Assignment.Organization != null
                && c.Assignment.Organization.Path.StartsWith(node.Path) && !c.Assignment.Organization.IsArchived
                && c.StartsOn <= period.DataTo && c.EndsOn >= period.DataFrom)
            .Select(c => new TaskLine(c.Assignment!.Organization!.Path, c.DueOn, c.CompletedOn))
            .ToListAsync(cancellationToken);

        var childIds = reports.Select(r => r.Path).Concat(tasks.Select(t => t.Path))
            .Where(p => p.Length > node.Path.Length)
            .Select(p => p[node.Path.Length..].Split('/', 2)[0])
            .Distinct().Select(s => Guid.ParseExact(s, "N")).ToList();
        var children = await db.Organizations.AsNoTracking().Where(o => childIds.Contains(o.Id)).ToListAsync(cancellationToken);
        var rows = children
            .OrderBy(c => c.Name, VietnameseText.Comparer)
            .Select(c => new CompletenessRow(
                c,
                Figures(reports.Where(r => r.Path.StartsWith(c.Path, StringComparison.Ordinal)), period, today),
                TaskFigures.Of(tasks.Where(t => t.Path.StartsWith(c.Path, StringComparison.Ordinal)), today),
                reports.FirstOrDefault(r => r.OrganizationId == c.Id),
                reports.Any(r => r.Path.StartsWith(c.Path, StringComparison.Ordinal) && r.Path.Length > c.Path.Length)))
            .ToList();
        return new CompletenessView(
            node,
            Figures(reports, period, today),
            TaskFigures.Of(tasks, today),
            reports.FirstOrDefault(r => r.OrganizationId == node.Id),
            rows,
            reports);
    }

    /// <summary>
    /// The figures of several periods over a unit's subtree (the receiver's for the list of a plan's periods), in one
    /// query that reads only what the figures need: status and first submission of the active units' reports.
    /// </summary>
    public async Task<Dictionary<Guid, CompletenessFigures>> TotalsAsync(IReadOnlyCollection<ReportingPeriod> periods, Organization node, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = periods.Select(p => p.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var lines = await db.Reports.AsNoTracking().Incoming()
            .Where(r => ids.Contains(r.PeriodId) && r.Organization!.Path.StartsWith(node.Path) && !r.Organization.IsArchived)
            .Select(r => new { r.PeriodId, r.Status, r.SubmittedAt })
            .ToListAsync(cancellationToken);
        return periods.ToDictionary(p => p.Id, p => Figures(
            lines.Where(l => l.PeriodId == p.Id).Select(l => new ReportLine(default, l.PeriodId, default, "", "", false, l.Status, l.SubmittedAt)), p, today));
    }

    private static IQueryable<ReportLine> LinesOf(IQueryable<Report> reports) => reports.AsNoTracking()
        .Select(r => new ReportLine(r.Id, r.PeriodId, r.OrganizationId, r.Organization!.Path, r.Organization.Name, r.Organization.IsArchived, r.Status, r.SubmittedAt));

    public static CompletenessFigures Figures(IEnumerable<ReportLine> lines, ReportingPeriod period, DateOnly today)
    {
        int expected = 0, onTime = 0, late = 0, missing = 0, pending = 0, accepted = 0;
        foreach (var line in lines.Where(l => !l.IsArchived))
        {
            expected++;
            switch (line.TimelinessOn(period.DueOn, today))
            {
                case Timeliness.OnTime: onTime++; break;
                case Timeliness.Late: late++; break;
                case Timeliness.Missing: missing++; break;
                default: pending++; break;
            }

            if (line.Status == ReportStatus.Accepted)
            {
                accepted++;
            }
        }

        return new CompletenessFigures(expected, onTime + late, onTime, late, missing, pending, accepted);
    }
}

/// <param name="SubmittedAt">When the report was last sent: the submission that stands.</param>
public sealed record ReportLine(Guid ReportId, Guid PeriodId, Guid OrganizationId, string Path, string Name, bool IsArchived, ReportStatus Status, DateTime? SubmittedAt)
{
    public Timeliness TimelinessOn(DateOnly dueOn, DateOnly today) => ReportTimeliness.Of(Status, SubmittedAt, dueOn, today);
}

public sealed record TaskLine(string Path, DateOnly? DueOn, DateOnly? CompletedOn);

public sealed record CompletenessFigures(int Expected, int Submitted, int OnTime, int Late, int Missing, int NotYetDue, int Accepted)
{
    public int SubmittedPercent => Expected == 0 ? 0 : (int)Math.Floor(100m * Submitted / Expected);

    public int OnTimePercent => Expected == 0 ? 0 : (int)Math.Floor(100m * OnTime / Expected);
}

public sealed record TaskFigures(int DoneOnTime, int DoneLate, int InProgress, int Overdue)
{
    public int Total => DoneOnTime + DoneLate + InProgress + Overdue;

    public static TaskFigures Of(IEnumerable<TaskLine> lines, DateOnly today)
    {
        var states = lines.Select(l => TaskStates.Of(l.DueOn, l.CompletedOn, today)).ToList();
        return new TaskFigures(
            states.Count(s => s == TaskState.DoneOnTime),
            states.Count(s => s == TaskState.DoneLate),
            states.Count(s => s == TaskState.InProgress),
            states.Count(s => s == TaskState.Overdue));
    }
}

/// <summary>A child unit of the node: figures of its whole subtree, its own report if it was asked for one, and whether there is more below.</summary>
public sealed record CompletenessRow(Organization Unit, CompletenessFigures Reports, TaskFigures Tasks, ReportLine? OwnReport, bool HasMoreBelow);

/// <param name="Lines">Every report of the period in the subtree (archived units' included, marked), as read.</param>
public sealed record CompletenessView(Organization Node, CompletenessFigures Total, TaskFigures Tasks, ReportLine? OwnReport, IReadOnlyList<CompletenessRow> Rows, IReadOnlyList<ReportLine> Lines);
