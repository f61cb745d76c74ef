using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using DanVan.Web.Cli;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Petitions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>
/// Floods the public petition form of a local DanVan (SQLite, the demo data, the default limits) with junk posts, as
/// seen behind a reverse proxy from many addresses (X-Forwarded-For from loopback, which the app trusts): posts
/// without the form's token, robots filling the hidden field, robots answering the question wrong, and one address
/// whose robot answers it right. Meanwhile a signed-in officer opens two pages in a loop and citizens at addresses
/// of their own fill the form as people do. Prints what the junk got through, the officer's latency before and
/// during the flood, and how many citizens' petitions arrived (all must).
/// </summary>
public static partial class FloodBench
{
    private const int Workers = 32;
    private const int Citizens = 20;
    private static readonly string[] Words = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    public static async Task<int> RunAsync(string[] args)
    {
        var junk = args.Length > 1 && args[0] == "--junk" && int.TryParse(args[1], out var n) ? n : 10_000;
        var database = Path.Combine(Path.GetTempPath(), $"danvan-flood-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:DanVan"] = $"Data Source={database}",
            ["Logging:LogLevel:Default"] = "Warning",
            // Every junk post would log that the form was read before the page's size filters (noted in the README).
            ["Logging:LogLevel:Microsoft.AspNetCore.Mvc.Filters"] = "Error",
        };
        var email = $"flood-{Guid.NewGuid():N}@danvan.test";
        const string password = "Bench-Password-2026";
        await CliApp.RunAsync(["demo", "seed"], TextWriter.Null, Console.Error, settings);
        await CliApp.RunAsync(["users", "create", "--email", email, "--password", password, "--role", "Officer", "--org", "TL.UBND"], TextWriter.Null, Console.Error, settings);
        var (app, baseUrl) = await LoadBench.StartServerAsync(settings);
        await using var started = app;
        var cookie = await LoadBench.SignInAsync(baseUrl, email, password);
        Guid commune;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            commune = await db.Set<DanVan.Web.Modules.Organizations.Area>().Where(a => a.Name == "Thượng Lâm").Select(a => a.Id).SingleAsync();
        }

        var form = $"/Public/Petitions/New?commune={commune}";
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, UseCookies = false, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };

        var quiet = await LatencyAsync(http, cookie, TimeSpan.FromSeconds(10), CancellationToken.None);
        Console.WriteLine($"Public form flood: {junk} junk posts from {Workers} workers, {Citizens} citizens, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        using var flooding = new CancellationTokenSource();
        var during = LatencyAsync(http, cookie, TimeSpan.FromHours(1), flooding.Token);
        var statuses = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();

        // The citizens start with the flood, each from an address of their own, and fill the form in a few seconds.
        var citizens = Enumerable.Range(0, Citizens).Select(k => Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300 * k));
            return await CitizenAsync(http, form, $"203.0.113.{10 + k}", k);
        })).ToArray();

        // First the robots that post at once (nine in ten), with the officer's latency measured meanwhile; then the
        // cleverest, from one address, answering right and waiting as a person would.
        await FloodAsync(http, form, Enumerable.Range(0, junk).Where(i => i % 10 != 9).ToList(), statuses);
        var floodSeconds = clock.Elapsed.TotalSeconds;
        var fast = statuses.Values.Sum();
        await flooding.CancelAsync();
        var loaded = await during;
        await FloodAsync(http, form, Enumerable.Range(0, junk).Where(i => i % 10 == 9).ToList(), statuses);
        var filed = await Task.WhenAll(citizens);

        int gotThrough, arrived;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            gotThrough = await db.Petitions.CountAsync(p => p.Title.StartsWith("Rác "));
            arrived = await db.Petitions.CountAsync(p => p.Title.StartsWith("Đơn của người dân số "));
        }

        Console.WriteLine($"{"junk",-34} {"answer",-24} {"posts",7}");
        foreach (var (key, count) in statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var parts = key.Split(": ");
            Console.WriteLine($"{parts[0],-34} {parts[1],-24} {count,7}");
        }

        Console.WriteLine($"{fast} robots' posts in {floodSeconds:0.0} s ({fast / floodSeconds:0} posts/s), then {junk - fast} from the clever robot; petitions the junk got through: {gotThrough}");
        Console.WriteLine($"signed-in pages, p50/p99 ms: quiet {quiet.P50:0}/{quiet.P99:0} ({quiet.Count} loads), during the flood {loaded.P50:0}/{loaded.P99:0} ({loaded.Count} loads, {loaded.Failed} not 200)");
        Console.WriteLine($"citizens' petitions: {filed.Count(f => f)} of {Citizens} accepted, {arrived} in the database{(arrived == Citizens ? "; none lost" : "; SOME LOST")}");
        try
        {
            File.Delete(database);
        }
        catch (IOException)
        {
        }

        return arrived == Citizens ? 0 : 1;
    }

    private static async Task FloodAsync(HttpClient http, string form, IReadOnlyList<int> posts, ConcurrentDictionary<string, int> statuses)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            for (var k = Interlocked.Increment(ref next); k < posts.Count; k = Interlocked.Increment(ref next))
            {
                var i = posts[k];
                var kind = (i % 10) switch { < 4 => "no token", < 6 => "honeypot", < 9 => "wrong answer", _ => "one address, right answer" };
                var address = kind == "one address, right answer" ? "198.51.100.7" : $"10.{i % 200}.{i / 200 % 250}.{1 + (i % 7)}";
                var status = await JunkAsync(http, form, address, kind, i);
                statuses.AddOrUpdate($"{kind}: {status}", 1, (_, c) => c + 1);
            }
        })));
    }

    private static async Task<string> JunkAsync(HttpClient http, string form, string address, string kind, int i)
    {
        try
        {
            var fields = new Dictionary<string, string>
            {
                ["Input.Kind"] = "Suggestion",
                ["Input.Title"] = $"Rác {i}",
                ["Input.Content"] = "Quảng cáo rác gửi tự động vào biểu mẫu công khai.",
            };
            if (kind != "no token")
            {
                var (html, cookie) = await GetAsync(http, form, address);
                Fill(fields, html);
                fields["Answer"] = kind == "wrong answer" ? "99" : AnswerOf(html);
                if (kind == "one address, right answer")
                {
                    await Task.Delay(TimeSpan.FromSeconds(3.5)); // the cleverest robot waits as a person would
                }

                if (kind == "honeypot")
                {
                    fields["Website"] = "http://spam.example";
                }

                using var post = Request(HttpMethod.Post, form, address, cookie);
                post.Content = new FormUrlEncodedContent(fields);
                using var answered = await http.SendAsync(post);
                return Outcome(answered, await answered.Content.ReadAsStringAsync());
            }

            using var bare = Request(HttpMethod.Post, form, address, null);
            bare.Content = new FormUrlEncodedContent(fields);
            using var response = await http.SendAsync(bare);
            return Outcome(response, "");
        }
        catch (HttpRequestException e)
        {
            return "error " + e.HttpRequestError;
        }
    }

    private static async Task<bool> CitizenAsync(HttpClient http, string form, string address, int k)
    {
        var (html, cookie) = await GetAsync(http, form, address);
        await Task.Delay(TimeSpan.FromSeconds(3.5)); // a person reads and types
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "Suggestion",
            ["Input.Title"] = $"Đơn của người dân số {k}",
            ["Input.Content"] = "Đề nghị sửa đoạn đường bê tông vào thôn bị sạt lở sau mưa.",
            ["Answer"] = AnswerOf(html),
        };
        Fill(fields, html);
        using var post = Request(HttpMethod.Post, form, address, cookie);
        post.Content = new FormUrlEncodedContent(fields);
        using var response = await http.SendAsync(post);
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    private static async Task<(string Html, string? Cookie)> GetAsync(HttpClient http, string url, string address)
    {
        using var request = Request(HttpMethod.Get, url, address, null);
        using var response = await http.SendAsync(request);
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var set) ? string.Join("; ", set.Select(c => c.Split(';')[0])) : null;
        return (await response.Content.ReadAsStringAsync(), cookie);
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, string address, string? cookie)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-Forwarded-For", address);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return request;
    }

    /// <summary>The form's hidden fields as a browser sends them: the antiforgery token, the question's token, the first village.</summary>
    private static void Fill(Dictionary<string, string> fields, string html)
    {
        fields["__RequestVerificationToken"] = HiddenValue(html, "__RequestVerificationToken");
        fields["Token"] = HiddenValue(html, "Token");
        fields["Input.AreaId"] = Village().Match(html).Groups[1].Value;
        fields["Input.OrganizationId"] = "";
    }

    private static string Outcome(HttpResponseMessage response, string html) => response.StatusCode switch
    {
        HttpStatusCode.Redirect => "filed",
        HttpStatusCode.OK when html.Contains("Không gửi được đơn", StringComparison.Ordinal) => "refused (hidden field)",
        HttpStatusCode.OK when html.Contains("gửi quá nhanh", StringComparison.Ordinal) => "refused (too fast)",
        HttpStatusCode.OK when html.Contains("Câu trả lời kiểm tra", StringComparison.Ordinal) => "refused (question)",
        HttpStatusCode.OK => "form shown again",
        var code => $"{(int)code}",
    };

    private static string AnswerOf(string html)
    {
        var match = Question().Match(WebUtility.HtmlDecode(html));
        return (Array.IndexOf(Words, match.Groups[1].Value.ToLowerInvariant()) + Array.IndexOf(Words, match.Groups[2].Value.ToLowerInvariant())).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Opens the officer's petition list and home page in turn until told to stop: each load's time.</summary>
    private static async Task<Latencies> LatencyAsync(HttpClient http, string cookie, TimeSpan longest, CancellationToken stop)
    {
        var times = new List<double>();
        var failed = 0;
        var until = Stopwatch.StartNew();
        var pages = new[] { "/Petitions", "/" };
        for (var i = 0; !stop.IsCancellationRequested && until.Elapsed < longest; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, pages[i % pages.Length]);
            request.Headers.Add("Cookie", cookie);
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await http.SendAsync(request, CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                times.Add(clock.Elapsed.TotalMilliseconds);
                failed += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }
            catch (HttpRequestException)
            {
                failed++;
            }
        }

        times.Sort();
        double At(double q) => times.Count == 0 ? double.NaN : times[Math.Min(times.Count - 1, (int)(q * times.Count))];
        return new Latencies(At(0.5), At(0.99), times.Count, failed);
    }

    private sealed record Latencies(double P50, double P99, int Count, int Failed);

    [GeneratedRegex(@"Câu hỏi kiểm tra: (\p{L}+) cộng (\p{L}+) bằng mấy")]
    private static partial Regex Question();

    [GeneratedRegex("<select[^>]*name=\"Input.AreaId\"[^>]*>\\s*(?:<option value=\"\"[^>]*>[^<]*</option>\\s*)?<option value=\"([0-9a-f-]{36})\"")]
    private static partial Regex Village();

    private static string HiddenValue(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>");
        return WebUtility.HtmlDecode(Regex.Match(match.Value, "value=\"([^\"]*)\"").Groups[1].Value);
    }
}
