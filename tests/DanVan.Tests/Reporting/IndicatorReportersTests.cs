using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Reporting;

/// <summary>Each unit is asked only what it must report, on the page, in the Excel form and through the API, on each engine.</summary>
public abstract class IndicatorReportersTests(DanVanApp app)
{
    [Fact]
    public async Task A_unit_is_asked_only_the_indicators_its_kind_reports_and_the_commune_reporting_upward_is_asked_all()
    {
        var reports = await app.WithDbAsync((db, _) => db.Reports
            .Where(r => r.Period!.Kind == PeriodKind.Annual && r.Period.Year == 2026 && r.Period.Plan!.IsDemo)
            .Select(r => new { r.Organization!.Code, r.Id }).ToDictionaryAsync(r => r.Code!, r => r.Id));
        // The rows a unit's report asks (the page, the Excel form, the API and the demo all read them from here).
        async Task<int> Rows(string unit, string code) => await app.WithDbAsync(async (db, services) =>
        {
            var context = await services.GetRequiredService<ReportWorkspace>().LoadAsync(reports[unit], new OrgScope("test", true, []), CancellationToken.None);
            return context!.ValueRows().Count(r => r.Indicator.Code == code);
        });

        // The farmers' union reports its own cadres and activities, never the villages' population.
        Assert.Equal(0, await Rows("TL.HND", "DAN_SO"));
        Assert.Equal(0, await Rows("TL.HND", "DOI_THOAI"));
        Assert.Equal(1, await Rows("TL.HND", "CB_TONG"));

        // The People's Committee gives each of the commune's three villages once, and its own dialogues.
        Assert.Equal(3, await Rows("TL.UBND", "DAN_SO"));
        Assert.Equal(1, await Rows("TL.UBND", "DOI_THOAI"));

        // A village's cell reports no village statistics (it has no villages below it); the commune's report upward has them all.
        Assert.Equal(0, await Rows("TL.CB01", "DAN_SO"));
        Assert.Equal(3, await Rows("TL.DU", "DAN_SO"));
        Assert.Equal(1, await Rows("TL.DU", "DOI_THOAI"));

        // The Excel form asks the same: the union's file has no population row.
        var workbook = await app.WithDbAsync(async (db, services) =>
        {
            var context = await services.GetRequiredService<ReportWorkspace>().LoadAsync(reports["TL.HND"], new OrgScope("test", true, []), CancellationToken.None);
            return DanVan.Documents.Spreadsheets.XlsxReader.Read(ReportWorkbook.Write(context!, ReportWorkspace.FormOf(context!))).Sheet("Chỉ tiêu")!;
        });
        Assert.DoesNotContain(Enumerable.Range(1, workbook.LastRow), r => workbook[r, 1]?.Text == "DAN_SO");
        Assert.Contains(Enumerable.Range(1, workbook.LastRow), r => workbook[r, 1]?.Text == "CB_TONG");
    }
}

public sealed class IndicatorReportersTests_Sqlite(SqliteApp app) : IndicatorReportersTests(app), IClassFixture<SqliteApp>;

public sealed class IndicatorReportersTests_Postgres(PostgresApp app) : IndicatorReportersTests(app), IClassFixture<PostgresApp>;
