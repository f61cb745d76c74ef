using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>A report is read by the branch of the unit that wrote it and by the branch of the unit that receives it.</summary>
internal static class ReportVisibility
{
    public static IQueryable<Report> VisibleTo(this IQueryable<Report> reports, AppDbContext db, OrgScope scope)
    {
        if (scope.IsAdministrator)
        {
            return reports;
        }

        var branch = db.Organizations.VisibleTo(scope, ReportPermissions.View).Select(o => o.Id);
        return reports.Where(r => branch.Contains(r.OrganizationId) || branch.Contains(r.ReceiverId));
    }
}
