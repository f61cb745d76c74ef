using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Web.Modules.Plans.Data;

internal sealed class OfficialDocumentConfiguration : IEntityTypeConfiguration<OfficialDocument>
{
    public void Configure(EntityTypeBuilder<OfficialDocument> builder)
    {
        builder.ToTable("plans_documents");
        builder.Property(d => d.Kind).HasMaxLength(100).UseCollation(VietnameseCollation.Name);
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.HasIndex(d => d.Number);
        builder.Property(d => d.Issuer).HasMaxLength(300).UseCollation(VietnameseCollation.Name);
        builder.Property(d => d.Title).HasMaxLength(2000).UseCollation(VietnameseCollation.Name);
        builder.Property(d => d.SearchKey).HasMaxLength(2500);
        builder.HasOne<Organizations.Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(d => d.Label);
    }
}

internal sealed class DocumentCitationConfiguration : IEntityTypeConfiguration<DocumentCitation>
{
    public void Configure(EntityTypeBuilder<DocumentCitation> builder)
    {
        builder.ToTable("plans_document_citations");
        builder.HasKey(c => new { c.CitingId, c.CitedId });
        builder.HasOne(c => c.Citing).WithMany().HasForeignKey(c => c.CitingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Cited).WithMany().HasForeignKey(c => c.CitedId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CycleReminderConfiguration : IEntityTypeConfiguration<Cycles.CycleReminder>
{
    public void Configure(EntityTypeBuilder<Cycles.CycleReminder> builder)
    {
        builder.ToTable("plans_cycle_reminders");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.HasIndex(r => new { r.CycleId, r.Kind }).IsUnique();
        builder.HasOne<Cycles.TaskCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans_plans");
        builder.Property(p => p.WithdrawnReason).HasMaxLength(Correction.PlanCorrection.MaxReason);
        builder.Ignore(p => p.IsWithdrawn);
        builder.HasOne(p => p.Document).WithOne().HasForeignKey<Plan>(p => p.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ParentPlan).WithMany().HasForeignKey(p => p.ParentPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ImplementsDocument).WithMany().HasForeignKey(p => p.ImplementsDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Place).HasMaxLength(200);
        builder.Property(p => p.SignerName).HasMaxLength(200);
        builder.Property(p => p.SignerTitle).HasMaxLength(200);
        builder.Property(p => p.ReportsTo).HasMaxLength(200);
        builder.HasOne(p => p.Consolidator).WithMany().HasForeignKey(p => p.ConsolidatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Tasks).WithOne(t => t.Plan).HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Tasks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("plans_tasks");

        // Keys are made by the entities; a task added to a loaded plan must be inserted, not taken for an existing row.
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Number).HasMaxLength(30);
        builder.Property(t => t.Text).HasMaxLength(PlanTask.MaxTextLength);
        builder.Property(t => t.Recurrence).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ExpectedOutput).HasMaxLength(1000);
        builder.Property(t => t.SearchKey).HasMaxLength(2000);
        builder.Property(t => t.Field).HasMaxLength(150);
        builder.HasIndex(t => new { t.PlanId, t.Position });
        builder.HasOne(t => t.ParentTask).WithMany().HasForeignKey(t => t.ParentTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Assignments).WithOne(a => a.Task).HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(t => t.Heading);
    }
}

internal sealed class TaskAssignmentConfiguration : IEntityTypeConfiguration<TaskAssignment>
{
    public void Configure(EntityTypeBuilder<TaskAssignment> builder)
    {
        builder.ToTable("plans_task_assignments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.UnitName).HasMaxLength(300).UseCollation(VietnameseCollation.Name);
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(a => a.Organization).WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.OrganizationId);
        builder.HasMany(a => a.Cycles).WithOne(c => c.Assignment).HasForeignKey(c => c.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Cycles).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TaskCycleConfiguration : IEntityTypeConfiguration<Cycles.TaskCycle>
{
    public void Configure(EntityTypeBuilder<Cycles.TaskCycle> builder)
    {
        builder.ToTable("plans_task_cycles");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Key).HasMaxLength(16);
        builder.HasIndex(c => new { c.AssignmentId, c.Key }).IsUnique();
        builder.HasIndex(c => new { c.AssignmentId, c.StartsOn });
        builder.HasIndex(c => c.DueOn);
        // Two people completing (or reopening) the same cycle at once: the second save finds the date changed and fails.
        builder.Property(c => c.CompletedOn).IsConcurrencyToken();
        builder.Ignore(c => c.Label);
    }
}

internal sealed class LegacyCompletionConfiguration : IEntityTypeConfiguration<Cycles.LegacyCompletion>
{
    public void Configure(EntityTypeBuilder<Cycles.LegacyCompletion> builder)
    {
        builder.ToTable("plans_legacy_completions");
        builder.HasKey(l => l.AssignmentId);
        builder.Property(l => l.AssignmentId).ValueGeneratedNever();
    }
}

internal sealed class CycleDeadlineConfiguration : IEntityTypeConfiguration<Cycles.CycleDeadline>
{
    public void Configure(EntityTypeBuilder<Cycles.CycleDeadline> builder)
    {
        builder.ToTable("plans_cycle_deadlines");
        builder.HasKey(d => new { d.PlanId, d.Key });
        builder.Property(d => d.Key).HasMaxLength(16);
        builder.HasOne<Plan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanCorrectionConfiguration : IEntityTypeConfiguration<Correction.PlanCorrection>
{
    public void Configure(EntityTypeBuilder<Correction.PlanCorrection> builder)
    {
        builder.ToTable("plans_corrections");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.What).HasMaxLength(2000);
        builder.Property(c => c.Reason).HasMaxLength(Correction.PlanCorrection.MaxReason);
        builder.Property(c => c.UserName).HasMaxLength(256);
        builder.HasIndex(c => new { c.PlanId, c.At });
        builder.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SourceFileConfiguration : IEntityTypeConfiguration<SourceFile>
{
    public void Configure(EntityTypeBuilder<SourceFile> builder)
    {
        builder.ToTable("plans_source_files");
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.HasIndex(f => f.PlanId).IsUnique();
        builder.HasIndex(f => f.DocumentId).IsUnique();
        builder.HasOne<Plan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OfficialDocument>().WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TaskProgressConfiguration : IEntityTypeConfiguration<Progress.TaskProgress>
{
    public void Configure(EntityTypeBuilder<Progress.TaskProgress> builder)
    {
        builder.ToTable("plans_task_progress");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Note).HasMaxLength(Progress.TaskProgress.MaxNoteLength);
        builder.Property(p => p.AuthorId).HasMaxLength(450);
        builder.Property(p => p.AuthorName).HasMaxLength(200);
        builder.HasOne<TaskAssignment>().WithMany().HasForeignKey(p => p.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.AssignmentId);
        builder.HasOne<Cycles.TaskCycle>().WithMany().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(p => p.CycleId);
        builder.HasMany(p => p.Evidence).WithOne().HasForeignKey(e => e.ProgressId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<Progress.EvidenceFile>
{
    public void Configure(EntityTypeBuilder<Progress.EvidenceFile> builder)
    {
        builder.ToTable("plans_evidence_files");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.FileName).HasMaxLength(255);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.HasIndex(e => e.ProgressId);
    }
}

internal sealed class StagedImportConfiguration : IEntityTypeConfiguration<Import.StagedImport>
{
    public void Configure(EntityTypeBuilder<Import.StagedImport> builder)
    {
        builder.ToTable("plans_import_staging");
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.FileName).HasMaxLength(255);
        builder.Property(s => s.Content).IsSecret();
        builder.Ignore(s => s.Upload);
        builder.HasIndex(s => s.StagedAt);
    }
}
