using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Accounts.Contracts;

/// <summary>What other modules may ask of Accounts: give an existing user (by email) a role in an organization.</summary>
public interface IMemberAssignment
{
    /// <summary>Returns the assigned user's full name; throws a business-rule exception with a user-facing message.</summary>
    Task<string> AssignAsync(string email, Organization organization, MembershipRole role, bool includesSubtree, CancellationToken cancellationToken);
}
