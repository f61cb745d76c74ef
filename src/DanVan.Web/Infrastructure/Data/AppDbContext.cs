using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Audit;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Modules.Notifications;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Plans.Progress;
using DanVan.Web.Modules.Reporting.Documents;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reminders;
using DanVan.Web.Modules.Reporting.Reports;
using DanVan.Web.Modules.Reporting.Targets;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// The one database context of DanVan, on SQLite or PostgreSQL. Each module configures its own entities in
/// its <c>Data/</c> folder; tables carry the module's prefix because SQLite has no schemas.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityUserContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>The cookie-protection key ring, shared by every server on the database (encrypted when a certificate is set).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<OrganizationKind> OrganizationKinds => Set<OrganizationKind>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OfficialDocument> Documents => Set<OfficialDocument>();

    public DbSet<DocumentCitation> DocumentCitations => Set<DocumentCitation>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();

    public DbSet<TaskAssignment> TaskAssignments => Set<TaskAssignment>();

    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();

    public DbSet<TaskProgress> TaskProgress => Set<TaskProgress>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<ReportingSchedule> ReportingSchedules => Set<ReportingSchedule>();

    public DbSet<ReportingPeriod> ReportingPeriods => Set<ReportingPeriod>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ReportEvent> ReportEvents => Set<ReportEvent>();

    public DbSet<ReportReminder> ReportReminders => Set<ReportReminder>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();

    public DbSet<DocumentCounter> DocumentCounters => Set<DocumentCounter>();

    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(user =>
        {
            user.ToTable("accounts_users");
            user.Property(u => u.FullName).HasMaxLength(200).UseCollation(VietnameseCollation.Name);
            user.Property(u => u.SearchKey).HasMaxLength(500);
            user.Property(u => u.Email).IsSensitive("liên hệ cá nhân của người dùng");
            user.Property(u => u.UserName).IsSensitive("tên đăng nhập là email cá nhân");
            user.Property(u => u.PhoneNumber).IsSensitive("liên hệ cá nhân của người dùng");
            user.Property(u => u.PasswordHash).IsSecret();
            user.Property(u => u.SecurityStamp).IsSecret();
            user.Property(u => u.ConcurrencyStamp).IsSecret();
        });
        builder.Entity<IdentityUserClaim<string>>().ToTable("accounts_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("accounts_user_logins");
        builder.Entity<IdentityUserToken<string>>(token =>
        {
            token.ToTable("accounts_user_tokens");
            token.Property(t => t.Value).IsSecret();
        });
        builder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("dataprotection_keys");
            key.Property(k => k.Xml).IsSecret();
        });
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // "Path starts with" (a subtree) cannot use the plain index under a non-C collation; see the migration.
            builder.Entity<Organization>().HasIndex(o => o.Path, "IX_organizations_units_Path_prefix").HasOperators("varchar_pattern_ops");
        }
    }
}
