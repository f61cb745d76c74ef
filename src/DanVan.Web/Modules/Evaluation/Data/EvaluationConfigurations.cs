using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Web.Modules.Evaluation.Data;

internal sealed class CriteriaSetConfiguration : IEntityTypeConfiguration<CriteriaSet>
{
    public void Configure(EntityTypeBuilder<CriteriaSet> builder)
    {
        builder.ToTable("evaluation_sets");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(300).UseCollation(VietnameseCollation.Name);
        builder.Property(s => s.FailedLevel).HasMaxLength(200);
        builder.HasMany(s => s.Criteria).WithOne().HasForeignKey(c => c.SetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Criteria).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.Levels).WithOne().HasForeignKey(l => l.SetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Levels).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SetCriterionConfiguration : IEntityTypeConfiguration<SetCriterion>
{
    public void Configure(EntityTypeBuilder<SetCriterion> builder)
    {
        builder.ToTable("evaluation_criteria");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(500);
        builder.Property(c => c.MaxPoints).HasPrecision(6, 2);
    }
}

internal sealed class SetLevelConfiguration : IEntityTypeConfiguration<SetLevel>
{
    public void Configure(EntityTypeBuilder<SetLevel> builder)
    {
        builder.ToTable("evaluation_levels");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.MinScore).HasPrecision(6, 2);
        builder.Property(l => l.MinExceededPercent).HasPrecision(6, 2);
        builder.Property(l => l.MaxLatePercent).HasPrecision(6, 2);
    }
}

internal sealed class RoundConfiguration : IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Round> builder)
    {
        builder.ToTable("evaluation_rounds");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DecisionSymbol).HasMaxLength(60);
        builder.Property(r => r.DecisionPlace).HasMaxLength(100);
        builder.Property(r => r.SignatureAuthority).HasMaxLength(100);
        builder.Property(r => r.SignerPosition).HasMaxLength(100);
        builder.Property(r => r.SignerName).HasMaxLength(100);
        builder.Ignore(r => r.Title);
        builder.HasIndex(r => new { r.OrganizationId, r.Year, r.Quarter });
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Set).WithMany().HasForeignKey(r => r.SetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Units).WithOne(u => u.Round).HasForeignKey(u => u.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Superseded).WithOne().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Superseded).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RoundDecisionConfiguration : IEntityTypeConfiguration<RoundDecision>
{
    public void Configure(EntityTypeBuilder<RoundDecision> builder)
    {
        builder.ToTable("evaluation_decisions");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Symbol).HasMaxLength(60);
        builder.Property(d => d.Results).HasMaxLength(20000);
        builder.Property(d => d.RevisionReason).HasMaxLength(1000);
        builder.Property(d => d.RevisedBy).HasMaxLength(200);
    }
}

internal sealed class UnitEvaluationConfiguration : IEntityTypeConfiguration<UnitEvaluation>
{
    public void Configure(EntityTypeBuilder<UnitEvaluation> builder)
    {
        builder.ToTable("evaluation_units");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.SelfComment).HasMaxLength(4000);
        builder.Property(u => u.AppraisalComment).HasMaxLength(4000);
        builder.Property(u => u.Total).HasPrecision(6, 2);
        builder.Property(u => u.Level).HasMaxLength(200);
        builder.Property(u => u.Reasons).HasMaxLength(4000);
        builder.Property(u => u.Facts).HasMaxLength(200);
        builder.HasIndex(u => new { u.RoundId, u.OrganizationId }).IsUnique();
        builder.HasIndex(u => u.OrganizationId);
        builder.HasOne(u => u.Organization).WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Scores).WithOne().HasForeignKey(s => s.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(u => u.Heads).WithOne(h => h.Unit).HasForeignKey(h => h.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.Heads).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class HeadEvaluationConfiguration : IEntityTypeConfiguration<HeadEvaluation>
{
    public void Configure(EntityTypeBuilder<HeadEvaluation> builder)
    {
        builder.ToTable("evaluation_heads");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.UserId).HasMaxLength(450);
        builder.Property(h => h.FullName).HasMaxLength(200).UseCollation(VietnameseCollation.Name);
        builder.Property(h => h.SelfComment).HasMaxLength(4000);
        builder.Property(h => h.AppraisalComment).HasMaxLength(4000);
        builder.Property(h => h.Total).HasPrecision(6, 2);
        builder.Property(h => h.Level).HasMaxLength(200);
        builder.Property(h => h.Reasons).HasMaxLength(4000);
        builder.HasIndex(h => new { h.EvaluationId, h.UserId }).IsUnique();
        builder.HasIndex(h => h.UserId);
        builder.HasMany(h => h.Scores).WithOne().HasForeignKey(s => s.HeadId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(h => h.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class HeadScoreConfiguration : IEntityTypeConfiguration<HeadScore>
{
    public void Configure(EntityTypeBuilder<HeadScore> builder)
    {
        builder.ToTable("evaluation_head_scores");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SelfPoints).HasPrecision(6, 2);
        builder.Property(s => s.AppraisedPoints).HasPrecision(6, 2);
        builder.Property(s => s.Evidence).HasMaxLength(2000);
        builder.HasIndex(s => new { s.HeadId, s.CriterionId }).IsUnique();
        builder.HasOne<SetCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvaluationScoreConfiguration : IEntityTypeConfiguration<EvaluationScore>
{
    public void Configure(EntityTypeBuilder<EvaluationScore> builder)
    {
        builder.ToTable("evaluation_scores");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SelfPoints).HasPrecision(6, 2);
        builder.Property(s => s.AppraisedPoints).HasPrecision(6, 2);
        builder.Property(s => s.AdjustedPoints).HasPrecision(6, 2);
        builder.Property(s => s.Evidence).HasMaxLength(2000);
        builder.Property(s => s.AdjustReason).HasMaxLength(1000);
        builder.HasIndex(s => new { s.EvaluationId, s.CriterionId }).IsUnique();
        builder.HasOne<SetCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
