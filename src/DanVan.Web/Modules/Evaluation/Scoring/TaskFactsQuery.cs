using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Evaluation.Scoring;

/// <summary>
/// Reads a unit's <see cref="TaskFacts"/> for a period from what DanVan holds: the cycles of its parts of tasks due in
/// the period (by today, when the period is not over: a cycle not yet due is not owed), its reports due, and the
/// recommendations it had to remedy, each remedied when the task made of it was done by its deadline.
/// </summary>
public sealed class TaskFactsQuery(AppDbContext db, IReportTimeliness reports)
{
    public async Task<TaskFacts> ForAsync(Guid unitId, DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        var until = to < today ? to : today.AddDays(-1);
        var cycles = await db.TaskCycles.AsNoTracking()
            .Where(c => c.Assignment!.OrganizationId == unitId && c.DueOn >= from && c.DueOn <= until && c.Assignment.Task!.Plan!.WithdrawnAt == null)
            .Select(c => new { c.DueOn, c.CompletedOn, c.ExceededTarget, c.Assignment!.TaskId })
            .ToListAsync(cancellationToken);
        var (reportsDue, reportsOnTime) = await reports.CountAsync(unitId, from, to, today, cancellationToken);
        var recommendations = await db.InspectionRecommendations.AsNoTracking()
            .Where(r => r.OrganizationId == unitId && r.TaskId != null && r.CarriedOverAt == null && r.DueOn >= from && r.DueOn <= until)
            .Select(r => new { r.TaskId, r.DueOn })
            .ToListAsync(cancellationToken);
        var remedied = recommendations.Count(r => cycles.Any(c => c.TaskId == r.TaskId && c.CompletedOn is { } done && done <= r.DueOn));
        return new TaskFacts(
            cycles.Count,
            cycles.Count(c => c.CompletedOn is { } done && done <= c.DueOn),
            cycles.Count(c => c.CompletedOn is { } done && done > c.DueOn),
            cycles.Count(c => c.ExceededTarget),
            reportsDue, reportsOnTime, recommendations.Count, remedied);
    }
}
