using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EmailDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Delivery",
                table: "notifications_preferences",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                // The rows of earlier releases were each a choice of "no e-mail".
                defaultValue: "None");

            migrationBuilder.AddColumn<bool>(
                name: "EmailDaily",
                table: "notifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Delivery",
                table: "notifications_preferences");

            migrationBuilder.DropColumn(
                name: "EmailDaily",
                table: "notifications");
        }
    }
}
