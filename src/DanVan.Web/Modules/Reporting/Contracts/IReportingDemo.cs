namespace DanVan.Web.Modules.Reporting.Contracts;

/// <summary>Demo reporting history for a plan, so that a newcomer sees a living system.</summary>
public interface IReportingDemo
{
    /// <summary>
    /// Opens the plan's 6-month period of <paramref name="year"/> (deadline passed: accepted, returned, late and
    /// missing reports) and its annual period (still open: a few drafts and submissions). Does nothing when the
    /// plan already has periods. Returns the number of reports filed.
    /// </summary>
    Task<int> SeedAsync(Guid planId, int year, CancellationToken cancellationToken);
}
