using System.Text.RegularExpressions;
using DanVan.Tests.Documents;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using Microsoft.Playwright;
using DanVan.Web.Infrastructure.Auth;

namespace DanVan.Tests.Browser;

/// <summary>
/// A commune officer imports the commune's plan in Chromium, at desktop width and at 375 px: upload, check the
/// source beside what was read, fill in the number and date, settle the unit names DanVan could not match,
/// confirm; then follow a task up to 236-KL/TW and open the cascade tree.
/// </summary>
public abstract class PlanImportBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(Viewport.Desktop, "21-KH/ĐU")]
    [InlineData(Viewport.Phone, "22-KH/ĐU")]
    public async Task Officer_imports_a_plan_reviews_it_beside_the_source_and_confirms(Viewport viewport, string number)
    {
        var email = $"import.{viewport.ToString().ToLowerInvariant()}@test.vn";
        await app.CreateUserAsync(email, MembershipRole.Officer, "TL.DU", subtree: true);
        var page = await app.NewPageAsync(viewport);
        await page.GotoAsync("/Accounts/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(TestPasswords.Default);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        if (viewport == Viewport.Phone)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Mở menu" }).ClickAsync();
        }

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Kế hoạch", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập kế hoạch" }).ClickAsync();
        await page.GetByLabel("Đơn vị ban hành").SelectOptionAsync(new SelectOptionValue { Label = "Đảng ủy xã Thượng Lâm" });
        await page.GetByLabel("Tệp kế hoạch").SetInputFilesAsync(Path.Combine(Samples.Folder, Samples.CommunePlan));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc văn bản" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kiểm tra kế hoạch trước khi lưu" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "dòng 24", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#L24$"));
        await Assertions.Expect(page.Locator("#L24")).ToContainTextAsync("quán triệt");

        await page.GetByLabel("Số, ký hiệu").FillAsync(number);
        await page.GetByLabel("Ngày ban hành (dd/MM/yyyy)").FillAsync("12/05/2026");
        // The commune's plan is in DanVan already (the demo imported the same file): flagged before any work, with a link.
        var duplicates = page.Locator("#duplicates");
        await Assertions.Expect(duplicates).ToContainTextAsync("cùng tệp đã được tải lên trước đây");
        await Assertions.Expect(duplicates.GetByRole(AriaRole.Link).First).ToBeVisibleAsync();

        // A name not matched is mapped in the tree of the issuer's units: typed without diacritics, in any order, ticked.
        var unmatched = page.Locator(".unit-mapping.unmatched");
        await Assertions.Expect(unmatched).ToHaveCountAsync(3);
        var first = unmatched.Nth(0);
        await first.GetByRole(AriaRole.Searchbox).FillAsync("nong dan hoi");
        var shown = first.Locator("li[data-key]:visible");
        await Assertions.Expect(shown).ToHaveCountAsync(1);
        await shown.GetByLabel("Hội Nông dân xã Thượng Lâm").CheckAsync();
        for (var i = 1; i < 3; i++)
        {
            await unmatched.Nth(i).GetByLabel("Không có trong DanVan").CheckAsync();
        }

        var tag = viewport.ToString().ToLowerInvariant();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screens", $"import-review-{tag}.png"), FullPage = true });
        var violations = await BrowserApp.SeriousViolationsAsync(page, $"review at {tag}");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= await page.EvaluateAsync<int>("() => window.innerWidth") + 1, "the review page scrolls sideways");

        // Saving without saying it is another document is refused, and nothing is saved; once said, it is saved.
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và lưu kế hoạch" }).ClickAsync();
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("có vẻ đã có trong DanVan");
        await page.GetByLabel("Tôi đã xem: đây là một văn bản khác, vẫn nhập").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và lưu kế hoạch" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Kế hoạch số {number}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Đã lưu Kế hoạch số")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch số 103-KH/TU" }).First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "IV.1", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kết luận số 236-KL/TW" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Kế hoạch số {number}" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "cây thực hiện" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Plans/Tree"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Kế hoạch số {number}" })).ToBeVisibleAsync();
    }
}

// The UI does not depend on the engine: the browser tests run on the production one (the data tests run on both).
public sealed class PlanImportBrowserTests_Postgres(PostgresBrowserApp app) : PlanImportBrowserTests(app), IClassFixture<PostgresBrowserApp>;
