using DanVan.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Reports;

namespace DanVan.Tests.Browser;

/// <summary>
/// The pages officers use every day, in Chromium at 1280 and 375 px, as a commune officer with its whole branch and as
/// the administrator: none scrolls sideways, and axe-core finds nothing serious or critical on any (contrast, names,
/// keyboard access to scrolling tables …). Saved as images under the test output (screens/).
/// </summary>
public abstract class MainPagesBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task The_daily_pages_read_on_a_phone_and_a_desktop_and_pass_axe(Viewport viewport)
    {
        var tag = viewport.ToString().ToLowerInvariant();
        await app.CreateUserAsync($"main.{tag}@test.vn", MembershipRole.Leader, "TL.DU", subtree: true);
        var ids = await app.WithDbAsync(async (db, _) =>
        {
            var commune = await db.Organizations.Where(o => o.Code == "TL.DU").Select(o => o.Id).SingleAsync();
            var plan = await db.Plans.Where(p => p.OrganizationId == commune).Select(p => p.Id).FirstAsync();
            var task = await db.PlanTasks.Where(t => t.PlanId == plan).OrderBy(t => t.Position).Select(t => t.Id).FirstAsync();
            var period = await db.ReportingPeriods.Where(p => p.PlanId == plan).OrderBy(p => p.DueOn).Select(p => p.Id).FirstAsync();
            var report = await db.Reports.Where(r => r.PeriodId == period && r.Status == ReportStatus.Accepted).Select(r => r.Id).FirstAsync();
            var document = await db.Documents.Where(d => d.Number == "236-KL/TW").Select(d => d.Id).FirstAsync();
            return (commune, plan, task, period, report, document);
        });
        var errors = new List<string>();
        var page = await app.SignedInPageAsync(viewport, $"main.{tag}@test.vn", errors);
        await BrowserApp.CheckPagesAsync(page, $"main-{tag}", new[]
        {
            ("home", "/", "main"),
            ("plans", "/Plans", "main h1"),
            ("plan", $"/Plans/Details/{ids.plan}", "main h1"),
            ("task", $"/Plans/Tasks/Details/{ids.task}", "main h1"),
            ("board", "/Plans/Board", "main h1"),
            ("registry", "/Plans/Registry", "main h1"),
            ("directive", $"/Plans/Registry/Details/{ids.document}", "main h1"),
            ("import", "/Plans/Import", "main h1"),
            ("reports", "/Reporting/Reports", "main h1"),
            ("report", $"/Reporting/Reports/Details/{ids.report}", "main h1"),
            ("period", $"/Reporting/Periods/Details/{ids.period}", "main h1"),
            ("consolidation", $"/Reporting/Consolidation/{ids.period}", "#consolidated-figures"),
            ("dashboard", $"/Reporting/Dashboard?planId={ids.plan}", "main h1"),
            ("units", "/Organizations/Units", "main h1"),
            ("unit", $"/Organizations/Units/Details/{ids.commune}", "main h1"),
            ("notifications", "/Notifications", "main h1"),
            ("correct-plan", $"/Plans/Correction/Edit/{ids.plan}", "main h1"),
            ("correct-task", $"/Plans/Correction/Task/{ids.task}", "main h1"),
        });
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        // The board names a task once, its units beneath it; on a phone each task is a card whose heading, state and
        // next action are whole on the screen.
        var shared = await app.WithDbAsync((db, _) => db.PlanTasks.Where(t => t.PlanId == ids.plan && t.Assignments.Count(a => a.OrganizationId != null) > 2)
            .OrderBy(t => t.Position).Select(t => t.Id).FirstAsync());
        await page.GotoAsync($"/Plans/Board?planId={ids.plan}");
        var group = page.Locator($"tbody.task-group[data-task='{shared}']");
        Assert.Equal(1, await group.Locator(".task-heading").CountAsync());
        Assert.True(await group.Locator("tr[data-assignment]").CountAsync() > 2, "the task's units are not beneath it");
        Assert.Equal(await page.Locator("tbody.task-group").CountAsync(), await page.Locator(".task-board .task-heading").CountAsync());
        var width = viewport == Viewport.Phone ? 375 : 1280;
        var card = (await group.BoundingBoxAsync())!;
        var heading = (await group.Locator(".task-heading").BoundingBoxAsync())!;
        var badge = (await group.Locator(".task-state").First.BoundingBoxAsync())!;
        var action = (await group.Locator(".task-action a").First.BoundingBoxAsync())!;
        Assert.True(card.X >= 0 && card.X + card.Width <= width, $"the task runs off the screen ({card.X}+{card.Width})");
        Assert.True(heading.Width > width * 0.6, $"the task's heading is squeezed to {heading.Width} px");
        Assert.True(badge.X + badge.Width <= card.X + card.Width && action.X + action.Width <= card.X + card.Width, "the state or the next action is cut off");
        if (viewport == Viewport.Phone)
        {
            Assert.True(heading.Height < 60, $"the card's heading takes {heading.Height} px, more than two lines");
            var tall = await page.EvaluateAsync<double>("() => document.documentElement.scrollHeight");
            Assert.True(tall < 20_000, $"the board is {tall} px tall on a phone");
        }

        // The figures by unit stay a table: on a phone it scrolls inside its box, the indicator's name staying in view.
        await page.GotoAsync($"/Reporting/Consolidation/{ids.period}");
        var region = page.Locator("div.table-responsive:has(#consolidated-figures)");
        var name = page.Locator("#consolidated-figures tbody tr:first-child > :first-child");
        var before = (await name.BoundingBoxAsync())!;
        var scrolled = await region.EvaluateAsync<double>("r => { r.scrollLeft = r.scrollWidth; return r.scrollLeft; }");
        var after = (await name.BoundingBoxAsync())!;
        if (viewport == Viewport.Phone)
        {
            Assert.True(scrolled > 0, "the figures fit a phone: nothing to scroll");
        }

        Assert.Equal(before.X, after.X, 1.0);

        // The plan corrected after its confirmation, from its page: a unit given its tasks is told, with the reason.
        await app.CreateUserAsync($"main.told.{tag}@test.vn", MembershipRole.Officer, "TL.HND");
        await page.GotoAsync($"/Plans/Details/{ids.plan}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Điều chỉnh kế hoạch" }).ClickAsync();
        var title = page.GetByLabel("Trích yếu");
        await title.FillAsync(await title.InputValueAsync() + $" ({tag})");
        await page.Locator("#plan-form").GetByLabel("Lý do điều chỉnh").FillAsync($"Sửa trích yếu ({tag})");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điều chỉnh" }).ClickAsync();
        await Expect(page.Locator("#corrections")).ToContainTextAsync($"Sửa trích yếu ({tag})");
        var unit = await app.SignedInPageAsync(viewport, $"main.told.{tag}@test.vn", errors);
        await unit.GotoAsync("/Notifications");
        await Expect(unit.Locator("main")).ToContainTextAsync($"Lý do: Sửa trích yếu ({tag})");
        await unit.CloseAsync();

        // A unit filling its report sees the indicators by name, never their codes.
        var reportEdit = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Organization!.Code == "TL.HND" && r.Status != ReportStatus.Accepted && r.Status != ReportStatus.Submitted && !r.IsExternal).Select(r => r.Id).FirstAsync());
        await page.GotoAsync($"/Reporting/Reports/Edit/{reportEdit}");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#values")).ToBeVisibleAsync();
        var codes = await app.WithDbAsync((db, _) => db.Indicators.Select(i => i.Code).ToListAsync());
        var text = await page.Locator("#values").InnerTextAsync();
        Assert.DoesNotContain(codes, c => text.Contains(c, StringComparison.Ordinal));
    }
}

public sealed class MainPagesBrowserTests_Postgres(PostgresBrowserApp app) : MainPagesBrowserTests(app), IClassFixture<PostgresBrowserApp>;
