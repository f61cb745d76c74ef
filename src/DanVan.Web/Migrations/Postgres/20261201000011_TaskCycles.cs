using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TaskCycles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CycleId",
                table: "plans_task_progress",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "plans_cycle_deadlines",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_cycle_deadlines", x => new { x.PlanId, x.Key });
                    table.ForeignKey(
                        name: "FK_plans_cycle_deadlines_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_legacy_completions",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExceededTarget = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_legacy_completions", x => x.AssignmentId);
                });

            // Completions of the release before cycles wait here until CycleRollover places each in the cycle its date
            // falls in (the periods are the model's, not SQL's), at the first start-up.
            migrationBuilder.Sql("""
                INSERT INTO plans_legacy_completions ("AssignmentId", "CompletedOn", "ExceededTarget")
                SELECT "Id", "CompletedOn", "ExceededTarget" FROM plans_task_assignments WHERE "CompletedOn" IS NOT NULL
                """);

            migrationBuilder.DropColumn(
                name: "CompletedOn",
                table: "plans_task_assignments");

            migrationBuilder.DropColumn(
                name: "ExceededTarget",
                table: "plans_task_assignments");

            migrationBuilder.CreateTable(
                name: "plans_task_cycles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExceededTarget = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_task_cycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_task_cycles_plans_task_assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "plans_task_assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_task_progress_CycleId",
                table: "plans_task_progress",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_task_cycles_AssignmentId_Key",
                table: "plans_task_cycles",
                columns: new[] { "AssignmentId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_task_cycles_AssignmentId_StartsOn",
                table: "plans_task_cycles",
                columns: new[] { "AssignmentId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_task_cycles_DueOn",
                table: "plans_task_cycles",
                column: "DueOn");

            migrationBuilder.AddForeignKey(
                name: "FK_plans_task_progress_plans_task_cycles_CycleId",
                table: "plans_task_progress",
                column: "CycleId",
                principalTable: "plans_task_cycles",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE plans_task_progress SET \"CycleId\" = NULL");

            migrationBuilder.DropForeignKey(
                name: "FK_plans_task_progress_plans_task_cycles_CycleId",
                table: "plans_task_progress");

            migrationBuilder.DropTable(
                name: "plans_cycle_deadlines");

            migrationBuilder.DropTable(
                name: "plans_legacy_completions");

            migrationBuilder.DropTable(
                name: "plans_task_cycles");

            migrationBuilder.DropIndex(
                name: "IX_plans_task_progress_CycleId",
                table: "plans_task_progress");

            migrationBuilder.DropColumn(
                name: "CycleId",
                table: "plans_task_progress");

            migrationBuilder.AddColumn<DateOnly>(
                name: "CompletedOn",
                table: "plans_task_assignments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ExceededTarget",
                table: "plans_task_assignments",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}
