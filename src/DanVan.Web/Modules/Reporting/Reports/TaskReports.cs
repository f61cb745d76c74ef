using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>Tells the Plans module whether any report gives an account of a task (its results, limitations or proposals).</summary>
internal sealed class TaskReports(AppDbContext db) : ITaskReports
{
    public Task<bool> AnyReportOnAsync(Guid taskId, CancellationToken cancellationToken) =>
        db.Set<ReportNarrative>().AnyAsync(n => n.TaskId == taskId, cancellationToken);
}
