namespace DanVan.Web.Modules.Reporting.Contracts;

/// <summary>Adds indicators to the catalog from other modules (the demo data), by code; existing codes are left alone.</summary>
public interface IIndicatorCatalog
{
    Task<int> AddMissingAsync(IReadOnlyList<CatalogEntry> entries, bool isDemo, CancellationToken cancellationToken);
}

/// <param name="Type">Integer, Decimal, Percent, YesNo or Text.</param>
/// <param name="Aggregation">Sum, Min, Max, Ratio or None.</param>
/// <param name="Numerator">For a ratio: the code of the numerator indicator (and <paramref name="Denominator"/>).</param>
/// <param name="NotAbove">The code of an indicator this one may not exceed for the same unit or village.</param>
/// <param name="ReportedBy">Kind codes of the units that report it (see <c>Indicator.ReporterKinds</c>); every unit when empty.</param>
public sealed record CatalogEntry(string Code, string Name, string Unit, string Type, string Aggregation, bool ByVillage = false, string? Numerator = null, string? Denominator = null, string? NotAbove = null, string ReportedBy = "");
