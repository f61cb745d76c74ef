using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TaskCycles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_cycle_deadlines",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExceededTarget = table.Column<bool>(type: "INTEGER", nullable: false)
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

            // SQLite drops an unindexed column in place (3.35+); EF's table rebuild would run outside the transaction.
            migrationBuilder.Sql("ALTER TABLE plans_task_assignments DROP COLUMN \"CompletedOn\"");
            migrationBuilder.Sql("ALTER TABLE plans_task_assignments DROP COLUMN \"ExceededTarget\"");

            migrationBuilder.CreateTable(
                name: "plans_task_cycles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExceededTarget = table.Column<bool>(type: "INTEGER", nullable: false)
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

            // A nullable column with its foreign key is added in place; EF's AddForeignKey would rebuild the table outside the transaction.
            migrationBuilder.Sql("""
                ALTER TABLE plans_task_progress ADD COLUMN "CycleId" TEXT NULL
                CONSTRAINT "FK_plans_task_progress_plans_task_cycles_CycleId" REFERENCES plans_task_cycles ("Id")
                """);

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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ExceededTarget",
                table: "plans_task_assignments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }
    }
}
