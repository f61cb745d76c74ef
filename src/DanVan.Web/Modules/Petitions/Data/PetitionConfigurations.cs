using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Petitions.Calendar;
using DanVan.Web.Modules.Petitions.Receptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Web.Modules.Petitions.Data;

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        builder.ToTable("petitions_petitions");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(20);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(Petition.MaxTitle).UseCollation(VietnameseCollation.Name);
        builder.Property(p => p.Content).HasMaxLength(Petition.MaxText);
        builder.Property(p => p.Place).HasMaxLength(200);
        builder.Property(p => p.ReceivedBy).HasMaxLength(200);
        builder.Property(p => p.HandlerUserId).HasMaxLength(450);
        builder.Property(p => p.HandlerName).HasMaxLength(200);
        builder.Property(p => p.Answer).HasMaxLength(Petition.MaxText);
        builder.Property(p => p.AnswerNumber).HasMaxLength(60);
        builder.Property(p => p.SearchKey).HasMaxLength(2 * Petition.MaxText);
        builder.HasIndex(p => new { p.OrganizationId, p.Status });
        builder.HasIndex(p => new { p.AreaId, p.ReceivedOn });
        builder.HasIndex(p => p.HandlerUserId);
        builder.HasOne(p => p.Area).WithMany().HasForeignKey(p => p.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReceptionSession>().WithMany().HasForeignKey(p => p.ReceptionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Petition>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.HandlerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Person).WithOne().HasForeignKey<Petitioner>(p => p.PetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Files).WithOne().HasForeignKey(f => f.PetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Files).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PetitionerConfiguration : IEntityTypeConfiguration<Petitioner>
{
    public void Configure(EntityTypeBuilder<Petitioner> builder)
    {
        builder.ToTable("petitions_people");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => p.PetitionId).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200).IsSensitive("họ tên người gửi đơn (của người tố cáo: bí mật theo Luật Tố cáo)");
        builder.Property(p => p.Phone).HasMaxLength(20).IsSensitive("liên hệ của người gửi đơn");
        builder.Property(p => p.Email).HasMaxLength(256).IsSensitive("liên hệ của người gửi đơn");
        builder.Property(p => p.Address).HasMaxLength(300).IsSensitive("địa chỉ của người gửi đơn");
    }
}

internal sealed class PetitionEventConfiguration : IEntityTypeConfiguration<PetitionEvent>
{
    public void Configure(EntityTypeBuilder<PetitionEvent> builder)
    {
        builder.ToTable("petitions_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Text).HasMaxLength(2000);
        builder.Property(e => e.By).HasMaxLength(200);
        builder.HasIndex(e => new { e.PetitionId, e.At });
    }
}

internal sealed class PetitionFileConfiguration : IEntityTypeConfiguration<PetitionFile>
{
    public void Configure(EntityTypeBuilder<PetitionFile> builder)
    {
        builder.ToTable("petitions_files");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(120);
        builder.HasIndex(f => f.PetitionId);
    }
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> builder)
    {
        builder.ToTable("petitions_holidays");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Name).HasMaxLength(200);
        builder.HasIndex(h => h.Date).IsUnique();
    }
}

internal sealed class DeadlineRuleConfiguration : IEntityTypeConfiguration<DeadlineRule>
{
    public void Configure(EntityTypeBuilder<DeadlineRule> builder)
    {
        builder.ToTable("petitions_deadlines");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Source).HasMaxLength(300);
        builder.HasIndex(r => new { r.Kind, r.Round }).IsUnique();
    }
}

internal sealed class ReceptionSessionConfiguration : IEntityTypeConfiguration<ReceptionSession>
{
    public void Configure(EntityTypeBuilder<ReceptionSession> builder)
    {
        builder.ToTable("petitions_receptions");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Place).HasMaxLength(200);
        builder.Property(r => r.Host).HasMaxLength(200);
        builder.HasIndex(r => new { r.OrganizationId, r.Date });
        builder.HasIndex(r => r.Date);
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BannedSenderConfiguration : IEntityTypeConfiguration<BannedSender>
{
    public void Configure(EntityTypeBuilder<BannedSender> builder)
    {
        builder.ToTable("petitions_bans");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Hash).HasMaxLength(64);
        builder.HasIndex(b => b.Hash);
        builder.Property(b => b.Label).HasMaxLength(300);
        builder.Property(b => b.Reason).HasMaxLength(500);
        builder.Property(b => b.CreatedBy).HasMaxLength(200);
    }
}

internal sealed class PetitionReminderConfiguration : IEntityTypeConfiguration<PetitionReminder>
{
    public void Configure(EntityTypeBuilder<PetitionReminder> builder)
    {
        builder.ToTable("petitions_reminders");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Deadline).HasMaxLength(40);
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.HasIndex(r => new { r.PetitionId, r.Deadline, r.Kind }).IsUnique();
        builder.HasOne<Petition>().WithMany().HasForeignKey(r => r.PetitionId).OnDelete(DeleteBehavior.Cascade);
    }
}
