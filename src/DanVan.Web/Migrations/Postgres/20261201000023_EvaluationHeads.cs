using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EvaluationHeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RemediedOn",
                table: "inspections_recommendations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionPlace",
                table: "evaluation_rounds",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignatureAuthority",
                table: "evaluation_rounds",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerName",
                table: "evaluation_rounds",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerPosition",
                table: "evaluation_rounds",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsHead",
                table: "accounts_memberships",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "evaluation_heads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi"),
                    SelfComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SelfAssessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AppraisalComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Discipline = table.Column<bool>(type: "boolean", nullable: false),
                    Total = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Level = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Reasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_heads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_heads_evaluation_units_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "evaluation_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_head_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HeadId = table.Column<Guid>(type: "uuid", nullable: false),
                    CriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SelfPoints = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppraisedPoints = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_head_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_head_scores_evaluation_criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "evaluation_criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_evaluation_head_scores_evaluation_heads_HeadId",
                        column: x => x.HeadId,
                        principalTable: "evaluation_heads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_head_scores_CriterionId",
                table: "evaluation_head_scores",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_head_scores_HeadId_CriterionId",
                table: "evaluation_head_scores",
                columns: new[] { "HeadId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_heads_EvaluationId_UserId",
                table: "evaluation_heads",
                columns: new[] { "EvaluationId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_heads_UserId",
                table: "evaluation_heads",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_head_scores");

            migrationBuilder.DropTable(
                name: "evaluation_heads");

            migrationBuilder.DropColumn(
                name: "RemediedOn",
                table: "inspections_recommendations");

            migrationBuilder.DropColumn(
                name: "DecisionPlace",
                table: "evaluation_rounds");

            migrationBuilder.DropColumn(
                name: "SignatureAuthority",
                table: "evaluation_rounds");

            migrationBuilder.DropColumn(
                name: "SignerName",
                table: "evaluation_rounds");

            migrationBuilder.DropColumn(
                name: "SignerPosition",
                table: "evaluation_rounds");

            migrationBuilder.DropColumn(
                name: "IsHead",
                table: "accounts_memberships");
        }
    }
}
