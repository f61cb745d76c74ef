using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// Reads a save refused by a unique key (SQLite 19/2067 or 1555, PostgreSQL 23505): which columns clashed. Any other
/// database error is not one, and is not to be explained as "already exists".
/// </summary>
public static partial class UniqueViolation
{
    /// <summary>The clashing columns, or null when the error is not a unique-key violation.</summary>
    public static IReadOnlyList<string>? Columns(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } e => SqliteColumns().Match(e.Message) is { Success: true } m
            ? m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries).Select(c => c[(c.LastIndexOf('.') + 1)..]).ToList()
            : [],
        // The detail ("Key (…)=(…)") is redacted by default; the index is named IX_<table>_<Column>_<Column> (columns have no "_").
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } e => e.ConstraintName is { } name && e.TableName is { } table && name.StartsWith($"IX_{table}_", StringComparison.Ordinal)
            ? name[$"IX_{table}_".Length..].Split('_')
            : [],
        _ => null,
    };

    [GeneratedRegex(@"UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)")]
    private static partial Regex SqliteColumns();
}
