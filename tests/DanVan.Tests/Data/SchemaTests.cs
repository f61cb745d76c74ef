#pragma warning disable EF1001 // The scaffolding model factories are internal API; they are the engines' own schema readers.
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Scaffolding.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Tests.Data;

/// <summary>What the generated migrations build, custom SQL included, is exactly the model: every table, column, type, collation, key and index.</summary>
public abstract class SchemaTests(DanVanApp app)
{
    [Fact]
    public async Task Migrated_schema_matches_the_model()
    {
        var differences = await app.WithDbAsync((db, _) =>
        {
            var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
            var database = ReadDatabase(db);
            return Task.FromResult(Compare(model, database));
        });
        Assert.Empty(differences);
    }

    internal static DatabaseModel ReadDatabase(AppDbContext db)
    {
        var logger = db.GetService<IDiagnosticsLogger<DbLoggerCategory.Scaffolding>>();
        IDatabaseModelFactory factory = db.Database.IsNpgsql()
            ? new Npgsql.EntityFrameworkCore.PostgreSQL.Scaffolding.Internal.NpgsqlDatabaseModelFactory(logger)
            : new Microsoft.EntityFrameworkCore.Sqlite.Scaffolding.Internal.SqliteDatabaseModelFactory(logger, db.GetService<IRelationalTypeMappingSource>());
        db.Database.OpenConnection(); // through EF, so that SQLite gets the "vi" collation
        var connection = db.Database.GetDbConnection();
        return factory.Create(connection, new DatabaseModelFactoryOptions());
    }

    internal static List<string> Compare(IRelationalModel model, DatabaseModel database)
    {
        var differences = new List<string>();
        var tables = database.Tables.Where(t => !t.Name.StartsWith("__EF", StringComparison.Ordinal)).ToDictionary(t => t.Name);
        foreach (var table in model.Tables)
        {
            if (!tables.Remove(table.Name, out var actual))
            {
                differences.Add($"missing table {table.Name}");
                continue;
            }

            var columns = actual.Columns.ToDictionary(c => c.Name);
            foreach (var column in table.Columns)
            {
                if (!columns.Remove(column.Name, out var actualColumn))
                {
                    differences.Add($"missing column {table.Name}.{column.Name}");
                    continue;
                }

                if (!string.Equals(Normalize(column.StoreType), Normalize(actualColumn.StoreType), StringComparison.OrdinalIgnoreCase))
                {
                    differences.Add($"{table.Name}.{column.Name}: model {column.StoreType}, database {actualColumn.StoreType}");
                }

                if (column.IsNullable != actualColumn.IsNullable)
                {
                    differences.Add($"{table.Name}.{column.Name}: model nullable={column.IsNullable}, database nullable={actualColumn.IsNullable}");
                }

                if (column.Collation != actualColumn.Collation)
                {
                    differences.Add($"{table.Name}.{column.Name}: model collation {column.Collation}, database {actualColumn.Collation}");
                }
            }

            differences.AddRange(columns.Keys.Select(c => $"extra column {table.Name}.{c}"));
            var actualKey = string.Join(",", actual.PrimaryKey?.Columns.Select(c => c.Name) ?? []);
            var modelKey = string.Join(",", table.PrimaryKey?.Columns.Select(c => c.Name) ?? []);
            if (actualKey != modelKey)
            {
                differences.Add($"{table.Name}: primary key model ({modelKey}), database ({actualKey})");
            }

            var modelIndexes = table.Indexes.Select(i => $"{(i.IsUnique ? "unique " : "")}({string.Join(",", i.Columns.Select(c => c.Name))})").Order().ToList();
            var actualIndexes = actual.Indexes.Select(i => $"{(i.IsUnique ? "unique " : "")}({string.Join(",", i.Columns.Select(c => c!.Name))})").Order().ToList();
            if (!modelIndexes.SequenceEqual(actualIndexes))
            {
                differences.Add($"{table.Name}: indexes model [{string.Join("; ", modelIndexes)}], database [{string.Join("; ", actualIndexes)}]");
            }

            var modelForeignKeys = table.ForeignKeyConstraints.Select(f => $"({string.Join(",", f.Columns.Select(c => c.Name))})->{f.PrincipalTable.Name} {f.OnDeleteAction}").Order().ToList();
            var actualForeignKeys = actual.ForeignKeys.Select(f => $"({string.Join(",", f.Columns.Select(c => c.Name))})->{f.PrincipalTable.Name} {f.OnDelete ?? ReferentialAction.NoAction}").Order().ToList();
            if (!modelForeignKeys.SequenceEqual(actualForeignKeys))
            {
                differences.Add($"{table.Name}: foreign keys model [{string.Join("; ", modelForeignKeys)}], database [{string.Join("; ", actualForeignKeys)}]");
            }
        }

        differences.AddRange(tables.Keys.Select(t => $"extra table {t}"));
        return differences;
    }

    private static string Normalize(string? storeType) => (storeType ?? "").Replace(" ", "", StringComparison.Ordinal);
}

public sealed class SchemaTests_Sqlite(SqliteApp app) : SchemaTests(app), IClassFixture<SqliteApp>;

public sealed class SchemaTests_Postgres(PostgresApp app) : SchemaTests(app), IClassFixture<PostgresApp>;
