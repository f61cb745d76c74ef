namespace DanVan.Web.Modules.Organizations.Contracts;

/// <summary>The demo province's areas and units (how many were added, the provincial and the commune Party committees).</summary>
public sealed record DemoUnits(int Added, Guid Province, Guid Commune);

/// <summary>The Organizations module's part of the demo data.</summary>
public interface IDemoOrganizations
{
    Task<DemoUnits> SeedAsync(CancellationToken cancellationToken);
}

/// <summary>The fields the demo commune divides its work into (the Plans demo puts tasks in them).</summary>
public static class DemoFields
{
    public const string MassMobilization = "Công tác dân vận";
    public const string FrontAndUnions = "Mặt trận Tổ quốc và các đoàn thể";
}
