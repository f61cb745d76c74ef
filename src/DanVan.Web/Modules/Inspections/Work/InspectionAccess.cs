using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Inspections.Work;

/// <summary>
/// Who reaches an inspection: the programme's unit (read with View, run it with Manage, over the subtree their
/// membership gives), the members of its team (whatever their unit: they record the findings), and the inspected
/// units' members once the units are told (they read it with View; their own officers answer with Respond, from a
/// membership of that unit). One rule for every page and list of the module.
/// </summary>
internal static class InspectionAccess
{
    /// <summary>The inspections the user may open.</summary>
    public static IQueryable<Inspection> VisibleTo(this IQueryable<Inspection> inspections, AppDbContext db, OrgScope scope)
    {
        if (scope.IsAdministrator)
        {
            return inspections;
        }

        var userId = scope.UserId ?? "";
        var ofProgrammes = db.InspectionProgrammes.VisibleTo(scope, p => p.Organization!, InspectionPermissions.View).Select(p => p.Id);
        var ofUnits = db.Set<InspectedUnit>().VisibleTo(scope, u => u.Organization!, InspectionPermissions.View).Select(u => u.InspectionId);
        return inspections.Where(i => ofProgrammes.Contains(i.ProgrammeId)
            || i.Team.Any(m => m.UserId == userId)
            || (i.Status != InspectionStatus.Planned && ofUnits.Contains(i.Id)));
    }

    /// <summary>What the user may do on one inspection (its programme's organization and units loaded).</summary>
    public static InspectionRights RightsOf(Inspection inspection, OrgScope scope)
    {
        var organization = inspection.Programme!.Organization!;
        var member = inspection.Team.FirstOrDefault(m => m.UserId == scope.UserId);
        // A unit answers for itself: only a membership of that very unit writes its self-report (not the inspecting
        // unit's officers, nor a superior's over its branch).
        var answering = inspection.Units.Where(u => u.Organization is { } unit && (scope.IsAdministrator
                || scope.Grants.Any(g => g.Holds(InspectionPermissions.Respond) && g.OrganizationId == unit.Id)))
            .Select(u => u.OrganizationId).ToHashSet();
        var manages = scope.Allows(InspectionPermissions.Manage, organization);
        // Once told, an inspected unit's members read it (its inspector, its viewers), whoever of them answers.
        var ofUnit = inspection.Status != InspectionStatus.Planned && (answering.Count > 0 || inspection.Units.Any(u => u.Organization is { } unit && scope.Allows(InspectionPermissions.View, unit)));
        var views = manages || scope.Allows(InspectionPermissions.View, organization) || member is not null || ofUnit;
        return new InspectionRights(views, manages, member is not null || manages, answering);
    }

    public static bool MayPlan(OrgScope scope, Organization organization) => scope.Allows(InspectionPermissions.Manage, organization);
}

/// <param name="Records">Records findings and recommendations: a member of the team, or who runs the programme.</param>
/// <param name="Answers">The inspected units whose self-report the user sends.</param>
public sealed record InspectionRights(bool Views, bool Manages, bool Records, IReadOnlySet<Guid> Answers);
