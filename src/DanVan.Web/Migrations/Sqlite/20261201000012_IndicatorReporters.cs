using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorReporters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReporterKinds",
                table: "reporting_indicators",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            // A statistic by village was entered by every unit; it is now one value per village, reported by the
            // commune People's Committee (kind "ubnd", seeded by the first migration). The administrator can change it.
            migrationBuilder.Sql("""
                UPDATE reporting_indicators SET "ReporterKinds" = 'ubnd'
                WHERE "ByVillage" = 1 AND "Aggregation" <> 'Ratio'
                """);

            // Counts are never negative (a bound the administrator can still set otherwise).
            migrationBuilder.Sql("""UPDATE reporting_indicators SET "MinValue" = 0 WHERE "Type" = 'Integer' AND "MinValue" IS NULL""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReporterKinds",
                table: "reporting_indicators");
        }
    }
}
