using DanVan.Web.Infrastructure.Auth;

namespace DanVan.Web.Modules.Accounts.Contracts;

/// <summary>How a role is named to users.</summary>
public static class MembershipRoleNames
{
    public static string Vietnamese(this MembershipRole role) => role switch
    {
        MembershipRole.OrganizationAdmin => "Quản trị đơn vị",
        MembershipRole.Leader => "Lãnh đạo",
        MembershipRole.Officer => "Cán bộ chuyên trách",
        MembershipRole.Inspector => "Kiểm tra, giám sát",
        MembershipRole.Viewer => "Xem",
        _ => role.ToString(),
    };
}
