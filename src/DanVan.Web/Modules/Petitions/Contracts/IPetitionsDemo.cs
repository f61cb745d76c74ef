namespace DanVan.Web.Modules.Petitions.Contracts;

/// <summary>The Petitions module's part of the demo.</summary>
public interface IPetitionsDemo
{
    /// <summary>The commune's petitions in every state and the reception calendar; returns rows added.</summary>
    Task<int> SeedAsync(Guid provinceId, Guid communeId, CancellationToken cancellationToken);
}
