using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Web.Migrations;

/// <summary>What the generated migrations cannot say from the model, written once for both engines.</summary>
internal static class MigrationSql
{
    private static bool IsPostgres(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Makes a table append-only: the database itself refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL).</summary>
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

    public static void DropAppendOnly(this MigrationBuilder migrationBuilder, string table)
    {
        if (migrationBuilder.IsPostgres())
        {
            migrationBuilder.Sql($"DROP FUNCTION IF EXISTS {table}_append_only() CASCADE;");
        }
        else
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_update;");
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_delete;");
        }
    }

    /// <summary>The kinds of organization named in domain.md; administrators edit them afterwards (names change with reorganisations).</summary>
    public static void SeedOrganizationKinds(this MigrationBuilder migrationBuilder)
    {
        (string Id, string Code, string Name)[] kinds =
        [
            ("0B6F1D6A-0001-4C1E-9E55-3C1A0D0A2601", "dang-uy", "Đảng ủy, cấp ủy"),
            ("0B6F1D6A-0002-4C1E-9E55-3C1A0D0A2601", "chi-bo", "Chi bộ"),
            ("0B6F1D6A-0003-4C1E-9E55-3C1A0D0A2601", "ban-tham-muu", "Cơ quan tham mưu, giúp việc"),
            ("0B6F1D6A-0004-4C1E-9E55-3C1A0D0A2601", "hdnd", "Hội đồng nhân dân"),
            ("0B6F1D6A-0005-4C1E-9E55-3C1A0D0A2601", "ubnd", "Ủy ban nhân dân"),
            ("0B6F1D6A-0006-4C1E-9E55-3C1A0D0A2601", "mttq", "Ủy ban Mặt trận Tổ quốc"),
            ("0B6F1D6A-0007-4C1E-9E55-3C1A0D0A2601", "ct-xh", "Tổ chức chính trị - xã hội"),
            ("0B6F1D6A-0008-4C1E-9E55-3C1A0D0A2601", "quan-su", "Quân sự"),
            ("0B6F1D6A-0009-4C1E-9E55-3C1A0D0A2601", "cong-an", "Công an"),
            ("0B6F1D6A-000A-4C1E-9E55-3C1A0D0A2601", "so-nganh", "Sở, ban, ngành"),
            ("0B6F1D6A-000B-4C1E-9E55-3C1A0D0A2601", "thon", "Thôn, tổ dân phố"),
        ];
        for (var i = 0; i < kinds.Length; i++)
        {
            var (id, code, name) = kinds[i];
            migrationBuilder.Sql($"INSERT INTO organizations_kinds (\"Id\", \"Code\", \"Name\", \"SortOrder\") VALUES ('{id}', '{code}', '{name}', {(i + 1) * 10});");
        }
    }
}
