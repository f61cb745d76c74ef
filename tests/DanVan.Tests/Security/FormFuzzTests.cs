using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security.Records;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>
/// Every field of every form and API body the app maps, posted by an administrator (who reaches every handler's
/// rules) with input a careless user or an attacker sends: NUL and control characters, bidirectional overrides, a
/// tampered checkbox, 100,000 characters, negative and overflowing numbers, a spreadsheet formula, an unreadable
/// id. Never a server error; an answer that is not a success (a redirect) wrote nothing.
/// </summary>
public abstract class FormFuzzTests(DanVanApp app)
{
    private static readonly string[] Nasty =
    [
        "a\0b", "maybe", new('x', 100_000), "-5", "\u202Eevil\u202C\u200B", "=HYPERLINK(\"http://x\")", "99999999999999999999", "", "abc\r\n\u0007",
    ];

    private static readonly string[] Bodies = ["{", "[]", "{\"revision\":\"x\"}", "{\"revision\":1,\"narratives\":[{\"taskId\":\"00000000-0000-0000-0000-000000000000\",\"results\":\"a\\u0000b\"}],\"values\":[{\"indicator\":\"\\u0000\",\"value\":\"-5\"}]}"];

    [Fact]
    public async Task No_field_of_any_form_or_api_body_gives_a_server_error_and_refused_input_writes_nothing()
    {
        var fixtures = await PrepareAsync();
        var walker = new AuthorizationWalker(app, fixtures);
        var probes = (await EndpointCatalog.ReadAsync(app.Services))
            .Where(p => p.IsWrite && !AuthorizationWalker.IsPublic(p) && !(p.Route.EndsWith("/Index", StringComparison.Ordinal)))
            .ToList();
        var browser = app.CreateBrowser();
        var key = await app.EnableTwoFactorAsync("fuzz.admin@test.vn");
        await Forms.SignInAsync(browser, "fuzz.admin@test.vn", totpKey: key);
        var api = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new("Bearer", await app.WithDbAsync(async (db, sp) => await sp.GetRequiredService<UserAdministration>()
            .IssueTokenAsync((await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("fuzz.admin@test.vn"))!, "fuzz", 1, CancellationToken.None)));
        var antiforgery = await Forms.AntiforgeryTokenAsync(browser, "/Accounts/ChangePassword");

        var failures = new List<string>();
        var cases = 0;
        var last = await SnapshotAsync();
        async Task SendAsync(HttpClient client, HttpRequestMessage request, string what)
        {
            cases++;
            using var response = await client.SendAsync(request);
            var now = await SnapshotAsync();
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                failures.Add($"{what}: {status}");
            }
            else if (response.StatusCode != HttpStatusCode.Redirect && !(status is 200 && client == api) && DatabaseSnapshot.Differences(last, now).ToList() is { Count: > 0 } changed)
            {
                failures.Add($"{what}: {status} but changed {string.Join(", ", changed)}");
            }

            last = now;
        }

        foreach (var probe in probes)
        {
            if (probe.IsApi)
            {
                foreach (var body in Bodies)
                {
                    await SendAsync(api, walker.Build(probe, antiforgery, json: body), $"{probe} body {body[..Math.Min(body.Length, 20)]}");
                }

                continue;
            }

            foreach (var field in probe.Values.Where(v => v.Source is ValueSource.Form or ValueSource.Query))
            {
                foreach (var value in Nasty)
                {
                    await SendAsync(browser, walker.Build(probe, antiforgery, v => v == field ? value : null), $"{probe} {field.Name}={Shown(value)}");
                }
            }
        }

        Assert.True(cases > 1000, $"only {cases} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases:\n" + string.Join('\n', failures));
    }

    private static string Shown(string value) => value.Length > 20 ? $"{value.Length} chars" : value.Replace("\0", "\\0", StringComparison.Ordinal);

    private async Task<IReadOnlyDictionary<string, string>> SnapshotAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await DatabaseSnapshot.TakeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task<IReadOnlyList<IRecordFixture>> PrepareAsync()
    {
        await app.CreateUserAsync("fuzz.admin@test.vn", administrator: true);
        return await RecordFixtures.LoadAsync(app);
    }
}

public sealed class FormFuzzTests_Sqlite(SqliteApp app) : FormFuzzTests(app), IClassFixture<SqliteApp>;

public sealed class FormFuzzTests_Postgres(PostgresApp app) : FormFuzzTests(app), IClassFixture<PostgresApp>;
