using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Reporting;

/// <summary>The demo's reports read as units would write them: each unit its own words, not one text pasted under every unit. On each engine.</summary>
public abstract class DemoReportsTests(DanVanApp app)
{
    [Fact]
    public async Task Each_demo_unit_writes_its_own_narrative()
    {
        var written = await app.WithDbAsync((db, _) => db.Set<DanVan.Web.Modules.Reporting.Reports.ReportNarrative>()
            .Where(n => n.Results != null)
            .Join(db.Reports.Where(r => r.Period!.IsDemo && !r.IsExternal), n => n.ReportId, r => r.Id, (n, r) => new { r.OrganizationId, n.Results })
            .ToListAsync());
        Assert.True(written.Count >= 40, $"{written.Count} narratives");

        // A text under several units is a compilation upward ("- Unit: …"), never the same words from two units.
        var own = written.Where(w => !w.Results!.Contains("\n- ", StringComparison.Ordinal) && !w.Results.StartsWith("- ", StringComparison.Ordinal)).ToList();
        var shared = own.GroupBy(w => w.Results).Where(g => g.Select(w => w.OrganizationId).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.True(shared.Count == 0, string.Join("\n", shared.Take(3)));
    }
}

public sealed class DemoReportsTests_Sqlite(SqliteApp app) : DemoReportsTests(app), IClassFixture<SqliteApp>;

public sealed class DemoReportsTests_Postgres(PostgresApp app) : DemoReportsTests(app), IClassFixture<PostgresApp>;
