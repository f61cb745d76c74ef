using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Reporting.Periods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.Tests.Browser;

/// <summary>
/// The pages of the reporting chain, the notice settings and the commune's division of work (with a task that names
/// its member in charge) in Chromium at 1280 and 375 px: none scrolls sideways, no
/// script or CSP error; each is saved as an image under the test output (screens/) to look at.
/// </summary>
public abstract class ReportingChainBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task The_chain_the_outside_report_and_the_notice_settings_read_on_a_phone_and_a_desktop(Viewport viewport)
    {
        var tag = viewport.ToString().ToLowerInvariant();
        await app.CreateUserAsync($"chain.{tag}@test.vn", MembershipRole.Leader, "TQ.TU", subtree: true);
        var (planId, periodId) = await app.WithDbAsync(async (db, _) =>
        {
            var period = await db.ReportingPeriods.Where(p => p.Plan!.Organization!.Code == "TQ.TU" && p.Plan.ParentPlanId == null && p.Kind == PeriodKind.Annual).FirstAsync();
            return (period.PlanId, period.Id);
        });
        var (communeId, fieldTaskId) = await app.WithDbAsync(async (db, _) =>
        {
            var commune = await db.Organizations.Where(o => o.Code == "TL.DU").Select(o => o.Id).SingleAsync();
            return (commune, await db.PlanTasks.Where(t => t.Plan!.OrganizationId == commune && t.Field != null).OrderBy(t => t.Position).Select(t => t.Id).FirstAsync());
        });
        var errors = new List<string>();
        var page = await app.SignedInPageAsync(viewport, $"chain.{tag}@test.vn", errors);
        await BrowserApp.CheckPagesAsync(page, tag, new[]
        {
            ("plan-chain", $"/Plans/Details/{planId}", "#plan-chain"),
            ("chain-edit", $"/Plans/Chain/Edit/{planId}", "#chain"),
            ("period-outside", $"/Reporting/Periods/Details/{periodId}", "#external-report"),
            ("consolidation-outside", $"/Reporting/Consolidation/{periodId}", "#upward-draft"),
            ("responsibilities", $"/Organizations/Responsibilities/{communeId}", "#responsibility-form"),
            ("task-in-charge", $"/Plans/Tasks/Details/{fieldTaskId}", "#task-field-form"),
            ("notice-settings", "/Notifications/Settings", "#notice-settings"),
        });

        await Assertions.Expect(page.Locator("#notice-settings input[type=radio]")).ToHaveCountAsync(3 * DanVan.Web.Modules.Notifications.Contracts.NoticeKinds.All.Count);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

// The UI does not depend on the engine: the browser tests run on the production one (the data tests run on both).
public sealed class ReportingChainBrowserTests_Postgres(PostgresBrowserApp app) : ReportingChainBrowserTests(app), IClassFixture<PostgresBrowserApp>;
