using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Dialogues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dialogues_dialogues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoOrganizerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false, collation: "vi"),
                    ChairName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChairTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Groups = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MinutesNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    MinutesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpPlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FollowUpDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialogues_dialogues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dialogues_dialogues_organizations_units_CoOrganizerId",
                        column: x => x.CoOrganizerId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dialogues_dialogues_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dialogues_areas",
                columns: table => new
                {
                    DialogueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialogues_areas", x => new { x.DialogueId, x.AreaId });
                    table.ForeignKey(
                        name: "FK_dialogues_areas_dialogues_dialogues_DialogueId",
                        column: x => x.DialogueId,
                        principalTable: "dialogues_dialogues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_dialogues_areas_organizations_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "organizations_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dialogues_questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DialogueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AskerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnswerText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PetitionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialogues_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dialogues_questions_dialogues_dialogues_DialogueId",
                        column: x => x.DialogueId,
                        principalTable: "dialogues_dialogues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_dialogues_questions_organizations_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "organizations_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dialogues_commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DialogueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialogues_commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dialogues_commitments_dialogues_dialogues_DialogueId",
                        column: x => x.DialogueId,
                        principalTable: "dialogues_dialogues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_dialogues_commitments_dialogues_questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "dialogues_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dialogues_commitments_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dialogues_areas_AreaId",
                table: "dialogues_areas",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_dialogues_commitments_DialogueId_Position",
                table: "dialogues_commitments",
                columns: new[] { "DialogueId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dialogues_commitments_OrganizationId",
                table: "dialogues_commitments",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_dialogues_commitments_QuestionId",
                table: "dialogues_commitments",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_dialogues_dialogues_CoOrganizerId",
                table: "dialogues_dialogues",
                column: "CoOrganizerId");

            migrationBuilder.CreateIndex(
                name: "IX_dialogues_dialogues_OrganizationId_HeldOn",
                table: "dialogues_dialogues",
                columns: new[] { "OrganizationId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_dialogues_questions_AreaId",
                table: "dialogues_questions",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_dialogues_questions_DialogueId_Position",
                table: "dialogues_questions",
                columns: new[] { "DialogueId", "Position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dialogues_areas");

            migrationBuilder.DropTable(
                name: "dialogues_commitments");

            migrationBuilder.DropTable(
                name: "dialogues_questions");

            migrationBuilder.DropTable(
                name: "dialogues_dialogues");
        }
    }
}
