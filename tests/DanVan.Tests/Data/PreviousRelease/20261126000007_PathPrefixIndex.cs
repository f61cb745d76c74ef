using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Data.PreviousRelease;

/// <summary>
/// On PostgreSQL, an index on a unit's path that serves "path starts with" (a subtree): the plain index follows the
/// database's collation, which LIKE cannot use unless it is "C". SQLite's LIKE prefix needs nothing more.
/// </summary>
[DbContext(typeof(PreviousReleaseContext))]
[Migration("20261126000007_PathPrefixIndex")]
public sealed class PathPrefixIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsPostgres())
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_organizations_units_Path_prefix" ON organizations_units ("Path" varchar_pattern_ops);""");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsPostgres())
        {
            migrationBuilder.Sql("""DROP INDEX "IX_organizations_units_Path_prefix";""");
        }
    }
}
