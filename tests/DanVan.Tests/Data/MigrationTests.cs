using DanVan.Tests.Data.PreviousRelease;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security;
using DanVan.Web;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Migrations;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Audit;
using DanVan.Web.Modules.Demo;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans.Cycles;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Data;

/// <summary>
/// The generated migrations (ADR 0011): each engine's snapshot holds the whole model, and a populated database of
/// the previous release (the one whose nine migrations were written by hand) upgrades with every row kept.
/// </summary>
public abstract class MigrationTests(Engine engine)
{
    private string Provider => engine == Engine.Postgres ? "Postgres" : "Sqlite";

    [Fact]
    public void The_model_has_no_change_that_no_migration_holds()
    {
        using var db = DesignTimeContexts.Create(Enum.Parse<DatabaseProvider>(Provider), engine == Engine.Postgres ? "Host=localhost;Database=unused" : "Data Source=:memory:");
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model changed without a migration: dotnet ef migrations add NAME --project src/DanVan.Web --context {db.GetType().Name} --output-dir Migrations/{Provider} (docs/modules.md).");
    }

    [Fact]
    public async Task A_populated_database_of_the_previous_release_upgrades_with_every_row_kept()
    {
        // A database of the release before task cycles, populated as it would have been: the demo province, its two plans,
        // their reports and progress, a user; completions on the parts themselves; its history the hand-written migrations'.
        // Built by populating today's schema and taking it back down to the baseline (the schema of that release).
        var (_, connectionString) = EngineDatabases.Create(engine);
        await using var app = Host(connectionString);
        Dictionary<Guid, (DateOnly On, bool Exceeded)> completions;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.MigrateDanVanAsync();
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
            Assert.True(seeded > 50, $"{seeded} demo records");
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateUserAsync("can.bo@thuonglam.example.vn", "Hoàng Thị Lan", false, "Mat-khau-2026", CancellationToken.None);

            // That release kept one completion per part: the latest of its cycles'.
            completions = (await db.TaskCycles.Where(c => c.CompletedOn != null).ToListAsync())
                .GroupBy(c => c.AssignmentId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.StartsOn).Select(c => (c.CompletedOn!.Value, c.ExceededTarget)).Last());
            Assert.True(completions.Count > 10, $"{completions.Count} completions");
            await db.GetService<IMigrator>().MigrateAsync(DatabaseMigrations.Baseline);
            foreach (var (assignmentId, (on, exceeded)) in completions)
            {
                await db.Database.ExecuteSqlRawAsync(
                    "UPDATE plans_task_assignments SET \"CompletedOn\" = {0}, \"ExceededTarget\" = {1} WHERE \"Id\" = {2}", on, exceeded, assignmentId);
            }

