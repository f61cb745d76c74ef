namespace DanVan.Web.Modules.Evaluation.Contracts;

/// <summary>The Evaluation module's part of the demo.</summary>
public interface IEvaluationDemo
{
    /// <summary>The commune's 2026 round of its units, self-assessed and at the appraisal step; returns rows added.</summary>
    Task<int> SeedAsync(Guid communeId, CancellationToken cancellationToken);
}
