using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Inspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspections_programmes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false, collation: "vi"),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_programmes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_programmes_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspections_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false, collation: "vi"),
                    Subject = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectPlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectTaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    CoversFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CoversTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConclusionSymbol = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ConclusionIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConclusionSummary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ConclusionText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConclusionPlace = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignatureAuthority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 6200, nullable: true),
                    FollowUpPlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FollowUpDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcludedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_inspections_inspections_programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "inspections_programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_inspections_plans_documents_FollowUpDocumentId",
                        column: x => x.FollowUpDocumentId,
                        principalTable: "plans_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_inspections_plans_plans_FollowUpPlanId",
                        column: x => x.FollowUpPlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_inspections_plans_plans_SubjectPlanId",
                        column: x => x.SubjectPlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_inspections_plans_tasks_SubjectTaskId",
                        column: x => x.SubjectTaskId,
                        principalTable: "plans_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspections_contents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_contents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_contents_inspections_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inspections_contents_plans_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plans_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspections_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_files_inspections_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inspections_files_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspections_team",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsHead = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_team", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_team_inspections_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspections_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SelfReport = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_units_inspections_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inspections_units_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspections_findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Shortcomings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Causes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_findings_inspections_contents_ContentId",
                        column: x => x.ContentId,
                        principalTable: "inspections_contents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inspections_findings_inspections_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inspections_findings_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspections_recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CarriedOverAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CarriedOverReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_recommendations_inspections_findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "inspections_findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_recommendations_inspections_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inspections_recommendations_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_recommendations_plans_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plans_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_contents_InspectionId",
                table: "inspections_contents",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_contents_TaskId",
                table: "inspections_contents",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_files_InspectionId_OrganizationId",
                table: "inspections_files",
                columns: new[] { "InspectionId", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_files_OrganizationId",
                table: "inspections_files",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_findings_ContentId",
                table: "inspections_findings",
                column: "ContentId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_findings_InspectionId_ContentId_OrganizationId",
                table: "inspections_findings",
                columns: new[] { "InspectionId", "ContentId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_findings_OrganizationId",
                table: "inspections_findings",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspections_FollowUpDocumentId",
                table: "inspections_inspections",
                column: "FollowUpDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspections_FollowUpPlanId",
                table: "inspections_inspections",
                column: "FollowUpPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspections_ProgrammeId_StartsOn",
                table: "inspections_inspections",
                columns: new[] { "ProgrammeId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspections_SubjectPlanId",
                table: "inspections_inspections",
                column: "SubjectPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspections_SubjectTaskId",
                table: "inspections_inspections",
                column: "SubjectTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_programmes_OrganizationId_Year",
                table: "inspections_programmes",
                columns: new[] { "OrganizationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_recommendations_FindingId",
                table: "inspections_recommendations",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_recommendations_InspectionId",
                table: "inspections_recommendations",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_recommendations_OrganizationId",
                table: "inspections_recommendations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_recommendations_TaskId",
                table: "inspections_recommendations",
                column: "TaskId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_team_InspectionId_UserId",
                table: "inspections_team",
                columns: new[] { "InspectionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_team_UserId",
                table: "inspections_team",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_units_InspectionId_OrganizationId",
                table: "inspections_units",
                columns: new[] { "InspectionId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_units_OrganizationId",
                table: "inspections_units",
                column: "OrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspections_files");

            migrationBuilder.DropTable(
                name: "inspections_recommendations");

            migrationBuilder.DropTable(
                name: "inspections_team");

            migrationBuilder.DropTable(
                name: "inspections_units");

            migrationBuilder.DropTable(
                name: "inspections_findings");

            migrationBuilder.DropTable(
                name: "inspections_contents");

            migrationBuilder.DropTable(
                name: "inspections_inspections");

            migrationBuilder.DropTable(
                name: "inspections_programmes");
        }
    }
}
