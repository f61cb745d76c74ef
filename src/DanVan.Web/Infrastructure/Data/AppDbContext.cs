using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// The one database context of DanVan, on SQLite or PostgreSQL. It knows no module: each module registers its
/// entity configurations (<see cref="ModuleModelSetup.AddEntityModel"/>) and offers its sets as extension
/// properties in its <c>Data/</c> folder. Tables carry the module's prefix because SQLite has no schemas. One
/// subclass per engine (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>) owns that engine's
/// generated migrations; everything else asks for <see cref="AppDbContext"/>.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, IEnumerable<ModuleModel> modules) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The cookie-protection key ring, shared by every server on the database (encrypted when a certificate is set).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DatabaseProvider Provider => Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (Provider == DatabaseProvider.Postgres)
        {
            // SQLite gets the same order from a function registered on each connection (VietnameseCollation).
            builder.HasCollation(VietnameseCollation.Name, locale: "vi-VN", provider: "icu");
        }

        builder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("dataprotection_keys");
            key.Property(k => k.Xml).IsSecret();
        });
        ModuleModel.ApplyAll(builder, modules.ToList(), Provider);
    }
}

/// <summary>The context on SQLite, with the SQLite migrations (Migrations/Sqlite).</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, IEnumerable<ModuleModel> modules) : AppDbContext(options, modules);

/// <summary>The context on PostgreSQL, with the PostgreSQL migrations (Migrations/Postgres).</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, IEnumerable<ModuleModel> modules) : AppDbContext(options, modules);
