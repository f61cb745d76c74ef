using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Postgres
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsExternal",
                table: "reporting_reports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExternalDueOn",
                table: "reporting_periods",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConsolidatorId",
                table: "plans_plans",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportsTo",
                table: "plans_plans",
                type: "character varying(200)",
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

            migrationBuilder.AddForeignKey(
                name: "FK_plans_plans_organizations_units_ConsolidatorId",
                table: "plans_plans",
                column: "ConsolidatorId",
                principalTable: "organizations_units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A report outside DanVan has no place in the previous release (one report per unit and period).
            // The history of a report is append-only; a downgrade lifts that for the reports it removes, then restores it.
            migrationBuilder.DropAppendOnly("reporting_report_events");
            migrationBuilder.Sql("DELETE FROM reporting_report_events WHERE \"ReportId\" IN (SELECT \"Id\" FROM reporting_reports WHERE \"IsExternal\")");
            migrationBuilder.Sql("DELETE FROM reporting_reports WHERE \"IsExternal\"");
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
