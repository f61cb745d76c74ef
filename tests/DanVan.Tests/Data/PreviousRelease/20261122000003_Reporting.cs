using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Data.PreviousRelease;

/// <summary>Task progress with evidence, the indicator catalog, reporting regimes, periods, reports and their history.</summary>
[DbContext(typeof(PreviousReleaseContext))]
[Migration("20261122000003_Reporting")]
public sealed class ReportingTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>("CompletedOn", "plans_task_assignments", nullable: true);
        migrationBuilder.AddColumn<bool>("ExceededTarget", "plans_task_assignments", nullable: false, defaultValue: false);

        migrationBuilder.CreateTable(
            name: "plans_task_progress",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssignmentId = table.Column<Guid>(nullable: false),
                Note = table.Column<string>(maxLength: 4000, nullable: false),
                OnDate = table.Column<DateOnly>(nullable: false),
                Completes = table.Column<bool>(nullable: false),
                ExceededTarget = table.Column<bool>(nullable: false),
                AuthorId = table.Column<string>(maxLength: 450, nullable: false),
                AuthorName = table.Column<string>(maxLength: 200, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_plans_task_progress", x => x.Id);
                table.ForeignKey("FK_plans_task_progress_plans_task_assignments_AssignmentId", x => x.AssignmentId, "plans_task_assignments", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "plans_evidence_files",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProgressId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Size = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_plans_evidence_files", x => x.Id);
                table.ForeignKey("FK_plans_evidence_files_plans_task_progress_ProgressId", x => x.ProgressId, "plans_task_progress", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "reporting_indicators",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 20, nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false, collation: VietnameseCollation.Name),
                Unit = table.Column<string>(maxLength: 50, nullable: false),
                Type = table.Column<string>(maxLength: 16, nullable: false),
                Aggregation = table.Column<string>(maxLength: 16, nullable: false),
                NumeratorId = table.Column<Guid>(nullable: true),
                DenominatorId = table.Column<Guid>(nullable: true),
                NotAboveId = table.Column<Guid>(nullable: true),
                MinValue = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                MaxValue = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                ByVillage = table.Column<bool>(nullable: false),
                Position = table.Column<int>(nullable: false),
                IsActive = table.Column<bool>(nullable: false),
                IsDemo = table.Column<bool>(nullable: false),
                SearchKey = table.Column<string>(maxLength: 400, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporting_indicators", x => x.Id);
                table.ForeignKey("FK_reporting_indicators_reporting_indicators_NumeratorId", x => x.NumeratorId, "reporting_indicators", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_reporting_indicators_reporting_indicators_DenominatorId", x => x.DenominatorId, "reporting_indicators", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_reporting_indicators_reporting_indicators_NotAboveId", x => x.NotAboveId, "reporting_indicators", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "reporting_schedules",
            columns: table => new
            {
                PlanId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                Enabled = table.Column<bool>(nullable: false),
                FromDay = table.Column<int>(nullable: false),
                FromMonth = table.Column<int>(nullable: false),
                FromPreviousYear = table.Column<bool>(nullable: false),
                ToDay = table.Column<int>(nullable: false),
                ToMonth = table.Column<int>(nullable: false),
                DueDay = table.Column<int>(nullable: false),
                DueMonth = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporting_schedules", x => new { x.PlanId, x.Kind });
                table.ForeignKey("FK_reporting_schedules_plans_plans_PlanId", x => x.PlanId, "plans_plans", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "reporting_periods",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 16, nullable: false),
                Year = table.Column<int>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false, collation: VietnameseCollation.Name),
                DataFrom = table.Column<DateOnly>(nullable: false),
                DataTo = table.Column<DateOnly>(nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                OpenedAt = table.Column<DateTime>(nullable: false),
                OpenedByName = table.Column<string>(maxLength: 200, nullable: false),
                IsDemo = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporting_periods", x => x.Id);
                table.ForeignKey("FK_reporting_periods_plans_plans_PlanId", x => x.PlanId, "plans_plans", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "reporting_reports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PeriodId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                ReceiverId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                Revision = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                FirstSubmittedAt = table.Column<DateTime>(nullable: true),
                SubmittedAt = table.Column<DateTime>(nullable: true),
                AcceptedAt = table.Column<DateTime>(nullable: true),
                ReturnComment = table.Column<string>(maxLength: 4000, nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: true),
                UpdatedByName = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporting_reports", x => x.Id);
                table.ForeignKey("FK_reporting_reports_reporting_periods_PeriodId", x => x.PeriodId, "reporting_periods", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_reporting_reports_organizations_units_OrganizationId", x => x.OrganizationId, "organizations_units", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_reporting_reports_organizations_units_ReceiverId", x => x.ReceiverId, "organizations_units", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "reporting_narratives",
            columns: table => new
            {
                ReportId = table.Column<Guid>(nullable: false),
                TaskId = table.Column<Guid>(nullable: false),
                Results = table.Column<string>(maxLength: 20000, nullable: true),
                Limitations = table.Column<string>(maxLength: 20000, nullable: true),
                Proposals = table.Column<string>(maxLength: 20000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporting_narratives", x => new { x.ReportId, x.TaskId });
                table.ForeignKey("FK_reporting_narratives_reporting_reports_ReportId", x => x.ReportId, "reporting_reports", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_reporting_narratives_plans_tasks_TaskId", x => x.TaskId, "plans_tasks", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "reporting_values",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReportId = table.Column<Guid>(nullable: false),
                IndicatorId = table.Column<Guid>(nullable: false),
                AreaId = table.Column<Guid>(nullable: true),
                Number = table.Column<decimal>(precision: 18, scale: 4, nullable: true),
                Text = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporting_values", x => x.Id);
                table.ForeignKey("FK_reporting_values_reporting_reports_ReportId", x => x.ReportId, "reporting_reports", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_reporting_values_reporting_indicators_IndicatorId", x => x.IndicatorId, "reporting_indicators", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_reporting_values_organizations_areas_AreaId", x => x.AreaId, "organizations_areas", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "reporting_report_events",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReportId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Action = table.Column<string>(maxLength: 16, nullable: false),
                Version = table.Column<int>(nullable: false),
                Snapshot = table.Column<string>(nullable: true),
                Comment = table.Column<string>(maxLength: 4000, nullable: true),
                ById = table.Column<string>(maxLength: 450, nullable: false),
                ByName = table.Column<string>(maxLength: 200, nullable: false),
                At = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporting_report_events", x => x.Id);
                table.ForeignKey("FK_reporting_report_events_reporting_reports_ReportId", x => x.ReportId, "reporting_reports", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.MakeAppendOnly("reporting_report_events");

        migrationBuilder.CreateIndex("IX_plans_task_progress_AssignmentId", "plans_task_progress", "AssignmentId");
        migrationBuilder.CreateIndex("IX_plans_evidence_files_ProgressId", "plans_evidence_files", "ProgressId");
        migrationBuilder.CreateIndex("IX_reporting_indicators_Code", "reporting_indicators", "Code", unique: true);
        migrationBuilder.CreateIndex("IX_reporting_indicators_NumeratorId", "reporting_indicators", "NumeratorId");
        migrationBuilder.CreateIndex("IX_reporting_indicators_DenominatorId", "reporting_indicators", "DenominatorId");
        migrationBuilder.CreateIndex("IX_reporting_indicators_NotAboveId", "reporting_indicators", "NotAboveId");
        migrationBuilder.CreateIndex("IX_reporting_periods_PlanId_Kind_Year_Sequence", "reporting_periods", ["PlanId", "Kind", "Year", "Sequence"], unique: true);
        migrationBuilder.CreateIndex("IX_reporting_reports_PeriodId_OrganizationId", "reporting_reports", ["PeriodId", "OrganizationId"], unique: true);
        migrationBuilder.CreateIndex("IX_reporting_reports_OrganizationId", "reporting_reports", "OrganizationId");
        migrationBuilder.CreateIndex("IX_reporting_reports_ReceiverId", "reporting_reports", "ReceiverId");
        migrationBuilder.CreateIndex("IX_reporting_narratives_TaskId", "reporting_narratives", "TaskId");
        migrationBuilder.CreateIndex("IX_reporting_values_ReportId_IndicatorId", "reporting_values", ["ReportId", "IndicatorId"]);
        migrationBuilder.CreateIndex("IX_reporting_values_IndicatorId", "reporting_values", "IndicatorId");
        migrationBuilder.CreateIndex("IX_reporting_values_AreaId", "reporting_values", "AreaId");
        migrationBuilder.CreateIndex("IX_reporting_report_events_ReportId_Sequence", "reporting_report_events", ["ReportId", "Sequence"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "reporting_report_events", "reporting_values", "reporting_narratives", "reporting_reports", "reporting_periods", "reporting_schedules", "reporting_indicators", "plans_evidence_files", "plans_task_progress" })
        {
            migrationBuilder.DropTable(table);
        }

        migrationBuilder.DropColumn("ExceededTarget", "plans_task_assignments");
        migrationBuilder.DropColumn("CompletedOn", "plans_task_assignments");
    }
}
