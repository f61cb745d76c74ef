using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Reporting.Reports;

internal sealed class ReportTimelinessCounts(AppDbContext db) : IReportTimeliness
{
    public async Task<(int Due, int OnTime)> CountAsync(Guid unitId, DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        var reports = await db.Reports.AsNoTracking().Include(r => r.Period)
            .Where(r => r.OrganizationId == unitId && ((r.Period!.DueOn >= from && r.Period.DueOn <= to) || (r.Period.ExternalDueOn >= from && r.Period.ExternalDueOn <= to)))
            .ToListAsync(cancellationToken);
        var due = reports.Where(r => r.DueOn >= from && r.DueOn <= to && r.DueOn < today).ToList();
        return (due.Count, due.Count(r => ReportTimeliness.Of(r.Status, r.SubmittedAt, r.DueOn, today) == Timeliness.OnTime));
    }
}
