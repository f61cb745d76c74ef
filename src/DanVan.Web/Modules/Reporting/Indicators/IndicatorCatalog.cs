using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Reporting.Indicators;

internal sealed class IndicatorCatalog(AppDbContext db) : IIndicatorCatalog
{
    public async Task<int> AddMissingAsync(IReadOnlyList<CatalogEntry> entries, bool isDemo, CancellationToken cancellationToken)
    {
        var catalog = await db.Indicators.ToListAsync(cancellationToken);
        var added = 0;
        foreach (var entry in entries)
        {
            if (catalog.Any(i => i.Code == entry.Code))
            {
                continue;
            }

            Guid? IdOf(string? code) => code is null ? null : catalog.Single(i => i.Code == code).Id;
            var definition = new IndicatorDefinition(
                entry.Code, entry.Name, entry.Unit, Enum.Parse<IndicatorType>(entry.Type), Enum.Parse<IndicatorAggregation>(entry.Aggregation),
                IdOf(entry.Numerator), IdOf(entry.Denominator), IdOf(entry.NotAbove), ByVillage: entry.ByVillage,
                ReporterKinds: entry.ReportedBy.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var indicator = Indicator.Create(definition, catalog, isDemo);
            catalog.Add(indicator);
            db.Indicators.Add(indicator);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
