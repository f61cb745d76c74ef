using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Security.Records;

/// <summary>Reporting: a period of the commune's plan, the victim unit's report in it, and an indicator.</summary>
public sealed class ReportingRecords : IRecordFixture
{
    private string period = "", report = "", indicator = "", narrative = "";

    public IEnumerable<string> Markers => narrative.Length > 0 ? [narrative] : [];

    public async Task LoadAsync(AppDbContext db, IServiceProvider services, VictimBranch victim)
    {
        var found = await db.Reports.AsNoTracking()
            .Where(r => r.OrganizationId == victim.UnitId && r.Period!.Plan!.OrganizationId == victim.CommuneId)
            .OrderBy(r => r.Period!.DueOn).FirstAsync();
        report = found.Id.ToString();
        period = found.PeriodId.ToString();
        indicator = (await db.Indicators.AsNoTracking().Select(i => i.Id).FirstAsync()).ToString();
        narrative = await db.Set<DanVan.Web.Modules.Reporting.Reports.ReportNarrative>().AsNoTracking()
            .Where(n => n.ReportId == found.Id && n.Results != null && n.Results.Length > 40).Select(n => n.Results!.Substring(0, 40)).FirstOrDefaultAsync() ?? "";
    }

    public string? ValueFor(Probe probe, ProbeValue value) => value switch
    {
        _ when value.Is("id") && (probe.Under("/Reporting/Reports") || probe.Under("/api/v1/reports")) => report,
        _ when value.Is("id") && (probe.Under("/Reporting/Periods") || probe.Under("/Reporting/Consolidation") || probe.Under("/api/v1/periods")) => period,
        _ when value.Is("id") && probe.Under("/Reporting/Indicators") => indicator,
        _ when value.Is("periodId") => period,
        _ when value.Is("reportId") => report,
        _ when value.Is("Form.Values[0].IndicatorId", "Input.NumeratorId", "Input.DenominatorId", "Input.NotAboveId") => indicator,
        _ => null,
    };
}
