using System.Diagnostics;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Demo.Generate;

/// <summary>The size of a synthetic dataset.</summary>
internal sealed record DatasetSize(int Provinces, int Communes, int UnitsPerCommune, int Indicators, int Periods, int VillagesPerCommune = 4);

/// <summary>
/// A synthetic national dataset for measuring consolidation and the shared pages (`demo generate`): a central body
/// issuing one plan, provinces, communes with their villages and the units of each commune, an indicator catalog,
/// and per period one report per commune-level unit with a value for every indicator (village by village where the
/// indicator asks it) and a narrative. Each module writes its own part (through its contract); the millions of
/// report rows are bulk-copied. Everything is flagged as demo; nothing personal is generated.
/// </summary>
internal sealed class NationalDataset(AppDbContext db, ISyntheticOrganizations organizations, ISyntheticPlan plans, ISyntheticReports reports)
{
    public const string RootCode = ISyntheticOrganizations.RootCode;

    public async Task<string> GenerateAsync(DatasetSize size, TextWriter progress, CancellationToken cancellationToken)
    {
        if (size.Provinces is < 1 or > 59 || size.Communes < size.Provinces || size.Communes > 39_000 || size.UnitsPerCommune is < 1 or > 99
            || size.Indicators is < 1 or > 999 || size.Periods is < 1 or > 20 || size.VillagesPerCommune is < 0 or > 30)
        {
            throw new BusinessRuleException("Kích thước không hợp lệ: 1–59 tỉnh, số xã từ số tỉnh đến 39.000, 1–99 đơn vị mỗi xã, 0–30 thôn mỗi xã, 1–999 chỉ tiêu, 1–20 kỳ.");
        }

        if (await organizations.ExistsAsync(cancellationToken))
        {
            throw new BusinessRuleException($"Cơ sở dữ liệu đã có bộ dữ liệu tổng hợp toàn quốc (mã {RootCode}).");
        }

        var clock = Stopwatch.StartNew();
        var tree = await organizations.GenerateAsync(size.Provinces, size.Communes, size.UnitsPerCommune, size.VillagesPerCommune, cancellationToken);
        await progress.WriteLineAsync($"  units: {tree.ReportingUnits.Count:N0} in {size.Communes:N0} communes of {size.Provinces} provinces ({clock.Elapsed.TotalSeconds:0.0} s)");
        var (planId, taskId) = await plans.GenerateAsync(tree.RootId, cancellationToken);
        var (reportCount, values) = await reports.GenerateAsync(planId, taskId, tree, size.Indicators, size.Periods, cancellationToken);

        // Fresh statistics after a bulk load, as after any large import: without them the planner guesses row counts.
        await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        return $"Generated {tree.ReportingUnits.Count:N0} reporting units, {reportCount:N0} reports, {values:N0} values in {clock.Elapsed.TotalSeconds:0.0} s.";
    }
}
