using System.Linq.Expressions;
using DanVan.Web.Infrastructure.Auth;

namespace DanVan.Web.Modules.Organizations.Contracts;

/// <summary>The scoping helper with the permission most lists need: seeing the organization.</summary>
public static class OrganizationScopeQueries
{
    public static IQueryable<Organization> VisibleTo(this IQueryable<Organization> query, OrgScope scope) =>
        query.VisibleTo(scope, OrganizationPermissions.View);

    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, OrgScope scope, Expression<Func<T, Organization>> organizationOf) =>
        query.VisibleTo(scope, organizationOf, OrganizationPermissions.View);
}
