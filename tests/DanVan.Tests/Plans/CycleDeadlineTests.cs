using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Plans;

/// <summary>The issuer moves a period's deadline for the whole plan; the units are told; nobody else can, on each engine.</summary>
public abstract class CycleDeadlineTests(DanVanApp app)
{
    [Fact]
    public async Task The_issuer_moves_a_periods_deadline_for_every_part_and_the_units_are_told()
    {
        var planId = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync());
        var url = $"/Plans/Cycles/Deadlines/{planId}";
        await app.CreateUserAsync("deadline.issuer@test.vn", MembershipRole.Officer, "TL.DU");
        await app.CreateUserAsync("deadline.unit@test.vn", MembershipRole.Officer, "TL.HND");
        var issuer = app.CreateBrowser();
        await Forms.SignInAsync(issuer, "deadline.issuer@test.vn");
        var page = await Forms.HtmlAsync(await issuer.GetAsync(url));
        Assert.Contains("data-cycle=\"2026-H1\"", page, StringComparison.Ordinal);
        Assert.Contains("14/12/2026", page, StringComparison.Ordinal);

        // A unit of the plan reads the deadlines but cannot move them.
        var unit = app.CreateBrowser();
        await Forms.SignInAsync(unit, "deadline.unit@test.vn");
        var read = await Forms.HtmlAsync(await unit.GetAsync(url));
        Assert.DoesNotContain("id=\"deadline-2026-H2\"", read, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(unit, url, new Dictionary<string, string> { ["Key"] = "2026-H2", ["DueOn"] = "20/12/2026" })).StatusCode);

        // Bad dates are refused with a message and change nothing.
        Assert.Contains("Hãy nhập hạn mới của chu kỳ 6 tháng cuối năm 2026", await Forms.HtmlAsync(await Forms.PostAsync(issuer, url, new Dictionary<string, string> { ["Key"] = "2026-H2", ["DueOn"] = "" })), StringComparison.Ordinal);
        // A period that has ended is moved only when confirmed: parts done in it would change from late to on time.
        var ended = await Forms.HtmlAsync(await Forms.PostAsync(issuer, url, new Dictionary<string, string> { ["Key"] = "2026-H1", ["DueOn"] = "10/07/2026" }));
        Assert.Contains("Chu kỳ 6 tháng đầu năm 2026 đã kết thúc", ended, StringComparison.Ordinal);
        // The same date again changes nothing and tells nobody.
        var unchanged = await Forms.PostAsync(issuer, url, new Dictionary<string, string> { ["Key"] = "2026-H2", ["DueOn"] = "14/12/2026" });
        Assert.Contains("không có gì thay đổi", await Forms.HtmlAsync(await issuer.GetAsync(unchanged.Headers.Location)), StringComparison.Ordinal);
        Assert.Contains("ngày/tháng/năm", await Forms.HtmlAsync(await Forms.PostAsync(issuer, url, new Dictionary<string, string> { ["Key"] = "2026-H2", ["DueOn"] = "2026-12-20" })), StringComparison.Ordinal);
        Assert.Contains("không được trước ngày bắt đầu chu kỳ", await Forms.HtmlAsync(await Forms.PostAsync(issuer, url, new Dictionary<string, string> { ["Key"] = "2026-H2", ["DueOn"] = "01/01/2026" })), StringComparison.Ordinal);
        Assert.Contains("Kế hoạch không có chu kỳ này", await Forms.HtmlAsync(await Forms.PostAsync(issuer, url, new Dictionary<string, string> { ["Key"] = "2031-H2", ["DueOn"] = "20/12/2031" })), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.CycleDeadlines.CountAsync(d => d.PlanId == planId)));

        var before = await app.WithDbAsync((db, _) => db.Set<DanVan.Web.Modules.Notifications.Notification>().CountAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(issuer, url, new Dictionary<string, string> { ["Key"] = "2026-H2", ["DueOn"] = "20/12/2026" })).StatusCode);
        var dues = await app.WithDbAsync((db, _) => db.TaskCycles.Where(c => c.Key == "2026-H2" && c.Assignment!.Task!.PlanId == planId).Select(c => c.DueOn).Distinct().ToListAsync());
        Assert.Equal([new DateOnly(2026, 12, 20)], dues);
        Assert.True(await app.WithDbAsync((db, _) => db.Set<DanVan.Web.Modules.Notifications.Notification>().CountAsync()) > before, "the units' officers are told");
        Assert.Contains("20/12/2026 (đã đổi)", await Forms.HtmlAsync(await issuer.GetAsync(url)), StringComparison.Ordinal);

        // Back to the cut-off, as the demo had it for the other tests.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(issuer, url, new Dictionary<string, string> { ["Key"] = "2026-H2", ["DueOn"] = "14/12/2026" })).StatusCode);
        Assert.Equal([new DateOnly(2026, 12, 14)], await app.WithDbAsync((db, _) => db.TaskCycles.Where(c => c.Key == "2026-H2" && c.Assignment!.Task!.PlanId == planId).Select(c => c.DueOn).Distinct().ToListAsync()));
    }
}

public sealed class CycleDeadlineTests_Sqlite(SqliteApp app) : CycleDeadlineTests(app), IClassFixture<SqliteApp>;

public sealed class CycleDeadlineTests_Postgres(PostgresApp app) : CycleDeadlineTests(app), IClassFixture<PostgresApp>;
