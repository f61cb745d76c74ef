namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>The Plans module's part of the benchmark's synthetic national dataset: one plan of the central body with one ongoing task.</summary>
public interface ISyntheticPlan
{
    Task<(Guid PlanId, Guid TaskId)> GenerateAsync(Guid rootId, CancellationToken cancellationToken);
}
