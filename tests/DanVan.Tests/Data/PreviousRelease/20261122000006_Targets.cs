using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Data.PreviousRelease;

/// <summary>Targets a plan sets for a unit on an indicator (chỉ tiêu giao), set against the figures on the dashboard.</summary>
[DbContext(typeof(PreviousReleaseContext))]
[Migration("20261122000006_Targets")]
public sealed class TargetsTable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "reporting_targets",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                IndicatorId = table.Column<Guid>(nullable: false),
                Value = table.Column<decimal>(precision: 18, scale: 4, nullable: false),
                Direction = table.Column<string>(maxLength: 16, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                IsDemo = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporting_targets", x => x.Id);
                table.ForeignKey("FK_reporting_targets_plans_plans_PlanId", x => x.PlanId, "plans_plans", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_reporting_targets_organizations_units_OrganizationId", x => x.OrganizationId, "organizations_units", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_reporting_targets_reporting_indicators_IndicatorId", x => x.IndicatorId, "reporting_indicators", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_reporting_targets_PlanId_OrganizationId_IndicatorId", "reporting_targets", ["PlanId", "OrganizationId", "IndicatorId"], unique: true);
        migrationBuilder.CreateIndex("IX_reporting_targets_OrganizationId", "reporting_targets", "OrganizationId");
        migrationBuilder.CreateIndex("IX_reporting_targets_IndicatorId", "reporting_targets", "IndicatorId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("reporting_targets");
}
