using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Evaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluation_sets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false, collation: "vi"),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FailedLevel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_sets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_criteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Measure = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_criteria_evaluation_sets_SetId",
                        column: x => x.SetId,
                        principalTable: "evaluation_sets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_levels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MinScore = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    AllOnTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinExceededPercent = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    AllDone = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxLatePercent = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    NoDiscipline = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_levels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_levels_evaluation_sets_SetId",
                        column: x => x.SetId,
                        principalTable: "evaluation_sets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionSymbol = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_rounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_rounds_evaluation_sets_SetId",
                        column: x => x.SetId,
                        principalTable: "evaluation_sets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evaluation_rounds_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SelfComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SelfAssessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AppraisalComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Discipline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_units_evaluation_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "evaluation_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_evaluation_units_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SelfPoints = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AppraisedPoints = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    AdjustedPoints = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    AdjustReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_scores_evaluation_criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "evaluation_criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evaluation_scores_evaluation_units_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "evaluation_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_criteria_SetId",
                table: "evaluation_criteria",
                column: "SetId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_levels_SetId",
                table: "evaluation_levels",
                column: "SetId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_rounds_OrganizationId_Year_Quarter",
                table: "evaluation_rounds",
                columns: new[] { "OrganizationId", "Year", "Quarter" });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_rounds_SetId",
                table: "evaluation_rounds",
                column: "SetId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_scores_CriterionId",
                table: "evaluation_scores",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_scores_EvaluationId_CriterionId",
                table: "evaluation_scores",
                columns: new[] { "EvaluationId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_units_OrganizationId",
                table: "evaluation_units",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_units_RoundId_OrganizationId",
                table: "evaluation_units",
                columns: new[] { "RoundId", "OrganizationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_levels");

            migrationBuilder.DropTable(
                name: "evaluation_scores");

            migrationBuilder.DropTable(
                name: "evaluation_criteria");

            migrationBuilder.DropTable(
                name: "evaluation_units");

            migrationBuilder.DropTable(
                name: "evaluation_rounds");

            migrationBuilder.DropTable(
                name: "evaluation_sets");
        }
    }
}
