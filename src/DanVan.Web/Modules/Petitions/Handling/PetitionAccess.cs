using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions.Contracts;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions.Handling;

/// <summary>
/// Who reaches a case, one rule for every page and list: the handling unit's branch reads it (View), the unit's own
/// staff handle it and read who sent it (Handle, from a membership of that very unit), the assigned handler always;
/// a denouncer is read by the assigned handler alone (Luật Tố cáo, Art. 47). The Fatherland Front of the level
/// reads the cases of its committee's branch, without the people, and records its supervision.
/// </summary>
internal static class PetitionAccess
{
    public static async Task<IQueryable<Petition>> VisibleToAsync(this IQueryable<Petition> petitions, AppDbContext db, OrgScope scope, CancellationToken cancellationToken)
    {
        if (scope.IsAdministrator)
        {
            return petitions;
        }

        var userId = scope.UserId ?? "";
        var branches = await FrontBranchesAsync(db, scope, cancellationToken);
        var viewed = db.Petitions.VisibleTo(scope, p => p.Organization!, PetitionPermissions.View).Select(p => p.Id);
        Expression<Func<Petition, bool>> allowed = p => viewed.Contains(p.Id) || p.HandlerUserId == userId;
        foreach (var (branch, areaId) in branches)
        {
            Expression<Func<Petition, bool>> supervised = p => p.Organization!.Path.StartsWith(branch) && p.Organization.AreaId == areaId;
            allowed = Expression.Lambda<Func<Petition, bool>>(Expression.OrElse(allowed.Body, Expression.Invoke(supervised, allowed.Parameters[0])), allowed.Parameters[0]);
        }

        return petitions.Where(allowed);
    }

    /// <summary>
    /// What the user's Fatherland Front units supervise: the bodies of their own level (the same area) in their
    /// committee's (the parent's) branch, as the Front of a level supervises the bodies of that level.
    /// </summary>
    public static async Task<IReadOnlyList<(string Path, Guid AreaId)>> FrontBranchesAsync(AppDbContext db, OrgScope scope, CancellationToken cancellationToken)
    {
        var units = scope.Grants.Where(g => g.Holds(PetitionPermissions.Handle)).Select(g => g.OrganizationId).ToList();
        if (units.Count == 0)
        {
            return [];
        }

        var fronts = await db.Organizations.AsNoTracking().Where(o => units.Contains(o.Id) && o.Kind!.Code == "mttq" && o.Parent != null)
            .Select(o => new { o.Parent!.Path, o.AreaId }).ToListAsync(cancellationToken);
        return fronts.Select(f => (f.Path, f.AreaId)).Distinct().ToList();
    }

    public static PetitionRights RightsOf(Petition petition, OrgScope scope, IReadOnlyList<(string Path, Guid AreaId)> frontBranches)
    {
        var organization = petition.Organization!;
        var handler = petition.HandlerUserId is { } id && id == scope.UserId;
        var ofUnit = scope.Grants.Any(g => g.OrganizationId == petition.OrganizationId && g.Holds(PetitionPermissions.Handle));
        var supervises = frontBranches.Any(b => organization.Path.StartsWith(b.Path, StringComparison.Ordinal) && organization.AreaId == b.AreaId);
        var views = scope.IsAdministrator || handler || ofUnit || supervises || scope.Allows(PetitionPermissions.View, organization);
        var seesPerson = petition.Kind == PetitionKind.Denunciation ? handler : handler || ofUnit;
        return new PetitionRights(views, ofUnit || handler, ofUnit, seesPerson, supervises);
    }
}

/// <param name="Handles">Takes the steps of the case: the unit's staff, or its handler.</param>
/// <param name="Leads">Assigns a handler, transfers, merges: the unit's own staff.</param>
/// <param name="SeesPerson">Reads who sent it (each read audited).</param>
/// <param name="Supervises">The Fatherland Front of the level: reads, and records its supervision.</param>
public sealed record PetitionRights(bool Views, bool Handles, bool Leads, bool SeesPerson, bool Supervises);
