namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>The Plans module's part of the demo after the plans are imported: a year of work on the tasks' cycles.</summary>
public interface IPlanDemo
{
    /// <summary>Progress, completions and evidence on the demo plans' cycles; nothing when some exist already.</summary>
    Task<int> SeedProgressAsync(CancellationToken cancellationToken);
}
