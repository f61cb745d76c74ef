using DanVan.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Cycles;

/// <summary>What a plan's tasks are scheduled by: the day work under it began, its regime, the deadlines its issuer moved.</summary>
internal sealed record PlanCycleTerms(DateOnly Start, bool SixMonthly, IReadOnlyDictionary<string, DateOnly> Deadlines)
{
    /// <summary>The periods of a task up to the one holding <paramref name="today"/> (or the plan's first, for a plan not yet begun), each with its deadline.</summary>
    public IReadOnlyList<(CyclePeriod Period, DateOnly DueOn)> PeriodsOf(PlanTask task, DateOnly today)
    {
        var granularity = CycleCalendar.GranularityOf(task.Recurrence, SixMonthly);
        var periods = CycleCalendar.Periods(granularity, Start, today > Start ? today : Start, task.DueOn);
        return periods.Select(p => (p, granularity == CycleGranularity.Once ? p.EndsOn : Deadlines.GetValueOrDefault(p.Key, p.EndsOn))).ToList();
    }
}

/// <summary>
/// Opens the cycles of units' parts of tasks: for a part just given (in the same SaveChanges, through
/// <see cref="CycleInterceptor"/>, whatever path gave it), when a task's schedule changes, and as periods begin
/// (<see cref="CycleRollover"/>). Work under a plan begins on its date of issue, or its superior plan's for a
/// plan without a date, or the day it was entered.
/// </summary>
internal static class CycleSchedule
{
    public static async Task<PlanCycleTerms> TermsAsync(DbContext db, Plan plan, CancellationToken cancellationToken)
    {
        if (plan.Document is null)
        {
            await db.Entry(plan).Reference(p => p.Document).LoadAsync(cancellationToken);
        }

        var start = plan.Document?.IssuedOn;
        if (start is null && plan.ParentPlanId is { } parentId)
        {
            var parent = db.Set<Plan>().Local.FirstOrDefault(p => p.Id == parentId);
            start = parent?.Document?.IssuedOn ?? await db.Set<Plan>().Where(p => p.Id == parentId).Select(p => p.Document!.IssuedOn).FirstOrDefaultAsync(cancellationToken);
        }

        var deadlines = await db.Set<CycleDeadline>().Where(d => d.PlanId == plan.Id).ToDictionaryAsync(d => d.Key, d => d.DueOn, cancellationToken);
        foreach (var local in db.Set<CycleDeadline>().Local.Where(d => d.PlanId == plan.Id))
        {
            deadlines[local.Key] = local.DueOn;
        }

        return new PlanCycleTerms(start ?? VietnamTime.DateOf(plan.CreatedAt == default ? DateTime.UtcNow : plan.CreatedAt), plan.ReportsSixMonthly, deadlines);
    }

    /// <summary>Opens the missing cycles of a part up to today; adds them to the context.</summary>
    public static IReadOnlyList<TaskCycle> Open(DbContext db, TaskAssignment assignment, PlanTask task, PlanCycleTerms terms, DateOnly today)
    {
        var opened = assignment.Open(terms.PeriodsOf(task, today));
        db.Set<TaskCycle>().AddRange(opened);
        return opened;
    }

    /// <summary>
    /// After a task's recurrence or deadline changed: its parts get the periods of the new schedule, a task done once
    /// its new deadline; cycles nobody worked on that the schedule no longer has are dropped.
    /// </summary>
    public static async Task ReconcileAsync(DbContext db, PlanTask task, PlanCycleTerms terms, DateOnly today, CancellationToken cancellationToken)
    {
        var periods = terms.PeriodsOf(task, today);
        var keep = periods.Select(p => p.Period.Key).ToHashSet();
        var assignments = await db.Set<TaskAssignment>().Include(a => a.Cycles).Where(a => a.TaskId == task.Id).ToListAsync(cancellationToken);
        var cycleIds = assignments.SelectMany(a => a.Cycles).Select(c => (Guid?)c.Id).ToList();
        var worked = (await db.Set<Progress.TaskProgress>().Where(p => cycleIds.Contains(p.CycleId)).Select(p => p.CycleId!.Value).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        foreach (var assignment in assignments)
        {
            db.Set<TaskCycle>().RemoveRange(assignment.DropUnworked(keep, worked));
            foreach (var (period, dueOn) in periods)
            {
                assignment.Cycles.FirstOrDefault(c => c.Key == period.Key)?.MoveDeadline(dueOn);
            }

            Open(db, assignment, task, terms, today);
        }
    }
}