            await using var previous = PreviousReleaseContext.Open(Provider, connectionString);
            var history = previous.GetService<IHistoryRepository>();
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{HistoryRepository.DefaultTableName}\"");
            foreach (var id in previous.Database.GetMigrations())
            {
                await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, ProductInfo.GetVersion())));
            }
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            string[] added = ["plans_task_cycles", "plans_cycle_deadlines", "plans_legacy_completions", "plans_cycle_reminders", "notifications_preferences", "organizations_responsibilities", "plans_corrections", "inspections_programmes", "inspections_inspections", "inspections_units", "inspections_team", "inspections_contents", "inspections_findings", "inspections_recommendations", "inspections_files", "evaluation_sets", "evaluation_criteria", "evaluation_levels", "evaluation_rounds", "evaluation_units", "evaluation_scores", "evaluation_heads", "evaluation_head_scores", "evaluation_decisions", "notifications_letters", "petitions_petitions", "petitions_people", "petitions_events", "petitions_files", "petitions_holidays", "petitions_deadlines", "petitions_receptions", "petitions_bans", "petitions_reminders", "dialogues_dialogues", "dialogues_areas", "dialogues_questions", "dialogues_commitments"];
            var before = await DatabaseSnapshot.TakeAsync(db, everything: true, added);
            var columns = await DatabaseSnapshot.ColumnsAsync(db, added);
            var progress = await db.Database.SqlQueryRaw<Guid>("SELECT \"Id\" AS \"Value\" FROM plans_task_progress").ToListAsync();
            await db.MigrateDanVanAsync();
            await scope.ServiceProvider.GetRequiredService<CycleRollover>().RunAsync(CancellationToken.None);

            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Equal([DatabaseMigrations.LastHandWritten, DatabaseMigrations.Baseline, "20261201000011_TaskCycles"], applied.SkipWhile(id => id != DatabaseMigrations.LastHandWritten).Take(3));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());

            // Every table keeps its rows, but those the cycles changed (and the log of that change).
            var after = await DatabaseSnapshot.TakeAsync(db, everything: true, columns);
            string[] changed = ["__EF", "plans_task_assignments", "plans_task_progress", "plans_task_cycles", "plans_cycle_deadlines", "plans_legacy_completions", "plans_cycle_reminders", "notifications_preferences", "organizations_responsibilities", "plans_corrections", "inspections_", "evaluation_", "petitions_", "dialogues_", "notifications_letters", "reporting_indicators", "audit_"];
            Assert.DoesNotContain(DatabaseSnapshot.Differences(before, after), t => !changed.Any(c => t.StartsWith(c, StringComparison.Ordinal)));
            Assert.Empty(SchemaTests.Compare(db.GetService<IDesignTimeModel>().Model.GetRelationalModel(), SchemaTests.ReadDatabase(db)));

            // Each part's completion is now its cycle's, every update sits in a cycle of its part, the holding table is empty.
            var cycles = await db.TaskCycles.AsNoTracking().ToListAsync();
            Assert.Equal(0, await db.TaskAssignments.CountAsync(a => !a.Cycles.Any()));
            foreach (var (assignmentId, (on, exceeded)) in completions)
            {
                Assert.Contains(cycles, c => c.AssignmentId == assignmentId && c.CompletedOn == on && c.ExceededTarget == exceeded);
            }

            Assert.Equal(progress.Order(), await db.TaskProgress.Select(p => p.Id).OrderBy(id => id).ToListAsync());
            Assert.Equal(0, await db.TaskProgress.CountAsync(p => p.CycleId == null || !db.Set<TaskCycle>().Any(c => c.Id == p.CycleId && c.AssignmentId == p.AssignmentId)));
            Assert.Empty(await db.Database.SqlQueryRaw<Guid>("SELECT \"AssignmentId\" AS \"Value\" FROM plans_legacy_completions").ToListAsync());

            // And it keeps working: a second start migrates nothing, the audit chain goes on unbroken.
            await db.MigrateDanVanAsync();
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateUserAsync("lanh.dao@thuonglam.example.vn", "Ma Văn Hùng", false, "Mat-khau-2026", CancellationToken.None);
            var verification = await scope.ServiceProvider.GetRequiredService<AuditVerification>().VerifyAsync(CancellationToken.None);
            Assert.True(verification.Intact, verification.Problem);
        }
    }

    [Fact]
    public async Task A_database_older_than_the_previous_release_is_refused_untouched()
    {
        var (_, connectionString) = EngineDatabases.Create(engine);
        await using (var previous = PreviousReleaseContext.Open(Provider, connectionString))
        {
            await previous.GetService<IMigrator>().MigrateAsync("20261126000007_PathPrefixIndex");
        }

        await using var app = Host(connectionString);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.MigrateDanVanAsync());
        Assert.Contains("Upgrade it with that release first", error.Message, StringComparison.Ordinal);
        Assert.Equal("20261126000007_PathPrefixIndex", (await db.Database.GetAppliedMigrationsAsync()).Last());
    }

    /// <summary>The app's services on the database, nothing started (no migration, no seeding).</summary>
    private WebApplication Host(string connectionString) => DanVanHost.CreateBuilder([], new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:DanVan"] = connectionString,
    }).Build();
}

public sealed class MigrationTests_Sqlite() : MigrationTests(Engine.Sqlite);

public sealed class MigrationTests_Postgres() : MigrationTests(Engine.Postgres);
