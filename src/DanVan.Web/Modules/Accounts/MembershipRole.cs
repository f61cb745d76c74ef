namespace DanVan.Web.Modules.Accounts;

/// <summary>A role held in one organization. The system-wide Administrator is a flag on the user, not a membership.</summary>
public enum MembershipRole
{
    OrganizationAdmin = 1,
    Leader = 2,
    Officer = 3,
    Inspector = 4,
    Viewer = 5,
}

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
