using System.CommandLine;
using System.Diagnostics;
using DanVan.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DanVan.Web.Cli;

/// <summary>
/// <c>backup --to FILE</c> and <c>restore --from FILE</c>: PostgreSQL through its own pg_dump and pg_restore (custom
/// format), SQLite through its online backup API, safe while the server runs. Everything DanVan keeps is in the
/// database (plan source files, evidence, the key ring, waiting uploads), so the one file is the whole backup.
/// A restore goes into an empty database only.
/// </summary>
internal static class BackupCommand
{
    public static IEnumerable<Command> Create(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var to = new Option<FileInfo>("--to") { Description = "The backup file to write.", Required = true };
        var backup = new Command("backup", "Back up the database to one file (pg_dump custom format, or a SQLite database file).") { to };
        backup.SetAction(async (result, ct) => await RunAsync(settings, error, async (connection, configuration) =>
        {
            var file = result.GetValue(to)!;
            if (connection.Provider == DatabaseProvider.Postgres)
            {
                var code = await PgToolAsync(configuration, "pg_dump", connection.ConnectionString, ["--format=custom", "--no-owner", "--no-privileges", $"--file={file.FullName}"], error, ct);
                if (code != 0)
                {
                    return code;
                }
            }
            else
            {
                if (file.Exists)
                {
                    file.Delete();
                }

                await using var source = new SqliteConnection(connection.ConnectionString);
                await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file.FullName, Pooling = false }.ToString());
                await source.OpenAsync(ct);
                await target.OpenAsync(ct);
                source.BackupDatabase(target);
            }

            file.Refresh();
            await output.WriteLineAsync($"Backup written: {file.FullName} ({file.Length:N0} bytes) from {connection.Describe()}.");
            return 0;
        }));

        var from = new Option<FileInfo>("--from") { Description = "The backup file to restore.", Required = true };
        var restore = new Command("restore", "Restore a backup into the configured database, which must be empty.") { from };
        restore.SetAction(async (result, ct) => await RunAsync(settings, error, async (connection, configuration) =>
        {
            var file = result.GetValue(from)!;
            if (!file.Exists)
            {
                await error.WriteLineAsync($"No backup file at {file.FullName}.");
                return 2;
            }

            if (!await IsEmptyAsync(connection, ct))
            {
                await error.WriteLineAsync($"The database is not empty ({connection.Describe()}): restore only into a new, empty database.");
                return 2;
            }

            if (connection.Provider == DatabaseProvider.Postgres)
            {
                var code = await PgToolAsync(configuration, "pg_restore", connection.ConnectionString, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", file.FullName], error, ct);
                if (code != 0)
                {
                    return code;
                }
            }
            else
            {
                await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file.FullName, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
                await using var target = new SqliteConnection(connection.ConnectionString);
                await source.OpenAsync(ct);
                await target.OpenAsync(ct);
                source.BackupDatabase(target);
            }

            await output.WriteLineAsync($"Restored {file.FullName} into {connection.Describe()}.");
            return 0;
        }));
        return [backup, restore];
    }

    private static async Task<int> RunAsync(IReadOnlyDictionary<string, string?>? settings, TextWriter error, Func<DatabaseConnection, IConfiguration, Task<int>> action)
    {
        var builder = DanVanHost.CreateBuilder([], settings);
        await using var app = builder.Build();
        try
        {
            return await action(app.Services.GetRequiredService<DatabaseConnection>(), app.Configuration);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or System.ComponentModel.Win32Exception)
        {
            await error.WriteLineAsync("Lỗi sao lưu/khôi phục (backup error): " + e.Message);
            return 3;
        }
    }

    private static async Task<bool> IsEmptyAsync(DatabaseConnection connection, CancellationToken cancellationToken)
    {
        if (connection.Provider == DatabaseProvider.Postgres)
        {
            await using var pg = new NpgsqlConnection(connection.ConnectionString);
            await pg.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", pg);
            return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 0;
        }

        await using var sqlite = new SqliteConnection(connection.ConnectionString);
        await sqlite.OpenAsync(cancellationToken);
        await using var count = sqlite.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        return (long)(await count.ExecuteScalarAsync(cancellationToken))! == 0;
    }

    /// <summary>Runs pg_dump or pg_restore (from <c>Backup:PostgresBin</c>, the PATH, or Debian's folders) with the connection in its environment.</summary>
    private static async Task<int> PgToolAsync(IConfiguration configuration, string tool, string connectionString, string[] arguments, TextWriter error, CancellationToken cancellationToken)
    {
        var path = FindTool(configuration["Backup:PostgresBin"], tool);
        if (path is null)
        {
            await error.WriteLineAsync($"{tool} not found: install PostgreSQL's client tools or set Backup__PostgresBin.");
            return 2;
        }

        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(path) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add($"--dbname={connection.Database}");
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        if (!string.IsNullOrEmpty(connection.Password))
        {
            start.Environment["PGPASSWORD"] = connection.Password;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            await error.WriteLineAsync($"{tool} failed ({process.ExitCode}): {(await stderr).Trim()} {(await stdout).Trim()}");
        }

        return process.ExitCode;
    }

    private static string? FindTool(string? configured, string tool)
    {
        var folders = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            folders.Add(configured);
        }

        folders.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            folders.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin")));
        }

        return folders.Select(f => Path.Combine(f, tool)).FirstOrDefault(File.Exists);
    }
}
