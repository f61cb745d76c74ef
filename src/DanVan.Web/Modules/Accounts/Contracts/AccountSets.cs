using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Accounts.Contracts;

/// <summary>The Accounts module's tables, read as <c>db.Users</c>; a module's data is changed only by that module (its entities' methods).</summary>
public static class AccountSets
{
    extension(AppDbContext db)
    {
        public DbSet<AppUser> Users => db.Set<AppUser>();

        public DbSet<Membership> Memberships => db.Set<Membership>();

        public DbSet<AccessToken> AccessTokens => db.Set<AccessToken>();
    }
}
