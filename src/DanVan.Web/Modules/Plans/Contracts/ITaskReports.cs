namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>
/// Whether a report gives an account of a task: the Reporting module answers it, so that a task units have reported
/// on is never removed from its plan.
/// </summary>
public interface ITaskReports
{
    Task<bool> AnyReportOnAsync(Guid taskId, CancellationToken cancellationToken);
}
