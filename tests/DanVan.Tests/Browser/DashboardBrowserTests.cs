using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Tests.Browser;

/// <summary>The dashboard draws its charts in Chromium (vendored Chart.js under the site's CSP), each beside its table.</summary>
public abstract class DashboardBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task The_province_sees_trends_and_completeness_as_charts_with_their_tables(Viewport viewport)
    {
        var email = $"dashboard.{viewport.ToString().ToLowerInvariant()}@test.vn";
        await app.CreateUserAsync(email, MembershipRole.Leader, "TQ.TU", subtree: true);
        var planId = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TQ.TU").Select(p => p.Id).SingleAsync());
        var page = await app.NewPageAsync(viewport);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { errors.Add(page.Url + " " + message.Text + " " + message.Location); } };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync("/Accounts/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(TestPasswords.Default);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GotoAsync($"/Reporting/Periods?planId={planId}");
        Assert.True(errors.Count == 0, string.Join("\n", errors)); // signing in and the periods page are clean too
        await page.Locator("#dashboard-link").ClickAsync();
        await page.Locator("#indicator").SelectOptionAsync("DOI_THOAI");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();

        await Assertions.Expect(page.Locator("#chart-completeness tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#chart-trend tbody tr")).ToHaveCountAsync(2);

        // The year is still open (its reports are due on 14/12): its point is provisional, drawn hollow on a dashed line, not a fall.
        await Assertions.Expect(page.Locator("#chart-trend tbody tr[data-provisional=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#chart-trend tbody tr[data-provisional=true] th")).ToContainTextAsync("(tạm tính)");
        Assert.Equal("#ffffff", await page.Locator("section[aria-labelledby=trend-heading] canvas").EvaluateAsync<string>("c => window.Chart.getChart(c).data.datasets[0].pointBackgroundColor[1]"));
        await Assertions.Expect(page.Locator("#chart-units tbody tr").First).ToBeVisibleAsync();
        var charts = page.Locator(".chart-box canvas[role=img]");
        await Assertions.Expect(charts).ToHaveCountAsync(await page.Locator("table[data-chart]").CountAsync());
        Assert.True(await charts.First.EvaluateAsync<bool>("c => c.width > 0 && !!window.Chart && !!window.Chart.getChart(c)"));

        // Targets against actuals: the table has target, figure and verdict; the chart draws only the share achieved.
        await Assertions.Expect(page.Locator("#chart-targets tbody tr[data-indicator=TL_BHYT]")).ToContainTextAsync("Ít nhất 95");
        Assert.Equal(1, await page.Locator("section[aria-labelledby=targets-heading] canvas").EvaluateAsync<int>("c => window.Chart.getChart(c).data.datasets.length"));
        Assert.Equal(2, await page.Locator("section[aria-labelledby=compare-heading] canvas").EvaluateAsync<int>("c => window.Chart.getChart(c).data.datasets.length"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

// The UI does not depend on the engine: the browser tests run on the production one (the data tests run on both).
public sealed class DashboardBrowserTests_Postgres(PostgresBrowserApp app) : DashboardBrowserTests(app), IClassFixture<PostgresBrowserApp>;
