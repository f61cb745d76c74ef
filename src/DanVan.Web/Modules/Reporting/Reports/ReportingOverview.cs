using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Reporting.Reports;

internal sealed class ReportingOverview(AppDbContext db, TimeProvider clock) : IReportingOverview
{
    public async Task<ReportingSummary> ForAsync(OrgScope scope, int take, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var reports = db.Reports.AsNoTracking();
        var received = reports.Incoming();
        var mine = reports;
        if (!scope.IsAdministrator)
        {
            var writes = db.Organizations.VisibleTo(scope, ReportPermissions.Write).Select(o => o.Id);
            received = reports.ReceivedBy(db, scope, ReportPermissions.Review);
            mine = reports.Where(r => writes.Contains(r.OrganizationId));
        }

        var overdue = received.Where(ReportTimeliness.OwedPastDue(today)).Where(r => !r.Organization!.IsArchived);
        var owed = mine.Where(r => (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned) && !r.Organization!.IsArchived);
        var overdueRows = await Lines(overdue.OrderBy(r => (r.IsExternal && r.Period!.ExternalDueOn != null ? r.Period.ExternalDueOn.Value : r.Period!.DueOn)).ThenBy(r => r.Organization!.Name), take, cancellationToken);
        var owedRows = await Lines(owed.OrderBy(r => r.Status != ReportStatus.Returned).ThenBy(r => (r.IsExternal && r.Period!.ExternalDueOn != null ? r.Period.ExternalDueOn.Value : r.Period!.DueOn)), take, cancellationToken);
        return new ReportingSummary(
            await overdue.CountAsync(cancellationToken), overdueRows.Select(r => r.ToDue(today)).ToList(),
            await owed.CountAsync(cancellationToken), owedRows.Select(r => r.ToDue(today)).ToList());
    }

    private static Task<List<Line>> Lines(IQueryable<Report> query, int take, CancellationToken cancellationToken) =>
        query.Take(take).Select(r => new Line(r.Id, r.Organization!.Name, r.Period!.Title, (r.IsExternal && r.Period!.ExternalDueOn != null ? r.Period.ExternalDueOn.Value : r.Period!.DueOn), r.Status)).ToListAsync(cancellationToken);

    private sealed record Line(Guid Id, string Unit, string Period, DateOnly DueOn, ReportStatus Status)
    {
        public ReportDue ToDue(DateOnly today) => new(Id, Unit, Period, DueOn, DueOn.DayNumber - today.DayNumber, Status.Vietnamese(), Status == ReportStatus.Returned);
    }
}
