using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>
/// A report is read by the branch of the unit that wrote it, by the branch of the unit that receives it, and by the
/// branch of the unit that consolidates for the receiver under the report's plan; that unit also reads the receiver's
/// own report upward (outside DanVan, or in the parent plan's period), which it drafts (<see cref="ReportDuty"/>).
/// </summary>
internal static class ReportVisibility
{
    public static IQueryable<Report> VisibleTo(this IQueryable<Report> reports, AppDbContext db, OrgScope scope)
    {
        if (scope.IsAdministrator)
        {
            return reports;
        }

        var branch = db.Organizations.VisibleTo(scope, ReportPermissions.View).Select(o => o.Id);
        var consolidated = db.Plans.Where(p => p.ConsolidatorId != null && branch.Contains(p.ConsolidatorId.Value));
        return reports.Where(r => branch.Contains(r.OrganizationId) || branch.Contains(r.ReceiverId)
            || consolidated.Any(p => p.Id == r.Period!.PlanId)
            || consolidated.Any(p => p.OrganizationId == r.OrganizationId && p.ParentPlanId == r.Period!.PlanId));
    }

    /// <summary>The reports units send to the plan's issuer: what completeness and consolidation count (never the issuer's report outside DanVan).</summary>
    public static IQueryable<Report> Incoming(this IQueryable<Report> reports) => reports.Where(r => !r.IsExternal);

    /// <summary>Reports the user reviews: received by a unit where they hold the permission, or under a plan such a unit consolidates (but its own); never a report outside DanVan.</summary>
    public static IQueryable<Report> ReceivedBy(this IQueryable<Report> reports, AppDbContext db, OrgScope scope, string permission)
    {
        var reviewers = db.Organizations.VisibleTo(scope, permission).Select(o => o.Id);
        return reports.Where(r => !r.IsExternal
            && (reviewers.Contains(r.ReceiverId)
                || (r.Period!.Plan!.ConsolidatorId != null && r.OrganizationId != r.Period.Plan.ConsolidatorId && reviewers.Contains(r.Period.Plan.ConsolidatorId.Value))));
    }
}
