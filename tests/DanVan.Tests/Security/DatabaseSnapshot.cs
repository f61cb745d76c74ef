using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>Every table's rows as one hash per table, to prove that a refused request changed nothing anywhere.</summary>
public static class DatabaseSnapshot
{
    /// <summary>Tables a refused request may write: the audit log records the refusal itself.</summary>
    private static readonly HashSet<string> Ignored = ["audit_entries"];

    /// <param name="everything">Also the audit log (a backup must carry it).</param>
    /// <param name="except">Tables of the model the database does not have yet (before a migration adds them).</param>
    public static Task<IReadOnlyDictionary<string, string>> TakeAsync(AppDbContext db, bool everything = false, params string[] except) =>
        TakeAsync(db, everything, null, except);

    /// <param name="columns">Per table, only these columns (an upgrade's "before" ones: a column a migration adds is not a change of the rows).</param>
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(AppDbContext db, bool everything, IReadOnlyDictionary<string, string[]>? columns, params string[] except)
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct()
            .Where(t => (everything || !Ignored.Contains(t)) && !except.Contains(t)).Order().ToList();
        if (columns is not null)
        {
            // Those of the given columns the table still has (one a migration dropped is a change the caller allows for).
            var now = await ColumnsAsync(db, except);
            columns = columns.ToDictionary(c => c.Key, c => c.Value.Intersect(now.GetValueOrDefault(c.Key) ?? []).ToArray());
        }

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync();
        }

        try
        {
            var result = new Dictionary<string, string>();
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = columns?.GetValueOrDefault(table) is { } only
                    ? $"SELECT {string.Join(", ", only.Select(c => $"\"{c}\""))} FROM \"{table}\""
                    : $"SELECT * FROM \"{table}\"";
                await using var reader = await command.ExecuteReaderAsync();
                result[table] = await HashAsync(reader);
            }

            return result;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>The columns each table has now.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> ColumnsAsync(AppDbContext db, params string[] except)
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Where(t => !except.Contains(t)).ToList();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync();
        }

        try
        {
            var result = new Dictionary<string, string[]>();
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\" WHERE 1 = 0";
                await using var reader = await command.ExecuteReaderAsync();
                result[table] = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            }

            return result;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Order();

    private static async Task<string> HashAsync(DbDataReader reader)
    {
        var rows = new List<string>();
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows.Add(string.Join('\u001f', values.Select(v => v is byte[] bytes ? Convert.ToBase64String(bytes) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return $"{rows.Count}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows))))[..16]}";
    }
}
