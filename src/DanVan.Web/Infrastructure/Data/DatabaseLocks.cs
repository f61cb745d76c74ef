using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// Named locks held in the database, so that several servers on one database do a thing one at a time: start-up
/// (migrations, demo data, first administrator) and background passes (reminders, e-mail). On PostgreSQL a
/// session advisory lock on a connection of its own; on SQLite (one machine) a lock file beside the database.
/// </summary>
public sealed class DatabaseLocks(DatabaseConnection connection)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InProcess = new();

    /// <summary>Waits until the lock is held.</summary>
    public Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken) =>
        LockAsync(name, wait: true, cancellationToken)!;

    /// <summary>The lock, or null when another server (or another pass here) holds it.</summary>
    public Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken) =>
        LockAsync(name, wait: false, cancellationToken);

    private async Task<IAsyncDisposable?> LockAsync(string name, bool wait, CancellationToken cancellationToken)
    {
        var local = InProcess.GetOrAdd(Key(name), _ => new SemaphoreSlim(1, 1));
        if (wait)
        {
            await local.WaitAsync(cancellationToken);
        }
        else if (!await local.WaitAsync(0, cancellationToken))
        {
            return null;
        }

        try
        {
            var held = connection.Provider == DatabaseProvider.Postgres
                ? await PostgresAsync(name, wait, cancellationToken)
                : await FileAsync(name, wait, cancellationToken);
            if (held is null)
            {
                local.Release();
                return null;
            }

            return new Held(held, local);
        }
        catch
        {
            local.Release();
            throw;
        }
    }

    private async Task<IAsyncDisposable?> PostgresAsync(string name, bool wait, CancellationToken cancellationToken)
    {
        var key = BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("danvan:" + name)));
        var session = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection.ConnectionString) { Pooling = false, CommandTimeout = 0 }.ConnectionString);
        await session.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(wait ? "SELECT pg_advisory_lock($1)" : "SELECT pg_try_advisory_lock($1)", session) { Parameters = { new() { Value = key } } };
        var result = await command.ExecuteScalarAsync(cancellationToken);
        if (!wait && result is false)
        {
            await session.DisposeAsync();
            return null;
        }

        // Closing the session releases its advisory locks.
        return session;
    }

    private async Task<IAsyncDisposable?> FileAsync(string name, bool wait, CancellationToken cancellationToken)
    {
        var source = new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;
        if (source is ":memory:" or "")
        {
            return new NoLock();
        }

        var path = $"{source}.{Key(name)}.lock";
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (wait)
            {
                await Task.Delay(200, cancellationToken);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    private static string Key(string name) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];

    private sealed class Held(IAsyncDisposable inner, SemaphoreSlim local) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            local.Release();
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
