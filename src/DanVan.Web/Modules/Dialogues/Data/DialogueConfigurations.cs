using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Web.Modules.Dialogues.Data;

internal sealed class DialogueConfiguration : IEntityTypeConfiguration<Dialogue>
{
    public void Configure(EntityTypeBuilder<Dialogue> builder)
    {
        builder.ToTable("dialogues_dialogues");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Topic).HasMaxLength(500).UseCollation(VietnameseCollation.Name);
        builder.Property(d => d.ChairName).HasMaxLength(200);
        builder.Property(d => d.ChairTitle).HasMaxLength(200);
        builder.Property(d => d.Place).HasMaxLength(300);
        builder.Property(d => d.Groups).HasMaxLength(300);
        builder.Property(d => d.CancelReason).HasMaxLength(1000);
        builder.Property(d => d.Conclusion).HasMaxLength(Dialogue.MaxText);
        builder.Property(d => d.MinutesNumber).HasMaxLength(60);
        builder.Property(d => d.CreatedBy).HasMaxLength(200);
        builder.HasIndex(d => new { d.OrganizationId, d.HeldOn });
        builder.HasOne(d => d.Organization).WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.CoOrganizer).WithMany().HasForeignKey(d => d.CoOrganizerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Areas).WithOne().HasForeignKey(a => a.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(d => d.Questions).WithOne().HasForeignKey(q => q.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Questions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(d => d.Commitments).WithOne().HasForeignKey(c => c.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Commitments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DialogueAreaConfiguration : IEntityTypeConfiguration<DialogueArea>
{
    public void Configure(EntityTypeBuilder<DialogueArea> builder)
    {
        builder.ToTable("dialogues_areas");
        builder.HasKey(a => new { a.DialogueId, a.AreaId });
        builder.HasOne(a => a.Area).WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DialogueQuestionConfiguration : IEntityTypeConfiguration<DialogueQuestion>
{
    public void Configure(EntityTypeBuilder<DialogueQuestion> builder)
    {
        builder.ToTable("dialogues_questions");
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Text).HasMaxLength(Dialogue.MaxText);
        builder.Property(q => q.AskerName).HasMaxLength(200).IsSensitive("họ tên người nêu ý kiến tại buổi đối thoại (chỉ ghi khi họ đồng ý)");
        builder.Property(q => q.AnswerText).HasMaxLength(Dialogue.MaxText);
        builder.Property(q => q.AnsweredBy).HasMaxLength(200);
        builder.Property(q => q.PetitionCode).HasMaxLength(20);
        builder.HasIndex(q => new { q.DialogueId, q.Position }).IsUnique();
        builder.HasOne(q => q.Area).WithMany().HasForeignKey(q => q.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DialogueCommitmentConfiguration : IEntityTypeConfiguration<DialogueCommitment>
{
    public void Configure(EntityTypeBuilder<DialogueCommitment> builder)
    {
        builder.ToTable("dialogues_commitments");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(2000);
        builder.HasIndex(c => new { c.DialogueId, c.Position }).IsUnique();
        builder.HasIndex(c => c.OrganizationId);
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DialogueQuestion>().WithMany().HasForeignKey(c => c.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}
