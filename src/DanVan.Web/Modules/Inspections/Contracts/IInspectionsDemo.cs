namespace DanVan.Web.Modules.Inspections.Contracts;

/// <summary>The Inspections module's part of the demo (after the plans and their work exist).</summary>
public interface IInspectionsDemo
{
    /// <summary>The province's 2026 inspection of the commune's plan, concluded, with one recommendation done and one overdue; returns rows added.</summary>
    Task<int> SeedAsync(Guid provinceId, Guid communeId, CancellationToken cancellationToken);
}
