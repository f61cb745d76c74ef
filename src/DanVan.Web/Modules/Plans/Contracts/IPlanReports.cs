namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>
/// What the Reporting module knows of a plan that the Plans module must respect: a task a report gives an account of
/// is never removed from its plan; a plan with a reporting period is never withdrawn.
/// </summary>
public interface IPlanReports
{
    Task<bool> AnyReportOnTaskAsync(Guid taskId, CancellationToken cancellationToken);

    Task<bool> AnyPeriodAsync(Guid planId, CancellationToken cancellationToken);
}
