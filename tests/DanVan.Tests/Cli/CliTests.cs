using System.Net;
using System.Net.Http.Headers;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Cli;

/// <summary>The CLI in the same executable, on a fresh database of each engine, with the server's configuration keys.</summary>
public abstract class CliTests(Engine engine)
{
    private readonly (string Provider, string ConnectionString) database = EngineDatabases.Create(engine);

    [Fact]
    public async Task Migrate_seed_create_a_user_and_a_token_that_the_api_accepts()
    {
        var (code, output, _) = await RunAsync("migrate");
        Assert.Equal(0, code);
        Assert.Contains("Migrations applied", output, StringComparison.Ordinal);

        (code, output, _) = await RunAsync("demo", "seed");
        Assert.Equal(0, code);
        (code, output, _) = await RunAsync("demo", "seed");
        Assert.Equal(0, code);
        Assert.Contains("0 records added", output, StringComparison.Ordinal);

        (code, output, _) = await RunAsync("users", "create", "--email", "cli.officer@test.vn", "--password", "Matkhau2026x", "--role", "Officer", "--org", "TL.MTTQ", "--subtree");
        Assert.Equal(0, code);
        Assert.Contains("cli.officer@test.vn in TL.MTTQ; they choose their own password at first sign-in", output, StringComparison.Ordinal);

        (code, output, _) = await RunAsync("reminders", "send");
        Assert.Equal(0, code);
        Assert.Matches(@"Reminders: \d+ new, 0 e-mails sent\.", output);

        (code, output, _) = await RunAsync("users", "token", "create", "--email", "cli.officer@test.vn", "--days", "7");
        Assert.Equal(0, code);
        var token = output.TrimEnd().Split('\n')[^1].Trim();
        Assert.StartsWith("dv_", token, StringComparison.Ordinal);

        await using var app = new CliCheckApp(database);
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var organizations = await api.GetStringAsync("/api/v1/organizations");
        Assert.Contains("TL.HND", organizations, StringComparison.Ordinal);
        Assert.DoesNotContain("TQ.UBND", organizations, StringComparison.Ordinal);

        // The password the administrator chose on the command line is the person's only until they sign in: then they choose theirs.
        var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(browser, "cli.officer@test.vn", "Matkhau2026x");
        var home = await browser.GetAsync("/");
        Assert.Equal("/Accounts/ChangePassword", home.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Bad_commands_exit_non_zero_with_a_clear_message()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Code);

        var (code, _, error) = await RunAsync("users", "create", "--email", "x@test.vn", "--password", "Matkhau2026x", "--role", "Chief", "--org", "TL.DU");
        Assert.NotEqual(0, code);
        Assert.Contains("Unknown role 'Chief'", error, StringComparison.Ordinal);

        (code, _, error) = await RunAsync("users", "create", "--email", "x@test.vn", "--password", "Matkhau2026x", "--role", "Officer", "--org", "KHONG.CO");
        Assert.NotEqual(0, code);
        Assert.Contains("No organization has the code 'KHONG.CO'", error, StringComparison.Ordinal);

        (code, _, error) = await RunAsync("users", "create", "--email", "x@test.vn", "--password", "ngan", "--role", "Administrator");
        Assert.NotEqual(0, code);
        Assert.Contains("Lỗi:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

        (code, _, error) = await RunAsync("users", "token", "create", "--email", "nobody@test.vn");
        Assert.NotEqual(0, code);
        Assert.Contains("No user has the email 'nobody@test.vn'", error, StringComparison.Ordinal);

        (code, _, error) = await RunAsync("users", "create", "--email", "x@test.vn");
        Assert.NotEqual(0, code);
        Assert.Contains("--password", error, StringComparison.Ordinal);

        var (helpCode, help, _) = await RunAsync("--help");
        Assert.Equal(0, helpCode);
        Assert.Contains("migrate", help, StringComparison.Ordinal);
        Assert.Contains("users", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_generate_writes_rows_the_app_reads_back_and_consolidates_and_refuses_a_second_run()
    {
        var (code, output, error) = await RunAsync("demo", "generate", "--provinces", "2", "--communes", "6", "--units-per-commune", "4", "--indicators", "11", "--periods", "2");
        Assert.True(code == 0, error);
        Assert.Contains("Generated 24 reporting units, 48 reports, ", output, StringComparison.Ordinal);

        await using var app = new CliCheckApp(database);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVan.Web.Infrastructure.Data.AppDbContext>();
        var root = await db.Organizations.SingleAsync(o => o.Code == DanVan.Web.Modules.Demo.Generate.NationalDataset.RootCode);
        var period = await db.ReportingPeriods.Include(p => p.Plan).Where(p => p.Plan!.OrganizationId == root.Id).OrderByDescending(p => p.DataTo).FirstAsync();
        var submitted = await db.Reports.Where(r => r.PeriodId == period.Id && r.Status == DanVan.Web.Modules.Reporting.Reports.ReportStatus.Submitted).Select(r => r.Id).ToListAsync();
        var first = await db.Indicators.SingleAsync(i => i.Code == "QG_001");
        var expected = (await db.Reports.Where(r => submitted.Contains(r.Id)).SelectMany(r => r.Values).Where(v => v.IndicatorId == first.Id).Select(v => v.Number).ToListAsync()).Sum();
        var result = await scope.ServiceProvider.GetRequiredService<DanVan.Web.Modules.Reporting.Consolidation.ConsolidationQuery>().ForAsync(period, root, CancellationToken.None);
        Assert.Equal(expected, result.Overall[first.Id]);
        Assert.Equal(submitted.Count, result.CountedReports);
        Assert.Equal(2, result.Children.Count);
        var ratio = await db.Indicators.SingleAsync(i => i.Code == "QG_010");
        Assert.Equal(Math.Round(result.Overall[ratio.NumeratorId!.Value]!.Value / result.Overall[ratio.DenominatorId!.Value]!.Value * 100, 2), result.Overall[ratio.Id]);

        (code, _, error) = await RunAsync("demo", "generate", "--provinces", "2", "--communes", "6");
        Assert.NotEqual(0, code);
        Assert.Contains("đã có bộ dữ liệu tổng hợp", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_restored_into_an_empty_database_holds_the_same_rows_in_every_table()
    {
        Assert.Equal(0, (await RunAsync("demo", "seed")).Code);
        Assert.Equal(0, (await RunAsync("users", "create", "--email", "backup.officer@test.vn", "--password", "Matkhau2026x", "--role", "Officer", "--org", "TL.HND")).Code);
        var file = Path.Combine(Path.GetTempPath(), $"danvan-backup-{Guid.NewGuid():N}.bak");
        var (code, output, error) = await RunAsync("backup", "--to", file);
        Assert.True(code == 0, error);
        Assert.Contains("Backup written", output, StringComparison.Ordinal);

        var target = EngineDatabases.Create(engine);
        (code, output, error) = await RunOnAsync(target, "restore", "--from", file);
        Assert.True(code == 0, error);
        Assert.Contains("Restored", output, StringComparison.Ordinal);
        var before = await SnapshotAsync(database);
        var after = await SnapshotAsync(target);
        Assert.True(before.Count > 30, $"{before.Count} tables");
        Assert.Contains(before, t => t.Key == "audit_entries" && !t.Value.StartsWith("0:", StringComparison.Ordinal));
        Assert.Contains(before, t => t.Key == "plans_source_files" && !t.Value.StartsWith("0:", StringComparison.Ordinal));
        Assert.Equal(before, after);

        (code, _, error) = await RunOnAsync(target, "restore", "--from", file);
        Assert.NotEqual(0, code);
        Assert.Contains("not empty", error, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public async Task Audit_verify_finds_an_entry_changed_or_removed_behind_the_database_s_back()
    {
        Assert.Equal(0, (await RunAsync("demo", "seed")).Code);
        var (code, output, error) = await RunAsync("audit", "verify");
        Assert.True(code == 0, error);
        Assert.Matches(@"Audit log intact: [\d.,]+ chained entries", output);

        await using var db = DanVan.Web.Migrations.DesignTimeContexts.Create(Enum.Parse<DanVan.Web.Infrastructure.Data.DatabaseProvider>(database.Provider), database.ConnectionString);
        var ids = await db.Set<DanVan.Web.Modules.Audit.AuditEntry>().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var (changed, removed) = (ids[ids.Count / 3], ids[2 * ids.Count / 3]);
        var original = await db.Set<DanVan.Web.Modules.Audit.AuditEntry>().Where(a => a.Id == changed).Select(a => a.After).SingleAsync();

        // The database refuses the change to the app's own user; someone who gets past that is still found out.
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET \"After\" = 'sửa lén' WHERE \"Id\" = {changed}"));
        await db.Database.ExecuteSqlRawAsync(database.Provider == "Postgres"
            ? "ALTER TABLE audit_entries DISABLE TRIGGER USER"
            : "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;");
        await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET \"After\" = 'sửa lén' WHERE \"Id\" = {changed}");
        (code, _, error) = await RunAsync("audit", "verify");
        Assert.Equal(1, code);
        Assert.Contains($"broken at entry {changed}", error, StringComparison.Ordinal);

        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"After\" = {0} WHERE \"Id\" = {1}", original!, changed);
        Assert.Equal(0, (await RunAsync("audit", "verify")).Code);
        await db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE \"Id\" = {removed}");
        (code, _, error) = await RunAsync("audit", "verify");
        Assert.Equal(1, code);
        Assert.Contains($"broken at entry {ids[ids.IndexOf(removed) + 1]}", error, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyDictionary<string, string>> SnapshotAsync((string Provider, string ConnectionString) on)
    {
        await using var db = DanVan.Web.Migrations.DesignTimeContexts.Create(Enum.Parse<DanVan.Web.Infrastructure.Data.DatabaseProvider>(on.Provider), on.ConnectionString);
        return await DanVan.Tests.Security.DatabaseSnapshot.TakeAsync(db, everything: true);
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => RunOnAsync(database, args);

    private static async Task<(int Code, string Output, string Error)> RunOnAsync((string Provider, string ConnectionString) database, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:DanVan"] = database.ConnectionString,
        };
        var code = await CliApp.RunAsync(args, output, error, settings);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The server on the database the CLI prepared, to prove the token works.</summary>
    private sealed class CliCheckApp((string Provider, string ConnectionString) database) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", database.Provider);
            builder.UseSetting("ConnectionStrings:DanVan", database.ConnectionString);
            builder.UseSetting("Database:SeedDemoOnFirstStart", "false");
        }
    }
}

public sealed class CliTests_Sqlite() : CliTests(Engine.Sqlite);

public sealed class CliTests_Postgres() : CliTests(Engine.Postgres);
