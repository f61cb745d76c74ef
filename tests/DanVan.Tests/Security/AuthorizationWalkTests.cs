using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security.Records;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Security;

/// <summary>
/// Every handler the app maps (each page handler, GET and POST, and the API), called with real records of the
/// demo commune's branch by identities that may not act on them: anonymous, an administrator of another branch,
/// an administrator of the unit's parent only (without its subtree), a Viewer and an Officer of the commune.
/// Each must be refused, see none of the records' text, and leave every table unchanged. New pages are walked
/// without anyone adding them; a canary endpoint without a check proves the walk catches one.
/// </summary>
public abstract class AuthorizationWalkTests(DanVanApp app)
{
    /// <summary>Pages only a system administrator may open.</summary>
    private static readonly string[] AdministratorOnly = ["/Petitions/Calendar/Settings", "/Accounts/Users", "/Audit", "/Reporting/Indicators/Edit", "/Organizations/Areas/Edit", "/Organizations/Kinds/Edit", "/Plans/Registry/Edit"];

    /// <summary>
    /// Where an Officer of the branch may write: plans, tasks and reports, and the dialogues its committee holds
    /// (recorded by the committee's officers); never the organization, accounts or catalogs.
    /// </summary>
    private static bool OfficerWrites(Probe probe) =>
        (probe.Under("/Plans/") && !probe.Under("/Plans/Registry/Edit"))
        || probe.Under("/Dialogues/")
        || (probe.Under("/Reporting/") && !probe.Under("/Reporting/Indicators"))
        || probe.Under("/api/v1/reports")
        || probe.Under("/api/v1/assignments");

    /// <summary>A plan is sent down to the units that carry it out: they read it and its tasks, on the pages and over the API.</summary>
    private static bool ReadsPlans(Probe probe) => probe.Under("/Plans/") || probe.Under("/api/v1/plans") || probe.Under("/api/v1/tasks");

    private static bool AdminOnly(Probe probe) => AdministratorOnly.Any(probe.Under);

    /// <summary>
    /// The Fatherland Front of the commune (the parent-only administrator's unit) supervises the petitions of its
    /// committee's branch: it reads a case, without its sender or files, and records its supervision.
    /// </summary>
    private static bool FrontSupervises(Probe probe) => probe.Under("/Petitions/Details") && (probe.Handler is null or "Supervise");

    private static bool HasRouteRecord(Probe probe) => probe.Values.Any(v => v.Source == ValueSource.Route);

    private static readonly Attacker[] Attackers =
    [
        new("anonymous", null, _ => Expectation.SignIn),
        new("administrator of another branch", "walk.other@test.vn", p =>
            AuthorizationWalker.IsSelfService(p) ? Expectation.None
            : p.IsWrite || HasRouteRecord(p) || AdminOnly(p) ? Expectation.Refused : Expectation.Blind),
        new("administrator of the parent unit only", "walk.parent@test.vn", p =>
            AuthorizationWalker.IsSelfService(p) || FrontSupervises(p) ? Expectation.None
            : p.IsWrite || AdminOnly(p) ? Expectation.Refused
            : HasRouteRecord(p) && !ReadsPlans(p) ? Expectation.Refused
            : Expectation.None),
        new("viewer of the commune", "walk.viewer@test.vn", p =>
            AuthorizationWalker.IsSelfService(p) ? Expectation.None
            : p.IsWrite || AdminOnly(p) ? Expectation.Refused : Expectation.None),
        new("officer of the commune", "walk.officer@test.vn", p =>
            AuthorizationWalker.IsSelfService(p) ? Expectation.None
            : (p.IsWrite && !OfficerWrites(p)) || AdminOnly(p) ? Expectation.Refused : Expectation.None),
    ];

    [Fact]
    public async Task Every_handler_refuses_whoever_may_not_act_on_another_branch_record_and_changes_nothing()
    {
        var fixtures = await PrepareAsync();
        var probes = Distinct(await EndpointCatalog.ReadAsync(app.Services));
        Assert.True(probes.Count > 80, $"only {probes.Count} handlers found");
        Assert.Contains(probes, p => p.ToString() == "POST /Reporting/Reports/Edit/{id:guid}?handler=Save");
        Assert.Contains(probes, p => p.ToString() == "PUT /api/v1/reports/{id:guid}");
        var violations = await new AuthorizationWalker(app, fixtures).WalkAsync(probes, Attackers, TokenOfAsync);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task The_walk_catches_a_canary_endpoint_that_checks_nothing()
    {
        var fixtures = await PrepareAsync();
        await using var withCanary = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddApiEndpoints<CanaryApi>()));
        var probes = (await EndpointCatalog.ReadAsync(withCanary.Services)).Where(p => p.Route.Contains("canary", StringComparison.Ordinal)).ToList();
        Assert.Single(probes);
        var violations = await new AuthorizationWalker(withCanary, fixtures).WalkAsync(probes, Attackers, TokenOfAsync);
        Assert.True(violations.Any(v => v.StartsWith("administrator of another branch: PUT /api/v1/reports/{id:guid}/canary: 200", StringComparison.Ordinal) && v.Contains("changed reporting_reports", StringComparison.Ordinal)), string.Join('\n', violations));
        Assert.Contains(violations, v => v.StartsWith("viewer of the commune: PUT /api/v1/reports/{id:guid}/canary", StringComparison.Ordinal));
    }

    /// <summary>"/X/Index" and "/X" are one page: walked once.</summary>
    private static List<Probe> Distinct(IReadOnlyList<Probe> probes) =>
        probes.Where(p => !(p.Route.EndsWith("/Index", StringComparison.Ordinal) && probes.Any(o => o.Route == p.Route[..^"/Index".Length] && o.Method == p.Method && o.Handler == p.Handler))).ToList();

    private async Task<IReadOnlyList<IRecordFixture>> PrepareAsync()
    {
        if (!await app.WithDbAsync((db, _) => db.Users.AnyAsync(u => u.Email == "walk.other@test.vn")))
        {
            await app.CreateUserAsync("walk.other@test.vn", MembershipRole.OrganizationAdmin, "TQ.MTTQ", subtree: true);
            await app.CreateUserAsync("walk.parent@test.vn", MembershipRole.OrganizationAdmin, "TL.MTTQ", subtree: false);
            await app.CreateUserAsync("walk.viewer@test.vn", MembershipRole.Viewer, "TL.DU", subtree: true);
            await app.CreateUserAsync("walk.officer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        }

        return await RecordFixtures.LoadAsync(app);
    }

    private Task<string> TokenOfAsync(string email) => app.WithDbAsync(async (db, sp) =>
        await sp.GetRequiredService<UserAdministration>().IssueTokenAsync((await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!, "walk", 1, CancellationToken.None));

    /// <summary>Compiled into the tests only: an endpoint that writes a report and checks nothing but sign-in.</summary>
    private sealed class CanaryApi : IApiEndpoints
    {
        public void Map(RouteGroupBuilder api) => api.MapPut("/reports/{id:guid}/canary", async (Guid id, AppDbContext db) =>
        {
            await db.Reports.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Revision, r => r.Revision + 1));
            return Results.Ok();
        });
    }
}

public sealed class AuthorizationWalkTests_Sqlite(SqliteApp app) : AuthorizationWalkTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationWalkTests_Postgres(PostgresApp app) : AuthorizationWalkTests(app), IClassFixture<PostgresApp>;
