using DanVan.Web.Modules.Accounts;

namespace DanVan.Web.Infrastructure.Auth;

/// <summary>
/// Named permissions. Those in <see cref="OrganizationScoped"/> are checked against an organization (the
/// resource) and the user's memberships; the others are held by system administrators only.
/// </summary>
public static class Permissions
{
    public const string OrganizationsView = "organizations.view";
    public const string OrganizationsManage = "organizations.manage";
    public const string MembershipsManage = "memberships.manage";
    public const string PlansView = "plans.view";
    public const string PlansManage = "plans.manage";
    public const string ReportsView = "reports.view";
    public const string ReportsWrite = "reports.write";
    public const string ReportsReview = "reports.review";

    public const string UsersManage = "users.manage";
    public const string ReferenceDataManage = "reference.manage";
    public const string AuditView = "audit.view";

    public static readonly IReadOnlyList<string> OrganizationScoped = [OrganizationsView, OrganizationsManage, MembershipsManage, PlansView, PlansManage, ReportsView, ReportsWrite, ReportsReview];

    public static readonly IReadOnlyList<string> AdministratorOnly = [UsersManage, ReferenceDataManage, AuditView];

    private static readonly Dictionary<MembershipRole, HashSet<string>> ByRole = new()
    {
        [MembershipRole.OrganizationAdmin] = [OrganizationsView, OrganizationsManage, MembershipsManage, PlansView, PlansManage, ReportsView, ReportsWrite, ReportsReview],
        [MembershipRole.Leader] = [OrganizationsView, PlansView, PlansManage, ReportsView, ReportsWrite, ReportsReview],
        [MembershipRole.Officer] = [OrganizationsView, PlansView, PlansManage, ReportsView, ReportsWrite, ReportsReview],
        [MembershipRole.Inspector] = [OrganizationsView, PlansView, ReportsView],
        [MembershipRole.Viewer] = [OrganizationsView, PlansView, ReportsView],
    };

    public static bool Grants(this MembershipRole role, string permission) =>
        ByRole.TryGetValue(role, out var granted) && granted.Contains(permission);

    /// <summary>Whether every permission of <paramref name="role"/> is also held by <paramref name="holder"/>.</summary>
    public static bool IsWithin(this MembershipRole role, MembershipRole holder) =>
        ByRole.TryGetValue(role, out var wanted) && ByRole.TryGetValue(holder, out var held) && wanted.IsSubsetOf(held);
}
