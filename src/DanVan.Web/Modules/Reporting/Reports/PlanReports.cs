using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>Tells the Plans module whether a report gives an account of a task, and whether a plan has reporting periods.</summary>
internal sealed class PlanReports(AppDbContext db) : IPlanReports
{
    public Task<bool> AnyReportOnTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        db.Set<ReportNarrative>().AnyAsync(n => n.TaskId == taskId, cancellationToken);

    public Task<bool> AnyPeriodAsync(Guid planId, CancellationToken cancellationToken) =>
        db.Set<Periods.ReportingPeriod>().AnyAsync(p => p.PlanId == planId, cancellationToken);
}
