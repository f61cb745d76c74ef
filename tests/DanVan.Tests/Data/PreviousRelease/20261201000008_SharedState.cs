using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Data.PreviousRelease;

/// <summary>
/// What every server of several must see lives in the database: the cookie-protection key ring and the plan
/// uploads waiting for confirmation (docs/adr/0010).
/// </summary>
[DbContext(typeof(PreviousReleaseContext))]
[Migration("20261201000008_SharedState")]
public sealed class SharedState : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "dataprotection_keys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_dataprotection_keys", x => x.Id));

        migrationBuilder.CreateTable(
            name: "plans_import_staging",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                ParentPlanId = table.Column<Guid>(nullable: true),
                StagedAt = table.Column<DateTime>(nullable: false),
                Content = table.Column<byte[]>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_plans_import_staging", x => x.Id));
        migrationBuilder.CreateIndex("IX_plans_import_staging_StagedAt", "plans_import_staging", "StagedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("plans_import_staging");
        migrationBuilder.DropTable("dataprotection_keys");
    }
}
