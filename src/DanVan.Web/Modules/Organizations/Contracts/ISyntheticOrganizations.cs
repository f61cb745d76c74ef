namespace DanVan.Web.Modules.Organizations.Contracts;

/// <summary>A unit of the synthetic national tree that reports, with its commune and the commune's villages (whose figures only the commune's own committee reports).</summary>
public sealed record SyntheticUnit(Guid Id, Guid CommuneAreaId, IReadOnlyList<Guid> Villages, bool ReportsVillages);

/// <summary>The synthetic national tree: the central body and every commune-level reporting unit.</summary>
public sealed record SyntheticTree(Guid RootId, IReadOnlyList<SyntheticUnit> ReportingUnits);

/// <summary>The Organizations module's part of the benchmark's synthetic national dataset (<c>demo generate</c>).</summary>
public interface ISyntheticOrganizations
{
    public const string RootCode = "QG.TW";

    Task<bool> ExistsAsync(CancellationToken cancellationToken);

    /// <summary>Provinces, communes with their villages, and the units of each commune; units are bulk-copied.</summary>
    Task<SyntheticTree> GenerateAsync(int provinces, int communes, int unitsPerCommune, int villagesPerCommune, CancellationToken cancellationToken);
}
