using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistryFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The plan becomes optional (a registry entry keeps its file too). EF would rebuild the table with foreign keys
            // off, outside the migration's transaction; nothing references this table, so it is rebuilt here, inside it.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_plans_source_files" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_plans_source_files" PRIMARY KEY,
                    "PlanId" TEXT NULL,
                    "DocumentId" TEXT NULL,
                    "FileName" TEXT NOT NULL,
                    "ContentType" TEXT NOT NULL,
                    "Size" INTEGER NOT NULL,
                    "Sha256" TEXT NOT NULL,
                    "Content" BLOB NOT NULL,
                    "Text" TEXT NOT NULL,
                    "UploadedAt" TEXT NOT NULL,
                    CONSTRAINT "FK_plans_source_files_plans_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "plans_plans" ("Id") ON DELETE CASCADE,
                    CONSTRAINT "FK_plans_source_files_plans_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "plans_documents" ("Id") ON DELETE CASCADE
                )
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_plans_source_files" ("Id", "PlanId", "FileName", "ContentType", "Size", "Sha256", "Content", "Text", "UploadedAt")
                SELECT "Id", "PlanId", "FileName", "ContentType", "Size", "Sha256", "Content", "Text", "UploadedAt" FROM "plans_source_files"
                """);
            migrationBuilder.Sql("DROP TABLE \"plans_source_files\"");
            migrationBuilder.Sql("ALTER TABLE \"ef_temp_plans_source_files\" RENAME TO \"plans_source_files\"");

            migrationBuilder.CreateIndex(
                name: "IX_plans_source_files_PlanId",
                table: "plans_source_files",
                column: "PlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_source_files_DocumentId",
                table: "plans_source_files",
                column: "DocumentId",
                unique: true);
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
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
