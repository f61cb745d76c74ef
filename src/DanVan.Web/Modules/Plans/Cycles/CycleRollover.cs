using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Cycles;

/// <summary>
/// Opens the cycles of periods that have begun since a part's last one (run at start-up and every hour), and
/// places what a database of the release before cycles holds: completions (kept by the migration as
/// <see cref="LegacyCompletion"/>s) and progress updates go to the cycle their date falls in.
/// </summary>
internal sealed class CycleRollover(AppDbContext db, TimeProvider clock)
{
    private const int Batch = 500;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var opened = 0;
        while (true)
        {
            var batch = await db.Set<TaskAssignment>()
                .Where(a => !a.Cycles.Any() || (a.Task!.Recurrence != TaskRecurrence.Once && !a.Cycles.Any(c => c.EndsOn >= today)))
                .Include(a => a.Cycles).Include(a => a.Task).ThenInclude(t => t!.Plan)
                .OrderBy(a => a.Id).Take(Batch).AsSplitQuery().ToListAsync(cancellationToken);
            var terms = new Dictionary<Guid, PlanCycleTerms>();
            var before = opened;
            foreach (var assignment in batch)
            {
                var plan = assignment.Task!.Plan!;
                if (!terms.TryGetValue(plan.Id, out var planTerms))
                {
                    planTerms = await CycleSchedule.TermsAsync(db, plan, cancellationToken);
                    terms[plan.Id] = planTerms;
                }

                opened += CycleSchedule.Open(db, assignment, assignment.Task, planTerms, today).Count;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (batch.Count < Batch || opened == before)
            {
                break;
            }
        }

        await PlaceLegacyAsync(cancellationToken);
        return opened;
    }

    private async Task PlaceLegacyAsync(CancellationToken cancellationToken)
    {
        var legacy = await db.Set<LegacyCompletion>().ToListAsync(cancellationToken);
        foreach (var completion in legacy)
        {
            var cycles = await db.Set<TaskCycle>().Where(c => c.AssignmentId == completion.AssignmentId).OrderBy(c => c.StartsOn).ToListAsync(cancellationToken);
            if (cycles.Count > 0)
            {
                In(cycles, completion.CompletedOn).RecordLegacy(completion.CompletedOn, completion.ExceededTarget);
            }
        }

        while (await db.Set<Progress.TaskProgress>().Where(p => p.CycleId == null).OrderBy(p => p.Id).Take(Batch).ToListAsync(cancellationToken) is { Count: > 0 } progress)
        {
            var ids = progress.Select(p => p.AssignmentId).Distinct().ToList();
            var cycles = (await db.Set<TaskCycle>().Where(c => ids.Contains(c.AssignmentId)).OrderBy(c => c.StartsOn).ToListAsync(cancellationToken))
                .GroupBy(c => c.AssignmentId).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var update in progress)
            {
                update.PlaceIn(In(cycles[update.AssignmentId], update.OnDate));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (legacy.Count > 0)
        {
            db.Set<LegacyCompletion>().RemoveRange(legacy);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>The cycle a day falls in; after the last one's end, the last; before the first, the first.</summary>
    private static TaskCycle In(List<TaskCycle> cycles, DateOnly day) =>
        cycles.LastOrDefault(c => c.StartsOn <= day && day <= c.EndsOn) ?? (day > cycles[^1].EndsOn ? cycles[^1] : cycles[0]);
}

/// <summary>Opens cycles at start-up, after migrations, before the demo data (whose new parts get theirs as they are saved).</summary>
internal sealed class CycleStartup : IStartupTask
{
    public int Order => 5;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var _ = Audit.Contracts.AuditActor.As("system:cycles");
        await services.GetRequiredService<CycleRollover>().RunAsync(cancellationToken);
    }
}

/// <summary>Opens the cycles of periods as they begin, every hour, inside the web server.</summary>
internal sealed class CycleService(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<CycleService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Cycles:RunInBackground", true))
        {
            return;
        }

        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    using var _ = Audit.Contracts.AuditActor.As("system:cycles");
                    var opened = await scope.ServiceProvider.GetRequiredService<CycleRollover>().RunAsync(stoppingToken);
                    if (opened > 0)
                    {
                        logger.LogInformation("Task cycles: {Opened} opened for the periods that began", opened);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Opening task cycles failed; the next pass retries");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
