using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Web.Modules.Organizations.Data;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.ToTable("organizations_areas");
        builder.Property(a => a.Code).HasMaxLength(20);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(200).UseCollation(VietnameseCollation.Name);
        builder.Property(a => a.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.SearchKey).HasMaxLength(300);
        builder.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganizationKindConfiguration : IEntityTypeConfiguration<OrganizationKind>
{
    public void Configure(EntityTypeBuilder<OrganizationKind> builder)
    {
        builder.ToTable("organizations_kinds");
        builder.Property(k => k.Code).HasMaxLength(32);
        builder.HasIndex(k => k.Code).IsUnique();
        builder.Property(k => k.Name).HasMaxLength(100).UseCollation(VietnameseCollation.Name);
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations_units");
        builder.Property(o => o.Code).HasMaxLength(32);
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(300).UseCollation(VietnameseCollation.Name);
        builder.Property(o => o.ShortName).HasMaxLength(100);
        builder.Property(o => o.Path).HasMaxLength(1000);
        builder.HasIndex(o => o.Path);
        builder.Property(o => o.SearchKey).HasMaxLength(500);
        builder.HasOne(o => o.Kind).WithMany().HasForeignKey(o => o.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Area).WithMany().HasForeignKey(o => o.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(o => o.DisplayName);
    }
}

internal sealed class ResponsibilityConfiguration : IEntityTypeConfiguration<Responsibilities.Responsibility>
{
    public void Configure(EntityTypeBuilder<Responsibilities.Responsibility> builder)
    {
        builder.ToTable("organizations_responsibilities");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Field).HasMaxLength(Responsibilities.Responsibility.MaxFieldLength).UseCollation(VietnameseCollation.Name);
        builder.Property(r => r.FieldKey).HasMaxLength(Responsibilities.Responsibility.MaxFieldLength * 2);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Area).WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Restrict);
        // One person per area and per field of a unit (NULLs are distinct, so the two do not collide).
        builder.HasIndex(r => new { r.OrganizationId, r.AreaId }).IsUnique();
        builder.HasIndex(r => new { r.OrganizationId, r.FieldKey }).IsUnique();
        builder.HasIndex(r => r.UserId);
        builder.Ignore(r => r.Scope);
    }
}
