using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Reporting.Documents;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reminders;
using DanVan.Web.Modules.Reporting.Reports;
using DanVan.Web.Modules.Reporting.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Web.Modules.Reporting.Data;

internal sealed class ReportingScheduleConfiguration : IEntityTypeConfiguration<ReportingSchedule>
{
    public void Configure(EntityTypeBuilder<ReportingSchedule> builder)
    {
        builder.ToTable("reporting_schedules");
        builder.HasKey(s => new { s.PlanId, s.Kind });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> builder)
    {
        builder.ToTable("reporting_periods");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Title).HasMaxLength(300).UseCollation(VietnameseCollation.Name);
        builder.Property(p => p.OpenedByName).HasMaxLength(200);
        builder.HasIndex(p => new { p.PlanId, p.Kind, p.Year, p.Sequence }).IsUnique();
        builder.HasOne(p => p.Plan).WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.Window);
    }
}

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reporting_reports");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.Property(r => r.ReturnComment).HasMaxLength(4000);
        builder.Property(r => r.UpdatedByName).HasMaxLength(200);
        builder.Property(r => r.ExternalRecipient).HasMaxLength(200);
        builder.HasIndex(r => new { r.PeriodId, r.OrganizationId, r.IsExternal }).IsUnique();
        builder.HasIndex(r => r.OrganizationId);
        builder.HasIndex(r => r.ReceiverId);
        builder.HasOne(r => r.Period).WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.ReceiverId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Narratives).WithOne().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Values).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Narratives).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Values).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.WasOnTime);
        builder.Ignore(r => r.DueOn);
        builder.Ignore(r => r.RecipientName);
    }
}

internal sealed class ReportNarrativeConfiguration : IEntityTypeConfiguration<ReportNarrative>
{
    public void Configure(EntityTypeBuilder<ReportNarrative> builder)
    {
        builder.ToTable("reporting_narratives");
        builder.HasKey(n => new { n.ReportId, n.TaskId });
        builder.Property(n => n.Results).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(n => n.Limitations).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(n => n.Proposals).HasMaxLength(ReportNarrative.MaxLength);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.TaskId);
        builder.Ignore(n => n.IsEmpty);
    }
}

internal sealed class ReportValueConfiguration : IEntityTypeConfiguration<ReportValue>
{
    public void Configure(EntityTypeBuilder<ReportValue> builder)
    {
        builder.ToTable("reporting_values");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Number).HasPrecision(18, 4);
        builder.Property(v => v.Text).HasMaxLength(IndicatorValues.MaxTextLength);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Area>().WithMany().HasForeignKey(v => v.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ReportId, v.IndicatorId });
        builder.HasIndex(v => v.IndicatorId);
        builder.HasIndex(v => v.AreaId);
    }
}

internal sealed class ReportEventConfiguration : IEntityTypeConfiguration<ReportEvent>
{
    public void Configure(EntityTypeBuilder<ReportEvent> builder)
    {
        builder.ToTable("reporting_report_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Comment).HasMaxLength(4000);
        builder.Property(e => e.ById).HasMaxLength(450);
        builder.Property(e => e.ByName).HasMaxLength(200);
        builder.HasIndex(e => new { e.ReportId, e.Sequence }).IsUnique();
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("reporting_indicators");
        builder.Property(i => i.ReporterKinds).HasMaxLength(500);
        builder.Ignore(i => i.ReporterKindCodes);
        builder.Property(i => i.Code).HasMaxLength(20);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(300).UseCollation(VietnameseCollation.Name);
        builder.Property(i => i.Unit).HasMaxLength(50);
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Aggregation).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.MinValue).HasPrecision(18, 4);
        builder.Property(i => i.MaxValue).HasPrecision(18, 4);
        builder.Property(i => i.SearchKey).HasMaxLength(400);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(i => i.NumeratorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(i => i.DenominatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(i => i.NotAboveId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(i => i.IsComputed);
        builder.Ignore(i => i.IsNumeric);
    }
}

internal sealed class ReportReminderConfiguration : IEntityTypeConfiguration<ReportReminder>
{
    public void Configure(EntityTypeBuilder<ReportReminder> builder)
    {
        builder.ToTable("reporting_reminders");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.HasIndex(r => new { r.ReportId, r.Kind }).IsUnique();
        builder.HasOne<Report>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        builder.ToTable("reporting_issued_documents");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasMaxLength(10);
        builder.Property(d => d.Term).HasMaxLength(20);
        builder.Property(d => d.Symbol).HasMaxLength(60);
        builder.Property(d => d.Place).HasMaxLength(100);
        builder.Property(d => d.Summary).HasMaxLength(500);
        builder.Property(d => d.SignatureAuthority).HasMaxLength(100);
        builder.Property(d => d.SignerPosition).HasMaxLength(100);
        builder.Property(d => d.SignerName).HasMaxLength(100);
        builder.Property(d => d.Recipients).HasMaxLength(6200);
        builder.HasIndex(d => d.ReportId).IsUnique();
        builder.HasIndex(d => new { d.OrganizationId, d.Kind, d.Term, d.Sequence }).IsUnique();
        builder.HasOne<Report>().WithMany().HasForeignKey(d => d.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(d => d.RecipientLines);
    }
}

internal sealed class DocumentCounterConfiguration : IEntityTypeConfiguration<DocumentCounter>
{
    public void Configure(EntityTypeBuilder<DocumentCounter> builder)
    {
        builder.ToTable("reporting_document_counters");
        builder.HasKey(c => new { c.OrganizationId, c.Kind, c.Term });
        builder.Property(c => c.Kind).HasMaxLength(10);
        builder.Property(c => c.Term).HasMaxLength(20);
        builder.Property(c => c.Last).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.ToTable("reporting_targets");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Value).HasPrecision(18, 4);
        builder.Property(t => t.Direction).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(t => new { t.PlanId, t.OrganizationId, t.IndicatorId }).IsUnique();
        builder.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
