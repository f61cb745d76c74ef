using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using DanVan.Tests.Infrastructure;
using DanVan.Web;
using DanVan.Web.Cli;
using DanVan.Web.Modules.Demo.Generate;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Reporting.Consolidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Bench;

/// <summary>
/// Generates the synthetic national dataset on PostgreSQL (a throw-away server, as the tests start) and on SQLite,
/// then times consolidation of one period for the whole country and for one province beside the bare SQL
/// aggregation over the same rows (the floor). Prints a table; the last line is the national PostgreSQL figure.
/// </summary>
public static class ConsolidationBench
{
    private const int Runs = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var size = new DatasetSize(Option(args, "--provinces", 34), Option(args, "--communes", 3321), Option(args, "--units-per-commune", 25), Option(args, "--indicators", 40), Option(args, "--periods", 2));
        Console.WriteLine($"Consolidation ({size.Communes * size.UnitsPerCommune:N0} reporting units, {size.Indicators} indicators, {size.Periods} periods; best of {Runs}; {Environment.ProcessorCount} cores)");
        var rows = new List<string>();
        IReadOnlyList<string> load = [];
        var pages = new List<string>();
        var last = "";
        // --postgres CONNECTION measures a database already generated (skips generation there); --engines postgres|sqlite.
        var existing = Text(args, "--postgres");
        foreach (var engine in (Text(args, "--engines") ?? "postgres,sqlite").Split(','))
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = engine == "postgres" ? "Postgres" : "Sqlite",
                ["ConnectionStrings:DanVan"] = engine == "postgres" ? existing ?? PostgresServer.CreateDatabase() : $"Data Source={Path.Combine(Path.GetTempPath(), $"danvan-bench-{Guid.NewGuid():N}.db")}",
                ["Database:SeedDemoOnFirstStart"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            var generation = Stopwatch.StartNew();
            var code = engine == "postgres" && existing is not null ? 0 : await CliApp.RunAsync(["demo", "generate", "--provinces", $"{size.Provinces}", "--communes", $"{size.Communes}", "--units-per-commune", $"{size.UnitsPerCommune}", "--indicators", $"{size.Indicators}", "--periods", $"{size.Periods}"], TextWriter.Null, Console.Error, settings);
            if (code != 0)
            {
                return code;
            }

            Console.WriteLine($"  {engine}: generated in {generation.Elapsed.TotalSeconds:0.0} s");
            var builder = DanVanHost.CreateBuilder([], settings);
            await using var app = builder.Build();
            foreach (var scope in new[] { "national", "province" })
            {
                var (seconds, floor) = await MeasureAsync(app.Services, scope);
                rows.Add($"{scope,-10} {engine,-9} {seconds,10:0.000} {floor,10:0.000} {seconds / floor,7:0.00}");
                if (scope == "national" && engine == "postgres")
                {
                    last = string.Create(CultureInfo.InvariantCulture, $"consolidation national postgres: {seconds:0.000} s, floor {floor:0.000} s, ratio {seconds / floor:0.00}");
                }
            }

            pages.AddRange(await PageBench.RunAsync(settings, engine));
            if (engine == "postgres")
            {
                load = await LoadBench.RunAsync(settings, Option(args, "--load-seconds", 30));
            }
        }

        Console.WriteLine($"{"scope",-10} {"engine",-9} {"seconds",10} {"floor",10} {"ratio",7}");
        rows.ForEach(Console.WriteLine);
        foreach (var line in pages.Concat(load))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine(last);
        return 0;
    }

    private static async Task<(double Seconds, double Floor)> MeasureAsync(IServiceProvider services, string scope)
    {
        await using var serviceScope = services.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var period = await db.ReportingPeriods.Include(p => p.Plan).Where(p => p.Plan!.Organization!.Code == NationalDataset.RootCode).OrderByDescending(p => p.DataTo).FirstAsync();
        var node = scope == "national"
            ? await db.Organizations.SingleAsync(o => o.Code == NationalDataset.RootCode)
            : await db.Organizations.Where(o => o.Parent!.Code == NationalDataset.RootCode).OrderBy(o => o.Code).FirstAsync();
        var query = serviceScope.ServiceProvider.GetRequiredService<ConsolidationQuery>();
        var best = double.MaxValue;
        var bestFloor = double.MaxValue;
        for (var run = 0; run < Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            await query.ForAsync(period, node, CancellationToken.None);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            clock.Restart();
            await FloorAsync(db, period.Id, node.Path);
            bestFloor = Math.Min(bestFloor, clock.Elapsed.TotalSeconds);
        }

        return (best, bestFloor);
    }

    /// <summary>The bare aggregation: one GROUP BY over the same rows, read to the end.</summary>
    private static async Task FloorAsync(AppDbContext db, Guid periodId, string path)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        var sqlite = db.Database.IsSqlite();
        command.CommandText = """
            SELECT v."IndicatorId", SUM(v."Number"), MIN(v."Number"), MAX(v."Number"), COUNT(*)
            FROM reporting_values v
            JOIN reporting_reports r ON r."Id" = v."ReportId"
            JOIN organizations_units o ON o."Id" = r."OrganizationId"
            WHERE r."PeriodId" = @period AND r."Status" IN ('Submitted', 'Accepted') AND o."Path" LIKE @prefix AND NOT o."IsArchived" AND v."Number" IS NOT NULL
            GROUP BY v."IndicatorId"
            """;
        Add(command, "@period", sqlite ? periodId.ToString().ToUpperInvariant() : periodId);
        Add(command, "@prefix", path + "%");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
