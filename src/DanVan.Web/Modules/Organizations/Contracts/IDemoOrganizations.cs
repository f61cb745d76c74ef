namespace DanVan.Web.Modules.Organizations.Contracts;

/// <summary>The demo province's areas and units (how many were added, the provincial and the commune Party committees).</summary>
public sealed record DemoUnits(int Added, Guid Province, Guid Commune);

/// <summary>The Organizations module's part of the demo data.</summary>
public interface IDemoOrganizations
{
    Task<DemoUnits> SeedAsync(CancellationToken cancellationToken);
}
