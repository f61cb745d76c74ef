using DanVan.Tests.Data.PreviousRelease;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security;
using DanVan.Web;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Migrations;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Audit;
using DanVan.Web.Modules.Demo;
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
        var (_, connectionString) = EngineDatabases.Create(engine);
        await using (var previous = PreviousReleaseContext.Open(Provider, connectionString))
        {
            await previous.Database.MigrateAsync();
        }

        // Populated as that release would have been: the demo province, its two plans and their reports, a user.
        await using var app = Host(connectionString);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
            Assert.True(seeded > 50, $"{seeded} demo records");
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateUserAsync("can.bo@thuonglam.example.vn", "Hoàng Thị Lan", false, "Mat-khau-2026", CancellationToken.None);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var before = await DatabaseSnapshot.TakeAsync(db, everything: true);
            await db.MigrateDanVanAsync();

            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Equal(DatabaseMigrations.LastHandWritten, applied[^2]);
            Assert.Equal(DatabaseMigrations.Baseline, applied[^1]);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var after = await DatabaseSnapshot.TakeAsync(db, everything: true);
            Assert.DoesNotContain(DatabaseSnapshot.Differences(before, after), t => !t.StartsWith("__EF", StringComparison.Ordinal));
            Assert.Empty(SchemaTests.Compare(db.GetService<IDesignTimeModel>().Model.GetRelationalModel(), SchemaTests.ReadDatabase(db)));

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
