using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.Tests.Browser;

/// <summary>
/// The pages of task cycles in Chromium at 1280 and 375 px: the page itself never scrolls sideways (tables scroll
/// inside their own region), no script error; each page is saved as an image under the test output (screens/) to look at.
/// </summary>
public abstract class TaskCyclesBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task The_board_a_parts_cycles_and_the_plans_deadlines_read_on_a_phone_and_a_desktop(Viewport viewport)
    {
        var tag = viewport.ToString().ToLowerInvariant();
        await app.CreateUserAsync($"cycles.{tag}@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        var (planId, assignmentId) = await app.WithDbAsync(async (db, _) =>
        {
            var part = await db.TaskCycles.Where(c => c.Key == "2026-H1" && c.CompletedOn == null && c.Assignment!.Task!.Plan!.IsDemo && c.Assignment.OrganizationId != null)
                .OrderBy(c => c.Assignment!.Organization!.Code).Select(c => new { c.Assignment!.Task!.PlanId, c.AssignmentId }).FirstAsync();
            return (part.PlanId, part.AssignmentId);
        });
        var errors = new List<string>();
        var page = await app.SignedInPageAsync(viewport, $"cycles.{tag}@test.vn", errors);
        await BrowserApp.CheckPagesAsync(page, tag, new[]
        {
            ("board", $"/Plans/Board?planId={planId}", "#earlier-undone"),
            ("progress", $"/Plans/Progress/{assignmentId}", "table.cycles"),
            ("deadlines", $"/Plans/Cycles/Deadlines/{planId}", "#deadlines"),
        });

        // The part's page opens on the overdue half-year; its cycles are listed newest first with their states.
        await page.GotoAsync($"/Plans/Progress/{assignmentId}");
        await Assertions.Expect(page.Locator("#update-heading")).ToContainTextAsync("6 tháng đầu năm 2026");
        await Assertions.Expect(page.Locator("table.cycles tbody tr").First).ToHaveAttributeAsync("data-cycle", "2026-H2");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

public sealed class TaskCyclesBrowserTests_Postgres(PostgresBrowserApp app) : TaskCyclesBrowserTests(app), IClassFixture<PostgresBrowserApp>;
