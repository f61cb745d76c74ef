using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the test run: the one named by DANVAN_TEST_PG (a connection string whose user
/// may create databases), or a throw-away cluster this run creates with initdb on a free loopback port. A reaper
/// process stops it and deletes its folder as soon as the test process ends, however it ends (the test host does not
/// always reach ProcessExit); a cluster a crashed run left behind is stopped and removed at the next start. Tests
/// never skip when it is missing: they fail.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> AdminConnection = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int counter;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = $"danvan_test_{Environment.ProcessId}_{Interlocked.Increment(ref counter)}";
        using var connection = new NpgsqlConnection(AdminConnection.Value);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'";
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(AdminConnection.Value) { Database = name, Pooling = true }.ToString();
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("DANVAN_TEST_PG") is { Length: > 0 } configured)
        {
            return configured;
        }

        var bin = Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .FirstOrDefault() ?? throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). .ci/run installs it.");
        var asRoot = Environment.UserName == "root";
        RemoveLeftovers(bin, asRoot);
        var dataDir = Path.Combine(Path.GetTempPath(), $"danvan-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDir);
        if (asRoot)
        {
            Run("chown", $"postgres {dataDir}", asPostgres: false);
        }

        var port = FreePort();
        Run(Path.Combine(bin, "initdb"), $"-D {dataDir} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8", asRoot);
        var options = $"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        Run(Path.Combine(bin, "pg_ctl"), $"-D {dataDir} -l {dataDir}/server.log -o \"{options}\" -w start", asRoot);
        StartReaper(bin, dataDir, asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Run(Path.Combine(bin, "pg_ctl"), $"-D {dataDir} -m immediate stop", asRoot);
                Directory.Delete(dataDir, recursive: true);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("Could not stop the test PostgreSQL server: " + e.Message);
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <summary>A detached shell that waits for this process to end, then stops the cluster and deletes its folder.</summary>
    private static void StartReaper(string bin, string dataDir, bool asRoot)
    {
        var stop = $"{(asRoot ? "runuser -u postgres -- " : "")}{Path.Combine(bin, "pg_ctl")} -D {dataDir} -m immediate stop";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId}; do sleep 1; done; {stop}; rm -rf {dataDir}";
        var start = new ProcessStartInfo("setsid") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sh", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            // No setsid here: the ProcessExit handler (and the next run's clean-up) remain.
            Console.Error.WriteLine("No reaper for the test PostgreSQL server: " + e.Message);
        }
    }

    /// <summary>Clusters of earlier runs whose process is gone (a crash, a killed run): stopped and removed.</summary>
    private static void RemoveLeftovers(string bin, bool asRoot)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "danvan-pg-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length < 4 || !int.TryParse(parts[2], out var pid) || pid == Environment.ProcessId || Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }

            try
            {
                if (File.Exists(Path.Combine(folder, "postmaster.pid")))
                {
                    Run(Path.Combine(bin, "pg_ctl"), $"-D {folder} -m immediate stop", asRoot);
                }
            }
            catch (InvalidOperationException)
            {
                // Not running any more: its folder goes all the same.
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Could not remove the leftover test cluster {folder}: {e.Message}");
            }
        }
    }

    private static void Run(string file, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
