using DanVan.Web.Infrastructure.Auth;

namespace DanVan.Web.Modules.Accounts.Contracts;

/// <param name="Email">An address under the reserved .invalid domain; it is left unconfirmed, so no e-mail is sent to it.</param>
/// <param name="IsHead">A Leader made the unit's head (người đứng đầu).</param>
public sealed record DemoMember(string Email, string FullName, Guid OrganizationId, MembershipRole Role, bool IsHead = false);

/// <summary>The Accounts module's part of the demo: named officers of a unit, who cannot sign in (they have no password).</summary>
public interface IDemoAccounts
{
    /// <summary>Creates the users and memberships that do not exist yet; returns each member's user id by e-mail.</summary>
    Task<IReadOnlyDictionary<string, string>> SeedMembersAsync(IReadOnlyList<DemoMember> members, CancellationToken cancellationToken);
}
