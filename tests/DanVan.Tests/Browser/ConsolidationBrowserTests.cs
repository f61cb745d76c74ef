using System.Text;
using DanVan.Documents.Spreadsheets;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Reporting.Periods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Browser;

/// <summary>
/// Issue 5's path in Chromium: the commune consolidates its units' reports into its report to the province,
/// edits the draft, issues the official document and downloads .docx, .xlsx and PDF; the province then sees the
/// commune in its own consolidation.
/// </summary>
public abstract class ConsolidationBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(Viewport.Desktop, 2029)]
    [InlineData(Viewport.Phone, 2030)]
    public async Task The_commune_consolidates_edits_issues_and_downloads_and_the_province_consolidates(Viewport viewport, int year)
    {
        var tag = viewport.ToString().ToLowerInvariant();
        await app.CreateUserAsync($"chain.province.{tag}@test.vn", MembershipRole.Leader, "TQ.TU", subtree: true);
        await app.CreateUserAsync($"chain.commune.{tag}@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        await app.CreateUserAsync($"chain.farmers.{tag}@test.vn", MembershipRole.Officer, "TL.HND");
        var plans = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo).Select(p => new { p.Organization!.Code, p.Id }).ToDictionaryAsync(p => p.Code, p => p.Id));

        // The province opens the half-year on its plan, the commune on its own.
        var province = await SignInAsync(viewport, $"chain.province.{tag}@test.vn");
        await OpenHalfYearAsync(province, plans["TQ.TU"], year);
        var commune = await SignInAsync(viewport, $"chain.commune.{tag}@test.vn");
        await OpenHalfYearAsync(commune, plans["TL.DU"], year);
        var periodId = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.PlanId == plans["TL.DU"] && p.Year == year && p.Kind == PeriodKind.SixMonth).Select(p => p.Id).SingleAsync());
        var farmersReport = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.PeriodId == periodId && r.Organization!.Code == "TL.HND").Select(r => r.Id).SingleAsync());

        // The farmers' union reports.
        var farmers = await SignInAsync(viewport, $"chain.farmers.{tag}@test.vn");
        await farmers.GotoAsync($"/Reporting/Reports/Edit/{farmersReport}");
        await farmers.Locator("#Form_Narratives_0__Results").FillAsync("Vận động 120 hộ tham gia mô hình nước sạch.");
        await farmers.Locator("tr[data-indicator='KY_NANG_SO'] input[name$='.Raw']").FillAsync("7");
        await farmers.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(farmers.GetByText("Đã gửi, chờ duyệt").First).ToBeVisibleAsync();

        // The commune consolidates: figures and the union's passage; then puts them into its report upward and edits it.
        await commune.GotoAsync($"/Reporting/Periods/Details/{periodId}");
        await commune.Locator("#consolidate").ClickAsync();
        await Assertions.Expect(commune.Locator("#consolidated-figures tr[data-indicator='KY_NANG_SO'] [data-cell=total]")).ToHaveTextAsync("7");
        await Assertions.Expect(commune.GetByText("Vận động 120 hộ tham gia mô hình nước sạch.")).ToBeVisibleAsync();
        await commune.Locator("#confirm-replace").CheckAsync();
        await commune.GetByRole(AriaRole.Button, new() { Name = "Đưa vào bản nháp báo cáo gửi cấp trên" }).ClickAsync();
        await Assertions.Expect(commune.GetByText("Đã đưa số liệu và nội dung tổng hợp vào bản nháp")).ToBeVisibleAsync();
        var results = commune.Locator("#Form_Narratives_0__Results");
        await Assertions.Expect(results).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Hội Nông dân xã Thượng Lâm: Vận động 120 hộ"));
        await results.FillAsync(await results.InputValueAsync() + "\nĐảng ủy xã đánh giá: hoàn thành tốt nhiệm vụ.");
        await commune.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(commune.GetByText("Đã gửi, chờ duyệt").First).ToBeVisibleAsync();

        // The official document: number, then .docx, .xlsx and PDF.
        await commune.Locator("#official-document").ClickAsync();
        await commune.Locator("#Input_SignerName").FillAsync("Nguyễn Văn An");
        await commune.GetByRole(AriaRole.Button, new() { Name = "Lấy số và tạo văn bản" }).ClickAsync();
        await Assertions.Expect(commune.Locator("[data-symbol]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{2}-BC/ĐU$"));
        var docx = await DownloadAsync(commune, "#download-docx");
        var text = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(docx, "docx", "txt:Text"));
        Assert.Contains("Đảng ủy xã đánh giá: hoàn thành tốt nhiệm vụ.", text, StringComparison.Ordinal);
        Assert.Contains("ĐẢNG ỦY XÃ THƯỢNG LÂM", text, StringComparison.Ordinal);
        var xlsx = XlsxReader.Read(await DownloadAsync(commune, "#download-xlsx")).Sheet("Chỉ tiêu")!;
        Assert.Contains(Enumerable.Range(3, xlsx.LastRow - 2), r => xlsx[r, 1]?.Text == "KY_NANG_SO" && xlsx[r, 5]?.Number == 7);
        var pdf = await DownloadAsync(commune, "#download-pdf");
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));

        // The province's consolidation counts the commune with its consolidated figures.
        var provincePeriod = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.PlanId == plans["TQ.TU"] && p.Year == year && p.Kind == PeriodKind.SixMonth).Select(p => p.Id).SingleAsync());
        await province.GotoAsync($"/Reporting/Consolidation/{provincePeriod}");
        await Assertions.Expect(province.Locator("#consolidated-figures tr[data-indicator='KY_NANG_SO'] [data-cell=total]")).ToHaveTextAsync("7");
        await Assertions.Expect(province.Locator("[data-figure=counted]")).ToHaveTextAsync("1");
    }

    private async Task<IPage> SignInAsync(Viewport viewport, string email)
    {
        var page = await app.NewPageAsync(viewport);
        await page.GotoAsync("/Accounts/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(TestPasswords.Default);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Xin chào") })).ToBeVisibleAsync();
        return page;
    }

    private static async Task OpenHalfYearAsync(IPage page, Guid planId, int year)
    {
        await page.GotoAsync($"/Reporting/Periods?planId={planId}");
        await page.Locator("#Open_Kind").SelectOptionAsync("SixMonth");
        await page.Locator("#Open_Year").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở kỳ và gửi yêu cầu báo cáo" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(selector).ClickAsync());
        return await File.ReadAllBytesAsync((await download.PathAsync())!);
    }
}

// The UI does not depend on the engine: the browser tests run on the production one (the data tests run on both).
public sealed class ConsolidationBrowserTests_Postgres(PostgresBrowserApp app) : ConsolidationBrowserTests(app), IClassFixture<PostgresBrowserApp>;
