using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportingChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reporting_reports_PeriodId_OrganizationId",
                table: "reporting_reports");

            migrationBuilder.AddColumn<string>(
                name: "ExternalRecipient",
                table: "reporting_reports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsExternal",
                table: "reporting_reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExternalDueOn",
                table: "reporting_periods",
                type: "TEXT",
                nullable: true);

            // A nullable column with its foreign key is added in place; EF's AddForeignKey would rebuild the table outside the transaction.
            migrationBuilder.Sql("""
                ALTER TABLE plans_plans ADD COLUMN "ConsolidatorId" TEXT NULL
                CONSTRAINT "FK_plans_plans_organizations_units_ConsolidatorId" REFERENCES organizations_units ("Id") ON DELETE RESTRICT
                """);

            migrationBuilder.AddColumn<string>(
                name: "ReportsTo",
                table: "plans_plans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_reports_PeriodId_OrganizationId_IsExternal",
                table: "reporting_reports",
                columns: new[] { "PeriodId", "OrganizationId", "IsExternal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_ConsolidatorId",
                table: "plans_plans",
                column: "ConsolidatorId");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A report outside DanVan has no place in the previous release (one report per unit and period).
            // The history of a report is append-only; a downgrade lifts that for the reports it removes, then restores it.
            migrationBuilder.DropAppendOnly("reporting_report_events");
            migrationBuilder.Sql("DELETE FROM reporting_report_events WHERE \"ReportId\" IN (SELECT \"Id\" FROM reporting_reports WHERE \"IsExternal\" = 1)");
            migrationBuilder.Sql("DELETE FROM reporting_reports WHERE \"IsExternal\" = 1");
            migrationBuilder.MakeAppendOnly("reporting_report_events");

            migrationBuilder.DropForeignKey(
                name: "FK_plans_plans_organizations_units_ConsolidatorId",
                table: "plans_plans");

            migrationBuilder.DropIndex(
                name: "IX_reporting_reports_PeriodId_OrganizationId_IsExternal",
                table: "reporting_reports");

            migrationBuilder.DropIndex(
                name: "IX_plans_plans_ConsolidatorId",
                table: "plans_plans");

            migrationBuilder.DropColumn(
                name: "ExternalRecipient",
                table: "reporting_reports");

            migrationBuilder.DropColumn(
                name: "IsExternal",
                table: "reporting_reports");

            migrationBuilder.DropColumn(
                name: "ExternalDueOn",
                table: "reporting_periods");

            migrationBuilder.DropColumn(
                name: "ConsolidatorId",
                table: "plans_plans");

            migrationBuilder.DropColumn(
                name: "ReportsTo",
                table: "plans_plans");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_reports_PeriodId_OrganizationId",
                table: "reporting_reports",
                columns: new[] { "PeriodId", "OrganizationId" },
                unique: true);
        }
    }
}
