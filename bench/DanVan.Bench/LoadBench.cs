using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DanVan.Web;
using DanVan.Web.Cli;
using DanVan.Web.Modules.Demo.Generate;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Bench;

/// <summary>
/// Serves the generated PostgreSQL database on a loopback port and loads the province dashboard and the province
/// consolidation page with wrk at 64 connections, beside pgbench running the pages' bare queries (the value
/// aggregation of each period, the report status counts and, for the consolidation page, the passages) at
/// 64 clients. Prints one row per page: requests/s, p50 and p99 latency, the bare queries' transactions/s.
/// </summary>
public static partial class LoadBench
{
    private const int Connections = 64;

    public static async Task<IReadOnlyList<string>> RunAsync(Dictionary<string, string?> settings, int seconds)
    {
        var pgbench = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin", "pgbench")).FirstOrDefault(File.Exists);
        if (!File.Exists("/usr/bin/wrk") || pgbench is null)
        {
            return ["load: skipped (needs wrk and pgbench: apt-get install wrk postgresql)"];
        }

        var email = $"bench-{Guid.NewGuid():N}@danvan.test";
        const string password = "Bench-Password-2026";
        await CliApp.RunAsync(["users", "create", "--email", email, "--password", password, "--role", "Viewer", "--org", NationalDataset.RootCode, "--subtree"], TextWriter.Null, Console.Error, settings);

        var (app, baseUrl) = await StartServerAsync(settings);
        await using var started = app;
        var cookie = await SignInAsync(baseUrl, email, password);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = await db.Plans.SingleAsync(p => p.Organization!.Code == NationalDataset.RootCode);
        var periods = await db.ReportingPeriods.Where(p => p.PlanId == plan.Id).OrderByDescending(p => p.DataTo).Select(p => p.Id).ToListAsync();
        var province = await db.Organizations.Where(o => o.Parent!.Code == NationalDataset.RootCode).OrderBy(o => o.Code).FirstAsync();

        var rows = new List<string> { $"{"page (province, 64 connections)",-34} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"bare tps",9} {"share",6} {"1 conn ms",9}" };
        var pages = new (string Name, string Url, string[] Statements)[]
        {
            ("dashboard", $"/Reporting/Dashboard?planId={plan.Id}&unitId={province.Id}", [.. periods.SelectMany(p => new[] { Aggregation(p, province.Path), StatusCounts(p, province.Path) })]),
            ("consolidation page", $"/Reporting/Consolidation/{periods[0]}?unitId={province.Id}", [Aggregation(periods[0], province.Path), StatusCounts(periods[0], province.Path), Passages(periods[0], province.Path)]),
        };
        foreach (var (name, url, statements) in pages)
        {
            // One connection first: the page must answer 200, and its time alone is the reference for the load.
            var single = double.MaxValue;
            var answered = true;
            using (var check = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) })
            {
                check.DefaultRequestHeaders.Add("Cookie", cookie);
                for (var i = 0; i < 3; i++)
                {
                    var clock = Stopwatch.StartNew();
                    using var response = await check.GetAsync(url);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    single = Math.Min(single, clock.Elapsed.TotalMilliseconds);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        rows.Add($"{name}: {(int)response.StatusCode} from {url}, not measured");
                        answered = false;
                        break;
                    }
                }
            }

            if (!answered)
            {
                continue;
            }

            var wrk = await RunAsync("/usr/bin/wrk", $"-t2 -c{Connections} -d{seconds}s --timeout 30s --latency -H \"Cookie: {cookie}\" {baseUrl}{url}");
            var script = Path.Combine(Path.GetTempPath(), $"danvan-bench-{Guid.NewGuid():N}.sql");
            await File.WriteAllLinesAsync(script, statements.Select(s => s.ReplaceLineEndings(" ") + ";"));
            var connection = new NpgsqlConnectionStringBuilder(settings["ConnectionStrings:DanVan"]);
            var bare = await RunAsync(pgbench, $"-n -c {Connections} -j 2 -T {seconds} -f {script} -h {connection.Host} -p {connection.Port} -U {connection.Username} {connection.Database}");
            File.Delete(script);
            var requests = Number(RequestsPerSecond(), wrk);
            var tps = Number(Tps(), bare);
            rows.Add($"{name,-34} {requests,8:0.0} {Latency(wrk, "50%"),8:0} {Latency(wrk, "99%"),8:0} {tps,9:0.0} {requests / tps,6:0.00} {single,9:0}");
        }

        await app.StopAsync();
        return rows;
    }

    private static string Aggregation(Guid period, string path) => $"""
        SELECT v."IndicatorId", SUM(v."Number"), MIN(v."Number"), MAX(v."Number"), COUNT(*)
        FROM reporting_values v JOIN reporting_reports r ON r."Id" = v."ReportId" JOIN organizations_units o ON o."Id" = r."OrganizationId"
        WHERE r."PeriodId" = '{period}' AND r."Status" IN ('Submitted', 'Accepted') AND o."Path" LIKE '{path}%' AND NOT o."IsArchived" AND v."Number" IS NOT NULL
        GROUP BY v."IndicatorId"
        """;

    private static string StatusCounts(Guid period, string path) => $"""
        SELECT r."Status", COUNT(*) FROM reporting_reports r JOIN organizations_units o ON o."Id" = r."OrganizationId"
        WHERE r."PeriodId" = '{period}' AND o."Path" LIKE '{path}%' AND NOT o."IsArchived" GROUP BY r."Status"
        """;

    private static string Passages(Guid period, string path) => $"""
        SELECT o."Name", n."TaskId", n."Results", n."Limitations", n."Proposals"
        FROM reporting_narratives n JOIN reporting_reports r ON r."Id" = n."ReportId" JOIN organizations_units o ON o."Id" = r."OrganizationId"
        WHERE r."PeriodId" = '{period}' AND r."Status" IN ('Submitted', 'Accepted') AND o."Path" LIKE '{path}%' AND NOT o."IsArchived"
        """;

    internal static async Task<string> SignInAsync(string baseUrl, string email, string password)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        var page = await client.GetAsync("/Accounts/SignIn");
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The sign-in page answered {(int)page.StatusCode} {page.Headers.Location}");
        }

        var html = await page.Content.ReadAsStringAsync();
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value);
        var response = await client.PostAsync("/Accounts/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in for the load test failed: {(int)response.StatusCode}");
        }

        // A user the CLI created chooses their own password at first sign-in, as a person would.
        var home = await client.GetAsync("/");
        if (home.Headers.Location?.OriginalString == "/Accounts/ChangePassword")
        {
            var form = await client.GetStringAsync("/Accounts/ChangePassword");
            var changed = await client.PostAsync("/Accounts/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.CurrentPassword"] = password,
                ["Input.NewPassword"] = password + "-chosen",
                ["Input.ConfirmPassword"] = password + "-chosen",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(form).Groups[1].Value),
            }));
            if (changed.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Choosing the load test user's password failed: {(int)changed.StatusCode}");
            }
        }

        return cookies.GetCookieHeader(new Uri(baseUrl));
    }

    private static async Task<string> RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{Path.GetFileName(file)} failed: {await error}{await output}");
    }

    private static double Number(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } match ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;

    /// <summary>A latency percentile line of wrk's --latency output ("50%  12.34ms"), in milliseconds.</summary>
    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    /// <summary>DanVan served on a free loopback port, plain HTTP, no background reminders: the app and its address.</summary>
    internal static async Task<(WebApplication App, string BaseUrl)> StartServerAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var server = new Dictionary<string, string?>(settings)
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Security:RequireHttps"] = "false",
            ["Reminders:RunInBackground"] = "false",
        };
        // The pages are compiled into DanVan.Web: name it as the application, with its folder as the content root.
        var web = typeof(DanVanHost).Assembly.GetName().Name!;
        var app = DanVanHost.BuildServer(["--applicationName", web, "--contentRoot", Path.Combine(RepositoryRoot(), "src", web)], server);
        await app.StartAsync();
        return (app, $"http://127.0.0.1:{port}");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DanVan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DanVan.slnx not found above the benchmark.");
    }

    internal static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
