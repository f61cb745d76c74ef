using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Evaluation.Scoring;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Evaluation;

/// <summary>
/// The facts an evaluation's task points are computed from, read from a unit's own task cycles on each engine, and the
/// points they give, exactly as a hand calculation of the test's data says.
/// </summary>
public abstract class TaskFactsTests(DanVanApp app)
{
    [Fact]
    public async Task A_units_year_of_cycles_gives_the_task_points_a_hand_calculation_gives()
    {
        // A new unit of the commune with four tasks of 2026: done on time beyond its target, done late, done on the
        // deadline day, not done.
        var unitId = await app.WithDbAsync(async (db, _) =>
        {
            var model = await db.Organizations.Include(o => o.Kind).Include(o => o.Area).SingleAsync(o => o.Code == "TL.HND");
            var parent = await db.Organizations.SingleAsync(o => o.Code == "TL.DU");
            var unit = Organization.Create("TL.FACTS", "Chi hội kiểm thử điểm nhiệm vụ", null, model.Kind!, model.Area!, parent);
            db.Organizations.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });
        var province = await app.OrganizationAsync("TQ.TU");
        DateOnly D(int month, int day) => new(2026, month, day);
        var (planId, tasks) = await app.WithDbAsync(async (db, services) =>
        {
            var made = await services.GetRequiredService<IFollowUpTasks>().CreateAsync(new FollowUpRequest(province.Id, "Thông báo", "99-TB/KIEMTHU", D(1, 10), "Việc giao để kiểm thử điểm nhiệm vụ",
                [new("1", "Việc thứ nhất", unitId, D(3, 31)), new("2", "Việc thứ hai", unitId, D(6, 30)), new("3", "Việc thứ ba", unitId, D(9, 30)), new("4", "Việc thứ tư", unitId, D(11, 30))]), CancellationToken.None);
            await db.SaveChangesAsync();
            return (made.PlanId, made.TaskIds);
        });
        await app.WithDbAsync(async (db, _) =>
        {
            var cycles = await db.TaskCycles.Include(c => c.Assignment).Where(c => c.Assignment!.OrganizationId == unitId).ToListAsync();
            var now = DateTime.UtcNow;
            void Done(int task, DateOnly on, bool exceeded) =>
                db.TaskProgress.Add(cycles.Single(c => c.Assignment!.TaskId == tasks[task]).Report("Đã làm.", on, completes: true, exceededTarget: exceeded, "test", "Kiểm thử", now, DanVan.Web.Infrastructure.Time.VietnamTime.Today(app.Clock), D(1, 10)));
            Done(0, D(3, 20), exceeded: true);
            Done(1, D(7, 5), exceeded: false);
            Done(2, D(9, 30), exceeded: false);
            return await db.SaveChangesAsync();
        });

        var facts = await app.WithDbAsync((db, services) => ActivatorUtilities.CreateInstance<TaskFactsQuery>(services).ForAsync(unitId, D(1, 1), D(12, 31), D(12, 31).AddDays(1), CancellationToken.None));
        Assert.Equal(new TaskFacts(CyclesDue: 4, CyclesOnTime: 2, CyclesLate: 1, CyclesExceeded: 1, ReportsDue: 0, ReportsOnTime: 0, RecommendationsDue: 0, RecommendationsRemedied: 0), facts);

        // Before the last deadline only three cycles are owed.
        var early = await app.WithDbAsync((db, services) => ActivatorUtilities.CreateInstance<TaskFactsQuery>(services).ForAsync(unitId, D(1, 1), D(12, 31), D(11, 15), CancellationToken.None));
        Assert.Equal(3, early.CyclesDue);

        // 30 general + 45 × 2/4 = 22,5 + 10 (no report due) + 5 × 1/4 = 1,25 + 10 (no recommendation) = 73,75: no level,
        // since a cycle was late and one is not done.
        var criteria = Quy366.Criteria.Select(c => new CriterionRule(Guid.NewGuid(), c.Name, c.MaxPoints, c.Measure)).ToList();
        var result = Scorecard.Compute(criteria, Quy366.Levels, facts, criteria.Where(c => c.Measure == Measure.Entered).ToDictionary(c => c.Id, _ => 10m), new Dictionary<Guid, Adjustment>(), discipline: false);
        Assert.Equal(73.75m, result.Total);
        Assert.Null(result.Level);
        Assert.NotEqual(Guid.Empty, planId);
    }
}

public sealed class TaskFactsTests_Sqlite(SqliteApp app) : TaskFactsTests(app), IClassFixture<SqliteApp>;

public sealed class TaskFactsTests_Postgres(PostgresApp app) : TaskFactsTests(app), IClassFixture<PostgresApp>;
