using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Data.PreviousRelease;

/// <summary>Each audit entry carries the hash that chains it to the one before (entries of earlier releases have none).</summary>
[DbContext(typeof(PreviousReleaseContext))]
[Migration("20261201000009_AuditChain")]
public sealed class AuditChain : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("Hash", "audit_entries", maxLength: 64, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("Hash", "audit_entries");
}
