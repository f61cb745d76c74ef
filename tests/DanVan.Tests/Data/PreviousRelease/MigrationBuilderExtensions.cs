using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace DanVan.Tests.Data.PreviousRelease;

/// <summary>Helpers of the previous release's hand-written migrations (docs/adr/0002, superseded).</summary>
internal static class MigrationBuilderExtensions
{
    public static bool IsPostgres(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Annotations that make an integer key database-generated on either engine.</summary>
    public static OperationBuilder<AddColumnOperation> Identity(this OperationBuilder<AddColumnOperation> column) => column
        .Annotation("Sqlite:Autoincrement", true)
        .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

    /// <summary>Makes a table append-only: the database itself refuses UPDATE and DELETE.</summary>
    public static void MakeAppendOnly(this MigrationBuilder migrationBuilder, string table)
    {
        if (migrationBuilder.IsPostgres())
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '{table} is append-only';
                END $$;
                CREATE TRIGGER {table}_no_update_or_delete BEFORE UPDATE OR DELETE ON {table}
                    FOR EACH ROW EXECUTE FUNCTION {table}_append_only();
                CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
                    FOR EACH STATEMENT EXECUTE FUNCTION {table}_append_only();
                """);
        }
        else
        {
            migrationBuilder.Sql($"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;");
            migrationBuilder.Sql($"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;");
        }
    }
}
