using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>
/// Who acts for a plan's issuer on the reports it receives: the issuer's own officers, and those of the unit the plan
/// names to consolidate for it (<see cref="Plan.ConsolidatorId"/>), without a membership at the issuer. The pages, the
/// API and the queries ask here, so a consolidator's rights are the same everywhere.
/// </summary>
internal static class ReportDuty
{
    /// <summary>The user holds the permission at the plan's issuer or at its consolidator (both loaded).</summary>
    public static bool AllowsForIssuer(this OrgScope scope, string permission, Plan plan) =>
        scope.Allows(permission, plan.Organization!) || (plan.Consolidator is { } consolidator && scope.Allows(permission, consolidator));

    /// <summary>
    /// The user reviews a unit's report for the issuer: at the issuer, or at its consolidator unless the report is the
    /// consolidator's own (nobody accepts their own unit's report).
    /// </summary>
    public static bool ReviewsForIssuer(this OrgScope scope, Plan plan, Organization reportingUnit) =>
        scope.Allows(Contracts.ReportPermissions.Review, plan.Organization!)
        || (plan.Consolidator is { } consolidator && consolidator.Id != reportingUnit.Id && scope.Allows(Contracts.ReportPermissions.Review, consolidator));

    /// <summary>
    /// The units whose officers write a unit's report: the unit, and the consolidators of the plans whose consolidation it
    /// carries (the unit's plans under the report's plan; for a report outside DanVan, the report's own plan).
    /// </summary>
    public static IEnumerable<Organization> Writers(Organization unit, IEnumerable<Organization> consolidators) => consolidators.Prepend(unit);
}
