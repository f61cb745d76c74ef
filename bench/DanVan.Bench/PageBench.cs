using System.Diagnostics;
using System.Net;
using DanVan.Web;
using DanVan.Web.Cli;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Demo.Generate;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>
/// The shared pages at national scale, for the worst-placed user: an organization administrator of the central body
/// with its whole subtree (every unit of the dataset manageable). One connection, best of three, after a warm-up:
/// the organization tree, one level opened, a search, and the pickers of the create and move forms. Prints one row a page.
/// </summary>
public static class PageBench
{
    public static async Task<IReadOnlyList<string>> RunAsync(Dictionary<string, string?> settings, string engine)
    {
        var email = $"bench-admin-{Guid.NewGuid():N}@danvan.test";
        const string password = "Bench-Password-2026";
        await CliApp.RunAsync(["users", "create", "--email", email, "--password", password, "--role", "OrganizationAdmin", "--org", NationalDataset.RootCode, "--subtree"], TextWriter.Null, Console.Error, settings);
        var (app, baseUrl) = await LoadBench.StartServerAsync(settings);
        await using var started = app;
        var cookie = await LoadBench.SignInAsync(baseUrl, email, password);

        Guid root, province, commune;
        int units;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            root = await db.Organizations.Where(o => o.Code == NationalDataset.RootCode).Select(o => o.Id).SingleAsync();
            province = await db.Organizations.Where(o => o.ParentId == root).OrderBy(o => o.Code).Select(o => o.Id).FirstAsync();
            commune = await db.Organizations.Where(o => o.ParentId == province).OrderBy(o => o.Code).Select(o => o.Id).FirstAsync();
            units = await db.Organizations.CountAsync();
        }

        var pages = new (string Name, string Url)[]
        {
            ("organization tree", "/Organizations/Units"),
            ("tree: open the central body", $"/Organizations/Units?handler=Children&id={root}&level=1"),
            ("tree: open a province", $"/Organizations/Units?handler=Children&id={province}&level=2"),
            ("search units \"xa tong hop 01\"", "/Organizations/Units?q=xa%20tong%20hop%2001"),
            ("create form (both pickers)", $"/Organizations/Units/Create?parentId={commune}"),
            ("parent picker, typed", "/Organizations/Units/Create?handler=ParentOptions&q=dang%20uy%20xa%200001"),
            ("area picker, typed", "/Organizations/Units/Create?handler=AreaOptions&q=thon%2002%20xa"),
            ("move form (parent picker)", $"/Organizations/Units/Move/{commune}"),
        };
        var rows = new List<string> { $"{$"page ({engine}, {units:N0} units, 1 connection)",-44} {"ms",8} {"KB",8}" };
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        foreach (var (name, url) in pages)
        {
            var best = double.MaxValue;
            var size = 0;
            for (var i = 0; i < 4; i++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
                }

                size = body.Length;
                if (i > 0)
                {
                    best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
                }
            }

            rows.Add($"{name,-44} {best,8:0} {size / 1024.0,8:0.0}");
        }

        await app.StopAsync();
        return rows;
    }
}
