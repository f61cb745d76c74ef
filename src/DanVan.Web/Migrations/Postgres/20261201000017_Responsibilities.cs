using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Responsibilities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Field",
                table: "plans_tasks",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "organizations_responsibilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: true),
                    Field = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true, collation: "vi"),
                    FieldKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organizations_responsibilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organizations_responsibilities_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_organizations_responsibilities_organizations_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "organizations_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organizations_responsibilities_organizations_units_Organiza~",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_organizations_responsibilities_AreaId",
                table: "organizations_responsibilities",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_organizations_responsibilities_OrganizationId_AreaId",
                table: "organizations_responsibilities",
                columns: new[] { "OrganizationId", "AreaId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organizations_responsibilities_OrganizationId_FieldKey",
                table: "organizations_responsibilities",
                columns: new[] { "OrganizationId", "FieldKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organizations_responsibilities_UserId",
                table: "organizations_responsibilities",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organizations_responsibilities");

            migrationBuilder.DropColumn(
                name: "Field",
                table: "plans_tasks");
        }
    }
}
