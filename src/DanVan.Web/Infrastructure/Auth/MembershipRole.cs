namespace DanVan.Web.Infrastructure.Auth;

/// <summary>A role held in one organization. The system-wide Administrator is a flag on the user, not a membership.</summary>
public enum MembershipRole
{
    OrganizationAdmin = 1,
    Leader = 2,
    Officer = 3,
    Inspector = 4,
    Viewer = 5,
}
