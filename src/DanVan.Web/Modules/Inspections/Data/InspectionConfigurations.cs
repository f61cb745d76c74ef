using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Web.Modules.Inspections.Data;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("inspections_programmes");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(500).UseCollation(VietnameseCollation.Name);
        builder.HasIndex(p => new { p.OrganizationId, p.Year });
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Inspections).WithOne(i => i.Programme).HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Inspections).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.ToTable("inspections_inspections");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Title).HasMaxLength(500).UseCollation(VietnameseCollation.Name);
        builder.Property(i => i.ConclusionSymbol).HasMaxLength(60);
        builder.Property(i => i.ConclusionSummary).HasMaxLength(500);
        builder.Property(i => i.ConclusionText).HasMaxLength(Inspection.MaxText);
        builder.Property(i => i.ConclusionPlace).HasMaxLength(100);
        builder.Property(i => i.SignatureAuthority).HasMaxLength(100);
        builder.Property(i => i.SignerPosition).HasMaxLength(100);
        builder.Property(i => i.SignerName).HasMaxLength(100);
        builder.Property(i => i.Recipients).HasMaxLength(6200);
        builder.Property(i => i.ClosingNote).HasMaxLength(Inspection.MaxText);
        builder.HasIndex(i => new { i.ProgrammeId, i.StartsOn });
        builder.HasIndex(i => i.SubjectPlanId);
        builder.HasOne<Plan>().WithMany().HasForeignKey(i => i.SubjectPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(i => i.SubjectTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plan>().WithMany().HasForeignKey(i => i.FollowUpPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OfficialDocument>().WithMany().HasForeignKey(i => i.FollowUpDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Units).WithOne().HasForeignKey(u => u.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Team).WithOne().HasForeignKey(m => m.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Team).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Contents).WithOne().HasForeignKey(c => c.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Contents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Findings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Recommendations).WithOne().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Recommendations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(i => i.Head);
    }
}

internal sealed class InspectedUnitConfiguration : IEntityTypeConfiguration<InspectedUnit>
{
    public void Configure(EntityTypeBuilder<InspectedUnit> builder)
    {
        builder.ToTable("inspections_units");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.SelfReport).HasMaxLength(Inspection.MaxText);
        builder.Property(u => u.ReportedBy).HasMaxLength(200);
        builder.HasIndex(u => new { u.InspectionId, u.OrganizationId }).IsUnique();
        builder.HasIndex(u => u.OrganizationId);
        builder.HasOne(u => u.Organization).WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> builder)
    {
        builder.ToTable("inspections_team");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.UnitName).HasMaxLength(300);
        builder.HasIndex(m => new { m.InspectionId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
    }
}

internal sealed class InspectionContentConfiguration : IEntityTypeConfiguration<InspectionContent>
{
    public void Configure(EntityTypeBuilder<InspectionContent> builder)
    {
        builder.ToTable("inspections_contents");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(Inspection.MaxText);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("inspections_findings");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Strengths).HasMaxLength(Inspection.MaxText);
        builder.Property(f => f.Shortcomings).HasMaxLength(Inspection.MaxText);
        builder.Property(f => f.Causes).HasMaxLength(Inspection.MaxText);
        builder.Property(f => f.Evidence).HasMaxLength(Inspection.MaxText);
        builder.Property(f => f.RecordedBy).HasMaxLength(200);
        builder.HasIndex(f => new { f.InspectionId, f.ContentId, f.OrganizationId }).IsUnique();
        builder.HasOne<InspectionContent>().WithMany().HasForeignKey(f => f.ContentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.ToTable("inspections_recommendations");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Text).HasMaxLength(Inspection.MaxText);
        builder.Property(r => r.CarriedOverReason).HasMaxLength(1000);
        builder.HasIndex(r => r.OrganizationId);
        builder.HasIndex(r => r.TaskId).IsUnique();
        builder.HasOne<Finding>().WithMany().HasForeignKey(r => r.FindingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionFileConfiguration : IEntityTypeConfiguration<InspectionFile>
{
    public void Configure(EntityTypeBuilder<InspectionFile> builder)
    {
        builder.ToTable("inspections_files");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UploadedBy).HasMaxLength(200);
        builder.HasIndex(f => new { f.InspectionId, f.OrganizationId });
        builder.HasOne<Inspection>().WithMany().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
