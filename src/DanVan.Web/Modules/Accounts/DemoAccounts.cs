using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Accounts;

/// <summary>
/// Demo officers: real-looking names so that the demo's division of work and its notices show people, but accounts
/// without a password, so nobody can sign in as them (an administrator may set one, as for any account).
/// </summary>
internal sealed class DemoAccounts(AppDbContext db, UserManager<AppUser> users, TimeProvider clock) : IDemoAccounts
{
    public async Task<IReadOnlyDictionary<string, string>> SeedMembersAsync(IReadOnlyList<DemoMember> members, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in members)
        {
            var user = await users.FindByEmailAsync(member.Email);
            if (user is null)
            {
                user = AppUser.Create(member.Email, member.FullName, isAdministrator: false, mustChangePassword: true, clock.GetUtcNow().UtcDateTime);
                // Not a confirmed address: no e-mail is ever sent to it (the notices stay in the app).
                user.EmailConfirmed = false;
                var created = await users.CreateAsync(user);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Demo user {member.Email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
                }
            }

            if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.OrganizationId == member.OrganizationId, cancellationToken))
            {
                var organization = await db.Organizations.SingleAsync(o => o.Id == member.OrganizationId, cancellationToken);
                var membership = Membership.Create(user, organization, member.Role, includesSubtree: false, clock.GetUtcNow().UtcDateTime);
                if (member.IsHead)
                {
                    membership.MakeHead();
                }

                db.Memberships.Add(membership);
                await db.SaveChangesAsync(cancellationToken);
            }

            ids[member.Email] = user.Id;
        }

        return ids;
    }
}
