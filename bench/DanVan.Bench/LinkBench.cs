using System.Diagnostics;
using DanVan.Web;
using DanVan.Web.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace DanVan.Bench;

/// <summary>
/// Pages on a mountain link: Debian's Chromium throttled to 400 kbit/s each way with 400 ms of latency (Chromium's own
/// network emulation), DanVan on SQLite with the demo data. For the sign-in page and the home page: a first visit
/// (empty cache) and a repeat visit (cache kept), each with the bytes that crossed the link and the time to the load
/// event. `dotnet run -c Release --project bench/DanVan.Bench -- link`. Figures only; no test depends on them.
/// </summary>
public static class LinkBench
{
    private const double KilobitsPerSecond = 400;
    private const double LatencyMs = 400;

    public static async Task<int> RunAsync()
    {
        var database = Path.Combine(Path.GetTempPath(), $"danvan-link-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:DanVan"] = $"Data Source={database}",
            ["Database:SeedDemoOnFirstStart"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var email = $"link-{Guid.NewGuid():N}@danvan.test";
        const string password = "Bench-Password-2026";
        await CliApp.RunAsync(["demo", "seed"], TextWriter.Null, Console.Error, settings);
        await CliApp.RunAsync(["users", "create", "--email", email, "--password", password, "--role", "Officer", "--org", "TL.HND"], TextWriter.Null, Console.Error, settings);

        var (app, baseUrl) = await LoadBench.StartServerAsync(settings);
        await using var started = app;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("DANVAN_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
        });

        Console.WriteLine($"Pages on a {KilobitsPerSecond:0} kbit/s, {LatencyMs:0} ms link (Chromium network emulation; SQLite, demo data)");
        Console.WriteLine($"{"page",-30} {"KB",8} {"requests",9} {"load s",8}");

        // The sign-in page, as anyone first sees DanVan.
        await using (var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl }))
        {
            var page = await context.NewPageAsync();
            var link = await ThrottleAsync(context, page);
            Print("sign-in, first visit", await link.MeasureAsync(() => page.GotoAsync("/Accounts/SignIn")));
            Print("sign-in, repeat visit", await link.MeasureAsync(() => page.GotoAsync("/Accounts/SignIn")));
        }

        // The home page of a signed-in officer, the first time on this device (nothing cached) and again.
        await using (var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl }))
        {
            var cookie = await LoadBench.SignInAsync(baseUrl, email, password);
            await context.AddCookiesAsync(cookie.Split("; ").Select(c => c.Split('=', 2)).Select(c => new Cookie { Name = c[0], Value = c[1], Url = baseUrl }));
            var page = await context.NewPageAsync();
            if (Environment.GetEnvironmentVariable("DANVAN_LINK_TRACE") is not null)
            {
                page.Response += (_, r) => Console.WriteLine($"  {r.Status} {r.Url} {string.Join("; ", r.Headers.Where(h => h.Key is "cache-control" or "set-cookie" or "content-encoding" or "location").Select(h => h.Key + "=" + h.Value))}");
            }

            var link = await ThrottleAsync(context, page);
            Print("home, first visit", await link.MeasureAsync(() => page.GotoAsync("/")));
            Print("home, repeat visit", await link.MeasureAsync(() => page.GotoAsync("/")));
            Print("task board, after home", await link.MeasureAsync(() => page.GotoAsync("/Plans/Board")));
        }

        await app.StopAsync();
        return 0;
    }

    private static void Print(string name, (double Kilobytes, int Requests, double Seconds) figures) =>
        Console.WriteLine($"{name,-30} {figures.Kilobytes,8:0.0} {figures.Requests,9} {figures.Seconds,8:0.00}");

    private static async Task<Link> ThrottleAsync(IBrowserContext context, IPage page)
    {
        var session = await context.NewCDPSessionAsync(page);
        await session.SendAsync("Network.enable");
        var bytesPerSecond = KilobitsPerSecond * 1000 / 8;
        await session.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = LatencyMs,
            ["downloadThroughput"] = bytesPerSecond,
            ["uploadThroughput"] = bytesPerSecond,
        });
        var link = new Link();
        // What crossed the link: the encoded (compressed) length of every response, headers included; none for a cache hit.
        session.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e?.TryGetProperty("encodedDataLength", out var length) == true)
            {
                link.Add(length.GetDouble());
            }
        };
        return link;
    }

    private sealed class Link
    {
        private double bytes;
        private int requests;

        public void Add(double length)
        {
            if (length > 0)
            {
                Interlocked.Increment(ref requests);
                bytes += length;
            }
        }

        public async Task<(double Kilobytes, int Requests, double Seconds)> MeasureAsync(Func<Task> go)
        {
            (bytes, requests) = (0, 0);
            var clock = Stopwatch.StartNew();
            await go();
            var seconds = clock.Elapsed.TotalSeconds;
            await Task.Delay(500);
            return (bytes / 1024, requests, seconds);
        }
    }
}
