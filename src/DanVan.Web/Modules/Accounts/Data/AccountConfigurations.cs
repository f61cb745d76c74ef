using DanVan.Web.Modules.Audit;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Web.Modules.Accounts.Data;

/// <summary>
/// The account, mapped as ASP.NET Core Identity's own user context maps it (schema version 1: keys, the two
/// normalized-name indexes, lengths, the concurrency stamp, claims, logins and tokens), so that Identity's
/// EF store works on DanVan's context without the context naming this module.
/// </summary>
internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.ToTable("accounts_users");
        user.HasKey(u => u.Id);
        user.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
        user.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex");
        user.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
        user.Property(u => u.UserName).HasMaxLength(256);
        user.Property(u => u.NormalizedUserName).HasMaxLength(256);
        user.Property(u => u.Email).HasMaxLength(256);
        user.Property(u => u.NormalizedEmail).HasMaxLength(256);
        user.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        user.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
        user.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();

        user.Property(u => u.FullName).HasMaxLength(200).UseCollation(VietnameseCollation.Name);
        user.Property(u => u.SearchKey).HasMaxLength(500);
        user.Property(u => u.Email).IsSensitive("liên hệ cá nhân của người dùng");
        user.Property(u => u.UserName).IsSensitive("tên đăng nhập là email cá nhân");
        user.Property(u => u.PhoneNumber).IsSensitive("liên hệ cá nhân của người dùng");
        user.Property(u => u.PasswordHash).IsSecret();
        user.Property(u => u.SecurityStamp).IsSecret();
        user.Property(u => u.ConcurrencyStamp).IsSecret();
    }
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> claim)
    {
        claim.ToTable("accounts_user_claims");
        claim.HasKey(c => c.Id);
    }
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> login)
    {
        login.ToTable("accounts_user_logins");
        login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
    }
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> token)
    {
        token.ToTable("accounts_user_tokens");
        token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        token.Property(t => t.Value).IsSecret();
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("accounts_memberships");
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(m => new { m.UserId, m.OrganizationId, m.Role }).IsUnique();
        builder.HasIndex(m => m.OrganizationId);
        builder.HasOne(m => m.User).WithMany(u => u.Memberships).HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> builder)
    {
        builder.ToTable("accounts_access_tokens");
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Hash).HasMaxLength(64).IsSecret();
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.Property(t => t.Hint).HasMaxLength(16);
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
