using System.Security.Claims;
using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure.Auth;

/// <summary>The signed-in user's account state and scope, read from the database once per request.</summary>
public sealed class CurrentUser(IHttpContextAccessor httpContextAccessor, AppDbContext db)
{
    private AccountState? state;

    public string? Id => httpContextAccessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<AccountState> GetStateAsync(CancellationToken cancellationToken = default)
    {
        if (state is not null)
        {
            return state;
        }

        var id = Id;
        if (id is null)
        {
            return state = AccountState.Anonymous;
        }

        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.FullName, u.Email, u.IsAdministrator, u.MustChangePassword, u.TwoFactorEnabled, u.IsActive })
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null || !account.IsActive)
        {
            return state = AccountState.Anonymous;
        }

        var grants = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == id)
            .Select(m => new ScopeGrant(m.OrganizationId, m.Organization!.Path, m.IncludesSubtree, m.Role))
            .ToListAsync(cancellationToken);
        return state = new AccountState(true, account.FullName, account.Email ?? "", account.MustChangePassword, account.IsAdministrator && !account.TwoFactorEnabled, new OrgScope(id, account.IsAdministrator, grants));
    }

    public async Task<OrgScope> GetScopeAsync(CancellationToken cancellationToken = default) =>
        (await GetStateAsync(cancellationToken)).Scope;
}

public sealed record AccountState(bool IsKnown, string FullName, string Email, bool MustChangePassword, bool MustEnableTwoFactor, OrgScope Scope)
{
    public static readonly AccountState Anonymous = new(false, "", "", false, false, OrgScope.Nobody);
}
