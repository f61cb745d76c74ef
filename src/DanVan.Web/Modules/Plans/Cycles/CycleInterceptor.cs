using DanVan.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Web.Modules.Plans.Cycles;

/// <summary>
/// Gives every part of a task its cycles in the SaveChanges that creates it, and re-schedules the parts of a task
/// whose recurrence or deadline changed, so no path (import, cascade, assignment page, demo, API) can leave a part
/// without the periods it is tracked in. Runs before the audit log records the change.
/// </summary>
internal sealed class CycleInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            ScheduleAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            await ScheduleAsync(db, cancellationToken);
        }

        return result;
    }

    private async Task ScheduleAsync(DbContext db, CancellationToken cancellationToken)
    {
        // Every SaveChanges passes here: detect once, then read the entries without detecting again for each type.
        db.ChangeTracker.DetectChanges();
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        List<TaskAssignment> added;
        List<PlanTask> rescheduled;
        List<Guid> redated;
        try
        {
            // A plan's date of issue is when its work begins: a corrected date moves its tasks' cycles.
            redated = db.ChangeTracker.Entries<OfficialDocument>()
                .Where(e => e.State == EntityState.Modified && e.Property(d => d.IssuedOn).IsModified).Select(e => e.Entity.Id).ToList();
            added = db.ChangeTracker.Entries<TaskAssignment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            rescheduled = db.ChangeTracker.Entries<PlanTask>()
                .Where(e => e.State == EntityState.Modified && (e.Property(t => t.Recurrence).IsModified || e.Property(t => t.DueOn).IsModified))
                .Select(e => e.Entity).ToList();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        if (redated.Count > 0)
        {
            var tasks = await db.Set<PlanTask>().Where(t => redated.Contains(t.Plan!.DocumentId)).ToListAsync(cancellationToken);
            rescheduled.AddRange(tasks.Where(t => !rescheduled.Contains(t)));
        }

        if (added.Count == 0 && rescheduled.Count == 0)
        {
            return;
        }

        var today = clock.Today();
        var terms = new Dictionary<Guid, PlanCycleTerms>();
        async Task<(PlanTask Task, PlanCycleTerms Terms)> LoadAsync(PlanTask task)
        {
            if (task.Plan is null)
            {
                await db.Entry(task).Reference(t => t.Plan).LoadAsync(cancellationToken);
            }

            var plan = task.Plan!;
            if (!terms.TryGetValue(plan.Id, out var planTerms))
            {
                planTerms = await CycleSchedule.TermsAsync(db, plan, cancellationToken);
                terms[plan.Id] = planTerms;
            }

            return (task, planTerms);
        }

        foreach (var assignment in added)
        {
            if (assignment.Task is null)
            {
                await db.Entry(assignment).Reference(a => a.Task).LoadAsync(cancellationToken);
            }

            var (task, planTerms) = await LoadAsync(assignment.Task!);
            CycleSchedule.Open(db, assignment, task, planTerms, today);
        }

        foreach (var changed in rescheduled)
        {
            var (task, planTerms) = await LoadAsync(changed);
            await CycleSchedule.ReconcileAsync(db, task, planTerms, today, cancellationToken);
        }
    }
}
