using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Accounts.Contracts;

/// <summary>What other modules may ask of Accounts: give an existing user (by email) a role in an organization, or take it back.</summary>
public interface IMemberAssignment
{
    /// <summary>
    /// Returns the assigned user's full name; throws a business-rule exception with a user-facing message, an
    /// <see cref="AccessDeniedException"/> when the granter does not hold what is granted.
    /// </summary>
    Task<string> AssignAsync(OrgScope granter, string email, Organization organization, MembershipRole role, bool includesSubtree, CancellationToken cancellationToken);

    /// <summary>
    /// Revokes a membership (the granter must hold what it grants, as for granting it) and ends every session of its
    /// user: they sign in again with what they still hold. Throws an <see cref="AccessDeniedException"/> otherwise.
    /// </summary>
    Task RevokeAsync(OrgScope granter, Guid membershipId, CancellationToken cancellationToken);

    /// <summary>
    /// Makes a Leader membership the head (người đứng đầu) of its unit, the former head no longer; the granter must
    /// hold what the membership grants. Throws an <see cref="AccessDeniedException"/> otherwise.
    /// </summary>
    Task MakeHeadAsync(OrgScope granter, Guid membershipId, CancellationToken cancellationToken);
}
