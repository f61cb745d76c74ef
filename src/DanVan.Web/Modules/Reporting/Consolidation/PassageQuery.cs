using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Reporting.Consolidation;

/// <summary>
/// What the counted reports of a unit's subtree wrote under each task of the plan, attributed to the unit that
/// wrote it: all of it for the draft upward, the first few per task for the page, one task a page at a time.
/// </summary>
public sealed class PassageQuery(AppDbContext db)
{
    private static readonly ReportStatus[] Counted = ConsolidationQuery.Counted;

    /// <summary>
    /// What every counted report of the subtree wrote, per task in the plan's order, each passage with the unit
    /// that wrote it: the material of the unit's own report upward.
    /// </summary>
    public async Task<IReadOnlyList<TaskPassages>> PassagesAsync(ReportingPeriod period, Organization node, CancellationToken cancellationToken)
    {
        var rows = await Written(period, node).ToListAsync(cancellationToken);
        return await ByTaskAsync(rows, rows.GroupBy(r => r.TaskId).ToDictionary(g => g.Key, g => g.Count()), cancellationToken);
    }

    /// <summary>
    /// The first <paramref name="perTask"/> passages of each task (by unit name) and how many each has, read in the
    /// database: a province's page does not carry thousands of passages to show five per task.
    /// </summary>
    public async Task<IReadOnlyList<TaskPassages>> PassageOverviewAsync(ReportingPeriod period, Organization node, int perTask, CancellationToken cancellationToken)
    {
        // The first few per task by unit name (the column's Vietnamese collation on both engines) and each task's
        // count, in one pass: window functions, which LINQ cannot express; the same SQL runs on SQLite and PostgreSQL.
        // The filter is Written's, below.
        var prefix = node.Path + "%";
        var first = await db.Database.SqlQuery<RankedPassage>($"""
            SELECT w."ReportId", w."Unit", w."TaskId", w."Results", w."Limitations", w."Proposals", w."Total"
            FROM (
                SELECT r."Id" AS "ReportId", o."Name" AS "Unit", n."TaskId", n."Results", n."Limitations", n."Proposals",
                       ROW_NUMBER() OVER (PARTITION BY n."TaskId" ORDER BY o."Name", r."Id") AS "Rank",
                       COUNT(*) OVER (PARTITION BY n."TaskId") AS "Total"
                FROM reporting_narratives AS n
                JOIN reporting_reports AS r ON r."Id" = n."ReportId"
                JOIN organizations_units AS o ON o."Id" = r."OrganizationId"
                WHERE r."PeriodId" = {period.Id} AND o."Path" LIKE {prefix} AND NOT o."IsArchived" AND r."Status" IN ({Counted[0].ToString()}, {Counted[1].ToString()})
            ) AS w
            WHERE w."Rank" <= {perTask}
            """).ToListAsync(cancellationToken);
        if (first.Count == 0)
        {
            return [];
        }

        var totals = first.GroupBy(f => f.TaskId).ToDictionary(g => g.Key, g => (int)g.First().Total);
        return await ByTaskAsync(first, totals, cancellationToken);
    }

    /// <summary>One task's passages, a page at a time; null when no counted report wrote under it.</summary>
    public async Task<(TaskPassages Task, Paged<Passage> Page)?> TaskPassagesAsync(ReportingPeriod period, Organization node, Guid taskId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var written = Written(period, node).Where(w => w.TaskId == taskId);
        var passages = await Paged<Passage>.CreateAsync(
            written.OrderBy(w => w.Unit).ThenBy(w => w.ReportId).Select(w => new Passage(w.ReportId, w.Unit, w.Results, w.Limitations, w.Proposals)), page, pageSize, cancellationToken);
        if (passages.Total == 0)
        {
            return null;
        }

        var task = (await ByTaskAsync([], new Dictionary<Guid, int> { [taskId] = passages.Total }, cancellationToken)).Single();
        return (task, passages);
    }

    /// <summary>What the counted reports of the subtree wrote, one row per report and task.</summary>
    private IQueryable<Written> Written(ReportingPeriod period, Organization node) =>
        from n in db.Set<ReportNarrative>().AsNoTracking()
        join r in db.Reports.Incoming().Where(r => r.PeriodId == period.Id && r.Organization!.Path.StartsWith(node.Path) && !r.Organization.IsArchived && Counted.Contains(r.Status))
            on n.ReportId equals r.Id
        join o in db.Organizations on r.OrganizationId equals o.Id
        select new Written { ReportId = r.Id, Unit = o.Name, TaskId = n.TaskId, Results = n.Results, Limitations = n.Limitations, Proposals = n.Proposals };

    /// <summary>Groups passages under their tasks in the plan's order, each task with its heading and total.</summary>
    private async Task<IReadOnlyList<TaskPassages>> ByTaskAsync(IReadOnlyList<Written> rows, IReadOnlyDictionary<Guid, int> totals, CancellationToken cancellationToken)
    {
        var ids = totals.Keys.ToList();
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.Number, t.Text, t.Position, t.ParentTaskId }).ToListAsync(cancellationToken);
        return tasks.OrderBy(t => t.Position)
            .Select(t => new TaskPassages(t.Id, t.Number, t.Text.Split('\n', 2)[0], t.ParentTaskId, rows
                .Where(r => r.TaskId == t.Id)
                .OrderBy(r => r.Unit, VietnameseText.Comparer)
                .Select(r => new Passage(r.ReportId, r.Unit, r.Results, r.Limitations, r.Proposals)).ToList())
            { Total = totals[t.Id] })
            .ToList();
    }
}

/// <param name="ParentTaskId">The superior plan's task this one carries out ("cụ thể hóa"), when linked.</param>
/// <param name="Passages">All of them, or the first few (<see cref="Total"/> says how many there are).</param>
public sealed record TaskPassages(Guid TaskId, string Number, string Heading, Guid? ParentTaskId, IReadOnlyList<Passage> Passages)
{
    public int Total { get; init; } = Passages.Count;
}

/// <summary>A row of what a report wrote under a task (built by member initialisation, so queries can go on from it).</summary>
internal class Written
{
    public Guid ReportId { get; init; }

    public string Unit { get; init; } = "";

    public Guid TaskId { get; init; }

    public string? Results { get; init; }

    public string? Limitations { get; init; }

    public string? Proposals { get; init; }
}

/// <summary>One of the first passages of a task, with how many the task has in all.</summary>
internal sealed class RankedPassage : Written
{
    public long Total { get; init; }
}

public sealed record Passage(Guid ReportId, string UnitName, string? Results, string? Limitations, string? Proposals);
