using DanVan.Web.Modules.Organizations;
using System.Linq.Expressions;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>
/// Who may read a plan: the branch of the organization that issued it, and the units below that
/// organization, because a plan is sent down to the levels that carry it out (Nơi nhận). A commune sees
/// the provincial plan it implements; it never sees another commune's plan.
/// </summary>
public static class PlanVisibility
{
    public static IQueryable<Plan> VisibleTo(this IQueryable<Plan> plans, AppDbContext db, OrgScope scope)
    {
        if (scope.IsAdministrator)
        {
            return plans;
        }

        // The issuer's own row is tested (its id or path prefix), not looked up among every unit of the branch.
        var own = OrgScopeQueries.Covering<Plan, Organization>(scope, p => p.Organization!, PlanPermissions.View);
        var above = Above(scope);
        var issuer = Expression.Property(own.Parameters[0], nameof(Plan.OrganizationId));
        var fromAbove = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], Expression.Constant(above), issuer);
        return plans.Where(Expression.Lambda<Func<Plan, bool>>(Expression.OrElse(own.Body, fromAbove), own.Parameters));
    }

    /// <summary>Documents from outside DanVan are shared by all; a plan's document follows the plan's rule.</summary>
    public static IQueryable<OfficialDocument> VisibleTo(this IQueryable<OfficialDocument> documents, AppDbContext db, OrgScope scope)
    {
        if (scope.IsAdministrator)
        {
            return documents;
        }

        var (own, above) = Issuers(db, scope);
        return documents.Where(d => d.OrganizationId == null || own.Contains(d.OrganizationId.Value) || above.Contains(d.OrganizationId.Value));
    }

    public static Task<Plan?> FindVisibleAsync(this AppDbContext db, OrgScope scope, Guid id, CancellationToken cancellationToken) =>
        db.Plans.VisibleTo(db, scope).Include(p => p.Document).Include(p => p.Organization).Include(p => p.Consolidator).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>
    /// The issuers whose plans reach the user: organizations of the user's branch, and those above (and at)
    /// each unit the user belongs to.
    /// </summary>
    private static (IQueryable<Guid> Own, List<Guid> Above) Issuers(AppDbContext db, OrgScope scope) => (
        db.Organizations.VisibleTo(scope, PlanPermissions.View).Select(o => o.Id),
        Above(scope));

    /// <summary>The units above (and at) each unit the user belongs to.</summary>
    private static List<Guid> Above(OrgScope scope) => scope.Grants
        .Where(g => g.Holds(PlanPermissions.View))
        .SelectMany(g => g.Path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        .Select(Guid.Parse)
        .Distinct()
        .ToList();
}
