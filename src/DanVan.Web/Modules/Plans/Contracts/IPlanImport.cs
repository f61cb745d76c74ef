namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>Imports a plan document without the review page (demo data, scripted loads).</summary>
public interface IPlanImport
{
    /// <summary>
    /// Reads the document and confirms it as an officer would who accepts every suggestion: unit names
    /// without a matching organization are kept by name. <paramref name="corrections"/> fill in what the
    /// document does not say. Throws a business-rule exception with the reasons when the plan is refused.
    /// </summary>
    Task<Guid> ImportAcceptingSuggestionsAsync(PlanFile file, Guid organizationId, Guid? parentPlanId, PlanCorrections corrections, CancellationToken cancellationToken);

    Task<Guid?> FindPlanAsync(string number, CancellationToken cancellationToken);
}

public sealed record PlanFile(string FileName, byte[] Content, bool IsDemo = false);

public sealed record PlanCorrections(string? Number = null, string? IssuedOn = null, string? Place = null);
