namespace DanVan.Web.Modules.Reporting.Contracts;

/// <summary>How a unit kept its reporting deadlines, for other modules (an evaluation's task points).</summary>
public interface IReportTimeliness
{
    /// <summary>
    /// The unit's reports whose deadline falls in [<paramref name="from"/>, <paramref name="to"/>] and has passed by
    /// <paramref name="today"/>, and how many of them stood sent by it (the one rule of "on time" of the report pages).
    /// </summary>
    Task<(int Due, int OnTime)> CountAsync(Guid unitId, DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken);
}
