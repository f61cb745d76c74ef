using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Web.Modules.Notifications.Data;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Kind).HasMaxLength(32).HasDefaultValue(NoticeKinds.Other);
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(2000);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.Property(n => n.EmailTo).HasMaxLength(256);
        builder.Property(n => n.EmailError).HasMaxLength(500);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => n.EmailSentAt);
        builder.Ignore(n => n.EmailPending);
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("notifications_preferences");
        builder.HasKey(p => new { p.UserId, p.Kind });
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.Kind).HasMaxLength(32);
        // Rows written before the choice had three values meant "no e-mail": the migration fills them so.
        builder.Property(p => p.Delivery).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> builder)
    {
        builder.ToTable("notifications_letters");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.To).HasMaxLength(256).IsSensitive("địa chỉ thư của người dân không có tài khoản");
        builder.Property(l => l.Subject).HasMaxLength(300);
        builder.Property(l => l.Body).HasMaxLength(4000);
        builder.Property(l => l.Error).HasMaxLength(500);
        builder.HasIndex(l => l.SentAt);
    }
}
