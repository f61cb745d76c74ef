using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// Writes many rows into one table fast, in the formats EF Core uses on each engine: PostgreSQL's binary COPY,
/// or one prepared INSERT reused inside the caller's transaction on SQLite (GUIDs as upper-case text, decimals
/// and dates as invariant text).
/// </summary>
public abstract class BulkWriter : IAsyncDisposable
{
    public static BulkWriter Open(DbConnection connection, DbTransaction? transaction, string table, params string[] columns) => connection switch
    {
        NpgsqlConnection npgsql => new Copy(npgsql, table, columns),
        SqliteConnection sqlite => new Insert(sqlite, (SqliteTransaction?)transaction, table, columns),
        _ => throw new NotSupportedException(connection.GetType().Name),
    };

    /// <summary>The context's connection, open, with the transaction SQLite's inserts need (none on PostgreSQL, where COPY is one statement).</summary>
    public static async Task<(DbConnection Connection, DbTransaction? Transaction)> BeginAsync(Microsoft.EntityFrameworkCore.DbContext db, CancellationToken cancellationToken)
    {
        var connection = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        return (connection, connection is SqliteConnection ? await connection.BeginTransactionAsync(cancellationToken) : null);
    }

    public abstract ValueTask RowAsync(params object?[] values);

    public abstract ValueTask CompleteAsync();

    public abstract ValueTask DisposeAsync();

    private sealed class Copy(NpgsqlConnection connection, string table, string[] columns) : BulkWriter
    {
        private readonly NpgsqlBinaryImporter importer = Begin(connection, table, columns);

        private static NpgsqlBinaryImporter Begin(NpgsqlConnection connection, string table, string[] columns)
        {
            var importer = connection.BeginBinaryImport($"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
            importer.Timeout = TimeSpan.FromMinutes(30); // millions of rows outlast the 30-second command timeout
            return importer;
        }

        public override async ValueTask RowAsync(params object?[] values)
        {
            await importer.StartRowAsync();
            foreach (var value in values)
            {
                switch (value)
                {
                    case null: await importer.WriteNullAsync(); break;
                    case Guid g: await importer.WriteAsync(g, NpgsqlDbType.Uuid); break;
                    case string s: await importer.WriteAsync(s, NpgsqlDbType.Text); break;
                    case int i: await importer.WriteAsync(i, NpgsqlDbType.Integer); break;
                    case bool b: await importer.WriteAsync(b, NpgsqlDbType.Boolean); break;
                    case decimal d: await importer.WriteAsync(d, NpgsqlDbType.Numeric); break;
                    case DateOnly d: await importer.WriteAsync(d, NpgsqlDbType.Date); break;
                    case DateTime t: await importer.WriteAsync(DateTime.SpecifyKind(t, DateTimeKind.Utc), NpgsqlDbType.TimestampTz); break;
                    default: throw new NotSupportedException(value.GetType().Name);
                }
            }
        }

        public override async ValueTask CompleteAsync() => await importer.CompleteAsync();

        public override ValueTask DisposeAsync() => importer.DisposeAsync();
    }

    private sealed class Insert : BulkWriter
    {
        private readonly SqliteCommand command;

        public Insert(SqliteConnection connection, SqliteTransaction? transaction, string table, string[] columns)
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }

            command.Prepare();
        }

        public override async ValueTask RowAsync(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    Guid g => g.ToString().ToUpperInvariant(),
                    bool b => b ? 1 : 0,
                    decimal d => d.ToString("0.0###########################", CultureInfo.InvariantCulture),
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
                    var other => other,
                };
            }

            await command.ExecuteNonQueryAsync();
        }

        public override ValueTask CompleteAsync() => ValueTask.CompletedTask;

        public override ValueTask DisposeAsync() => command.DisposeAsync();
    }
}
