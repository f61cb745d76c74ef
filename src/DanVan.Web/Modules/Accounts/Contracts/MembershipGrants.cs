using DanVan.Web.Infrastructure.Auth;

namespace DanVan.Web.Modules.Accounts.Contracts;

public static class MembershipGrants
{
    /// <summary>Whether the user may grant or revoke this membership (see <see cref="OrgScope.MayGrant"/>): nobody grants more than they hold.</summary>
    public static bool MayGrant(this OrgScope scope, PermissionCatalog catalog, IScopedUnit organization, MembershipRole role, bool includesSubtree) =>
        scope.MayGrant(organization, catalog.Of(role), includesSubtree, AccountPermissions.MembershipsManage);
}
