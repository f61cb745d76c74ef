using System.Text.RegularExpressions;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Tests.Browser;

/// <summary>
/// What an officer does first, in Chromium, at desktop width and at 375 px: sign in with a one-time
/// password, be made to change it, create a unit, assign a colleague to it; and what a user of another
/// branch sees of it (nothing).
/// </summary>
public abstract partial class OrganizationBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task Officer_signs_in_changes_password_creates_a_unit_and_assigns_a_colleague(Viewport viewport)
    {
        var tag = viewport.ToString().ToLowerInvariant();
        var oneTime = await CreateUserWithOneTimePasswordAsync($"oa.{tag}@test.vn", MembershipRole.OrganizationAdmin, "TL.DU");
        await app.CreateUserAsync($"colleague.{tag}@test.vn");
        await app.CreateUserAsync($"other.{tag}@test.vn", MembershipRole.OrganizationAdmin, "TQ.UBND", subtree: true);
        var unitName = $"Tổ dân vận thôn Nà Thôm ({tag})";

        var page = await app.NewPageAsync(viewport);
        await page.GotoAsync("/Organizations/Units");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        await SignInAsync(page, $"oa.{tag}@test.vn", oneTime);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Accounts/ChangePassword"));
        await page.GetByLabel("Mật khẩu hiện tại").FillAsync(oneTime);
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync("Mới-Thượng-Lâm-2026");
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync("Mới-Thượng-Lâm-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã đổi mật khẩu.")).ToBeVisibleAsync();

        await OpenMenuItemAsync(page, viewport, "Tổ chức");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đảng ủy xã Thượng Lâm", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm đơn vị trực thuộc" }).ClickAsync();
        await page.GetByLabel("Mã", new() { Exact = true }).FillAsync($"TL.TDV.{tag.ToUpperInvariant()}");
        await page.GetByLabel("Tên đầy đủ").FillAsync(unitName);
        await page.GetByLabel("Loại tổ chức").SelectOptionAsync(new SelectOptionValue { Label = "Tổ chức chính trị - xã hội" });
        // The area picker narrows as one types (there are some 100,000 villages nationally), diacritics optional.
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm địa bàn" }).FillAsync("na thom");
        await Assertions.Expect(page.Locator("#Input_AreaId option")).ToHaveCountAsync(2);
        await page.GetByLabel("Địa bàn", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Thôn Nà Thôm (02287.01, Thôn, tổ dân phố)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = unitName })).ToBeVisibleAsync();

        await page.GetByLabel("Email người dùng").FillAsync($"colleague.{tag}@test.vn");
        await page.GetByLabel("Vai trò").SelectOptionAsync(new SelectOptionValue { Label = "Cán bộ chuyên trách" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Phân công" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = $"colleague.{tag}@test.vn", Exact = true })).ToBeVisibleAsync();
        var unitUrl = page.Url;

        var other = await app.NewPageAsync(viewport);
        await other.GotoAsync("/Accounts/SignIn");
        await SignInAsync(other, $"other.{tag}@test.vn", TestPasswords.Default);
        await other.GotoAsync("/Organizations/Units?q=" + Uri.EscapeDataString("to dan van thon na thom"));
        await Assertions.Expect(other.GetByText("Không tìm thấy tổ chức nào")).ToBeVisibleAsync();
        var response = await other.GotoAsync(unitUrl);
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(other.GetByText(unitName)).ToHaveCountAsync(0);

        var colleague = await app.NewPageAsync(viewport);
        await colleague.GotoAsync("/Accounts/SignIn");
        await SignInAsync(colleague, $"colleague.{tag}@test.vn", TestPasswords.Default);
        await colleague.GotoAsync("/Organizations/Units?q=" + Uri.EscapeDataString("to dan van thon na thom"));
        await Assertions.Expect(colleague.GetByRole(AriaRole.Link, new() { Name = unitName })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task First_administrator_changes_the_printed_password_and_sets_up_two_factor()
    {
        var printed = app.StartupOutput.ToString().Split('\n').Single(l => l.Contains("Mật khẩu một lần", StringComparison.Ordinal));
        var password = printed.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

        var page = await app.NewPageAsync(Viewport.Desktop);
        await page.GotoAsync("/");
        await SignInAsync(page, "admin@danvan.local", password);
        await page.GetByLabel("Mật khẩu hiện tại").FillAsync(password);
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync("Quản-trị-Tuyên-Quang-08");
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync("Quản-trị-Tuyên-Quang-08");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Accounts/TwoFactor"));
        var key = await page.Locator("#authenticator-key").InnerTextAsync();
        await page.GetByLabel("Mã xác thực").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai bước" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Đã bật xác thực hai bước")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếp tục" }).ClickAsync();

        // The tree opens a level at a time: province, commune, the commune's Front, its member organization.
        await page.GotoAsync("/Organizations/Units");
        foreach (var unit in new[] { "Tỉnh ủy Tuyên Quang", "Đảng ủy xã Thượng Lâm", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Thượng Lâm" })
        {
            var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = unit, Exact = true }) });
            await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("đơn vị trực thuộc$") }).ClickAsync();
            await Assertions.Expect(row.GetByText("đã mở")).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hội Nông dân xã Thượng Lâm", Exact = true })).ToBeVisibleAsync();
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" })).ToHaveCountAsync(0);
    }

    /// <summary>At 375 px the main navigation is behind the menu button, as a user would find it.</summary>
    private static async Task OpenMenuItemAsync(IPage page, Viewport viewport, string item)
    {
        if (viewport == Viewport.Phone)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Mở menu" }).ClickAsync();
        }

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = item, Exact = true }).ClickAsync();
    }

    private Task<string> CreateUserWithOneTimePasswordAsync(string email, MembershipRole role, string orgCode) =>
        app.WithDbAsync(async (db, sp) =>
        {
            var administration = sp.GetRequiredService<UserAdministration>();
            var (user, oneTime) = await administration.CreateUserAsync(email, "Cán bộ " + email, false, null, CancellationToken.None);
            var organization = db.Organizations.Single(o => o.Code == orgCode);
            await administration.AddMembershipAsync(DanVan.Web.Infrastructure.Auth.OrgScope.Operator, user, organization, role, true, CancellationToken.None);
            return oneTime!;
        });
}

// The UI does not depend on the engine: the browser tests run on the production one (the data tests run on both).
public sealed class OrganizationBrowserTests_Postgres(PostgresBrowserApp app) : OrganizationBrowserTests(app), IClassFixture<PostgresBrowserApp>;
