using System.Security.Claims;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Accounts.Contracts;

/// <summary>The signed-in user's account state and scope, read from the database once per request.</summary>
public sealed class CurrentUser(IHttpContextAccessor httpContextAccessor, AppDbContext db, PermissionCatalog permissions) : IScopeSource
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
            .Select(m => new { m.OrganizationId, m.Organization!.Path, m.IncludesSubtree, m.Role })
            .ToListAsync(cancellationToken);
        return state = new AccountState(true, account.FullName, account.Email ?? "", account.MustChangePassword, account.IsAdministrator && !account.TwoFactorEnabled, new OrgScope(id, account.IsAdministrator, grants.Select(g => new ScopeGrant(g.OrganizationId, g.Path, g.IncludesSubtree, g.Role, permissions.Of(g.Role))).ToList()));
    }

    public async Task<OrgScope> GetScopeAsync(CancellationToken cancellationToken = default) =>
        (await GetStateAsync(cancellationToken)).Scope;
}

public sealed record AccountState(bool IsKnown, string FullName, string Email, bool MustChangePassword, bool MustEnableTwoFactor, OrgScope Scope)
{
    public static readonly AccountState Anonymous = new(false, "", "", false, false, OrgScope.Nobody);
}
