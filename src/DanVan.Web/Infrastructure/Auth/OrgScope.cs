using System.Linq.Expressions;

namespace DanVan.Web.Infrastructure.Auth;

/// <summary>One membership as the authorization code sees it, with the permissions its role holds.</summary>
public sealed record ScopeGrant(Guid OrganizationId, string Path, bool IncludesSubtree, MembershipRole Role, IReadOnlySet<string> Permissions)
{
    public bool Holds(string permission) => Permissions.Contains(permission);

    public bool Covers(IScopedUnit organization) =>
        organization.Id == OrganizationId || (IncludesSubtree && organization.Path.StartsWith(Path, StringComparison.Ordinal));
}

/// <summary>What the current user may reach in the organization tree: their branch of the hierarchy.</summary>
public sealed record OrgScope(string? UserId, bool IsAdministrator, IReadOnlyList<ScopeGrant> Grants)
{
    public static readonly OrgScope Nobody = new(null, false, []);

    /// <summary>The server's operator at the command line, who holds everything.</summary>
    public static readonly OrgScope Operator = new(null, true, []);

    public bool Allows(string permission, IScopedUnit organization) =>
        IsAdministrator || Grants.Any(g => g.Holds(permission) && g.Covers(organization));

    /// <summary>
    /// Whether the user may grant (or revoke) this membership: nobody grants more than they hold. One of their own
    /// grants must manage memberships, cover the organization, reach as far (a grant with the subtree only from a
    /// grant with the subtree) and hold every permission of the role (<paramref name="rolePermissions"/>, from the
    /// <see cref="PermissionCatalog"/>).
    /// </summary>
    public bool MayGrant(IScopedUnit organization, IReadOnlySet<string> rolePermissions, bool includesSubtree, string managePermission) =>
        IsAdministrator || Grants.Any(g => g.Holds(managePermission) && g.Covers(organization)
            && (!includesSubtree || g.IncludesSubtree) && rolePermissions.IsSubsetOf(g.Permissions));

    /// <summary>Whether the user may do this anywhere (to show or hide a menu entry).</summary>
    public bool HoldsAnywhere(string permission) => IsAdministrator || Grants.Any(g => g.Holds(permission));
}

/// <summary>The one scoping helper: every list of organization-owned data goes through it.</summary>
public static class OrgScopeQueries
{
    /// <summary>Keeps the units the scope covers for <paramref name="permission"/>.</summary>
    public static IQueryable<TUnit> VisibleTo<TUnit>(this IQueryable<TUnit> query, OrgScope scope, string permission)
        where TUnit : IScopedUnit =>
        query.VisibleTo(scope, o => o, permission);

    /// <summary>Keeps the rows whose organization (reached by <paramref name="organizationOf"/>) the scope covers.</summary>
    public static IQueryable<T> VisibleTo<T, TUnit>(this IQueryable<T> query, OrgScope scope, Expression<Func<T, TUnit>> organizationOf, string permission)
        where TUnit : IScopedUnit =>
        scope.IsAdministrator ? query : query.Where(Covering(scope, organizationOf, permission));

    /// <summary>
    /// Whether the scope covers a row's organization, as a condition on that row (the organization's id or path
    /// prefix, never a list of every unit in the branch), to combine with other conditions.
    /// </summary>
    public static Expression<Func<T, bool>> Covering<T, TUnit>(OrgScope scope, Expression<Func<T, TUnit>> organizationOf, string permission)
        where TUnit : IScopedUnit
    {
        var row = organizationOf.Parameters[0];
        var organization = organizationOf.Body;
        Expression any = Expression.Constant(scope.IsAdministrator);
        foreach (var grant in scope.IsAdministrator ? [] : scope.Grants.Where(g => g.Holds(permission)))
        {
            var id = Expression.Property(organization, nameof(IScopedUnit.Id));
            Expression test = Expression.Equal(id, Expression.Constant(grant.OrganizationId));
            if (grant.IncludesSubtree)
            {
                var path = Expression.Property(organization, nameof(IScopedUnit.Path));
                test = Expression.Call(path, nameof(string.StartsWith), Type.EmptyTypes, Expression.Constant(grant.Path));
            }

            any = any is ConstantExpression ? test : Expression.OrElse(any, test);
        }

        return Expression.Lambda<Func<T, bool>>(any, row);
    }
}
