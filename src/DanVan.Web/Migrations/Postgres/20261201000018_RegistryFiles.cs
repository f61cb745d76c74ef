using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegistryFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "PlanId",
                table: "plans_source_files",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "DocumentId",
                table: "plans_source_files",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_source_files_DocumentId",
                table: "plans_source_files",
                column: "DocumentId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_plans_source_files_plans_documents_DocumentId",
                table: "plans_source_files",
                column: "DocumentId",
                principalTable: "plans_documents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_plans_source_files_plans_documents_DocumentId",
                table: "plans_source_files");

            migrationBuilder.DropIndex(
                name: "IX_plans_source_files_DocumentId",
                table: "plans_source_files");

            migrationBuilder.DropColumn(
                name: "DocumentId",
                table: "plans_source_files");

            migrationBuilder.AlterColumn<Guid>(
                name: "PlanId",
                table: "plans_source_files",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
