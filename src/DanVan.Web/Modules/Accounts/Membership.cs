using DanVan.Web.Modules.Organizations;
using DanVan.Web.Infrastructure.Auth;

namespace DanVan.Web.Modules.Accounts;

/// <summary>Phân công cán bộ: a user holds a role in an organization, for that unit alone or its whole subtree.</summary>
public sealed class Membership
{
    private Membership()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string UserId { get; private set; } = "";

    public AppUser? User { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public MembershipRole Role { get; private set; }

    public bool IncludesSubtree { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The unit's head (người đứng đầu): one Leader membership of the unit itself, evaluated beside the unit.</summary>
    public bool IsHead { get; private set; }

    /// <summary>Makes this Leader membership the unit's head (the caller clears the former head's).</summary>
    public void MakeHead()
    {
        if (Role != MembershipRole.Leader)
        {
            throw new Infrastructure.Errors.BusinessRuleException("Chỉ cán bộ có vai trò lãnh đạo mới là người đứng đầu đơn vị.");
        }

        IsHead = true;
    }

    public void NoLongerHead() => IsHead = false;

    public static Membership Create(AppUser user, Organization organization, MembershipRole role, bool includesSubtree, DateTime utcNow) => new()
    {
        UserId = user.Id,
        User = user,
        OrganizationId = organization.Id,
        Organization = organization,
        Role = role,
        IncludesSubtree = includesSubtree,
        CreatedAt = utcNow,
    };
}
