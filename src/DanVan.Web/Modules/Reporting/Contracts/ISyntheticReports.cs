using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Reporting.Contracts;

/// <summary>The Reporting module's part of the benchmark's synthetic national dataset.</summary>
public interface ISyntheticReports
{
    /// <summary>
    /// An indicator catalog (every tenth a ratio of the two before it, one block of ten in three entered per village), the plan's
    /// periods, and per period one report per unit (about 3% missing) with a narrative and every value, village by
    /// village where the indicator asks it; the rows are bulk-copied. Returns what was written.
    /// </summary>
    Task<(int Reports, long Values)> GenerateAsync(Guid planId, Guid taskId, SyntheticTree tree, int indicators, int periods, CancellationToken cancellationToken);
}
