using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Data.PreviousRelease;

/// <summary>The document registry, plans, their tasks and assignments, and the files plans were imported from.</summary>
[DbContext(typeof(PreviousReleaseContext))]
[Migration("20261122000002_Plans")]
public sealed class PlansTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "plans_documents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 100, nullable: false, collation: VietnameseCollation.Name),
                Number = table.Column<string>(maxLength: 50, nullable: true),
                Issuer = table.Column<string>(maxLength: 300, nullable: true, collation: VietnameseCollation.Name),
                IssuedOn = table.Column<DateOnly>(nullable: true),
                Title = table.Column<string>(maxLength: 2000, nullable: true, collation: VietnameseCollation.Name),
                IsStub = table.Column<bool>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                IsDemo = table.Column<bool>(nullable: false),
                SearchKey = table.Column<string>(maxLength: 2500, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_plans_documents", x => x.Id);
                table.ForeignKey("FK_plans_documents_organizations_units_OrganizationId", x => x.OrganizationId, "organizations_units", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "plans_document_citations",
            columns: table => new
            {
                CitingId = table.Column<Guid>(nullable: false),
                CitedId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_plans_document_citations", x => new { x.CitingId, x.CitedId });
                table.ForeignKey("FK_plans_document_citations_plans_documents_CitingId", x => x.CitingId, "plans_documents", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_plans_document_citations_plans_documents_CitedId", x => x.CitedId, "plans_documents", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "plans_plans",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DocumentId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                ParentPlanId = table.Column<Guid>(nullable: true),
                ImplementsDocumentId = table.Column<Guid>(nullable: true),
                ReportsSixMonthly = table.Column<bool>(nullable: false),
                ReportsAnnually = table.Column<bool>(nullable: false),
                ReportsOnRequest = table.Column<bool>(nullable: false),
                Place = table.Column<string>(maxLength: 200, nullable: true),
                SignerName = table.Column<string>(maxLength: 200, nullable: true),
                SignerTitle = table.Column<string>(maxLength: 200, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                IsDemo = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_plans_plans", x => x.Id);
                table.ForeignKey("FK_plans_plans_plans_documents_DocumentId", x => x.DocumentId, "plans_documents", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_plans_plans_plans_documents_ImplementsDocumentId", x => x.ImplementsDocumentId, "plans_documents", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_plans_plans_organizations_units_OrganizationId", x => x.OrganizationId, "organizations_units", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_plans_plans_plans_plans_ParentPlanId", x => x.ParentPlanId, "plans_plans", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "plans_tasks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Number = table.Column<string>(maxLength: 30, nullable: false),
                Text = table.Column<string>(maxLength: 8000, nullable: false),
                Recurrence = table.Column<string>(maxLength: 16, nullable: false),
                DueOn = table.Column<DateOnly>(nullable: true),
                ExpectedOutput = table.Column<string>(maxLength: 1000, nullable: true),
                ParentTaskId = table.Column<Guid>(nullable: true),
                SourceLine = table.Column<int>(nullable: true),
                SearchKey = table.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_plans_tasks", x => x.Id);
                table.ForeignKey("FK_plans_tasks_plans_plans_PlanId", x => x.PlanId, "plans_plans", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_plans_tasks_plans_tasks_ParentTaskId", x => x.ParentTaskId, "plans_tasks", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "plans_task_assignments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TaskId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: true),
                UnitName = table.Column<string>(maxLength: 300, nullable: false, collation: VietnameseCollation.Name),
                Role = table.Column<string>(maxLength: 16, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_plans_task_assignments", x => x.Id);
                table.ForeignKey("FK_plans_task_assignments_plans_tasks_TaskId", x => x.TaskId, "plans_tasks", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_plans_task_assignments_organizations_units_OrganizationId", x => x.OrganizationId, "organizations_units", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "plans_source_files",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PlanId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Size = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
                Text = table.Column<string>(nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_plans_source_files", x => x.Id);
                table.ForeignKey("FK_plans_source_files_plans_plans_PlanId", x => x.PlanId, "plans_plans", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_plans_documents_Number", "plans_documents", "Number");
        migrationBuilder.CreateIndex("IX_plans_documents_OrganizationId", "plans_documents", "OrganizationId");
        migrationBuilder.CreateIndex("IX_plans_document_citations_CitedId", "plans_document_citations", "CitedId");
        migrationBuilder.CreateIndex("IX_plans_plans_DocumentId", "plans_plans", "DocumentId", unique: true);
        migrationBuilder.CreateIndex("IX_plans_plans_ImplementsDocumentId", "plans_plans", "ImplementsDocumentId");
        migrationBuilder.CreateIndex("IX_plans_plans_OrganizationId", "plans_plans", "OrganizationId");
        migrationBuilder.CreateIndex("IX_plans_plans_ParentPlanId", "plans_plans", "ParentPlanId");
        migrationBuilder.CreateIndex("IX_plans_tasks_PlanId_Position", "plans_tasks", ["PlanId", "Position"]);
        migrationBuilder.CreateIndex("IX_plans_tasks_ParentTaskId", "plans_tasks", "ParentTaskId");
        migrationBuilder.CreateIndex("IX_plans_task_assignments_OrganizationId", "plans_task_assignments", "OrganizationId");
        migrationBuilder.CreateIndex("IX_plans_task_assignments_TaskId", "plans_task_assignments", "TaskId");
        migrationBuilder.CreateIndex("IX_plans_source_files_PlanId", "plans_source_files", "PlanId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "plans_source_files", "plans_task_assignments", "plans_tasks", "plans_plans", "plans_document_citations", "plans_documents" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
