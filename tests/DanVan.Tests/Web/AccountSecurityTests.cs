using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Tests.Web;

/// <summary>Lockout, two-factor sign-in, forced set-up for administrators, and personal access tokens end to end.</summary>
public abstract class AccountSecurityTests(DanVanApp app)
{
    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await app.CreateUserAsync("lockout@test.vn", MembershipRole.Viewer, "TL.HND");
        var client = app.CreateBrowser();
        for (var i = 0; i < 10; i++)
        {
            var wrong = await SignInFormAsync(client, "lockout@test.vn", "Sai-mat-khau-" + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var refused = await SignInFormAsync(client, "lockout@test.vn", TestPasswords.Default);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(DanVan.Web.Modules.Accounts.SignInModel.Refusal, await Forms.HtmlAsync(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Two_factor_sign_in_asks_for_the_code_and_refuses_a_wrong_one()
    {
        await app.CreateUserAsync("totp@test.vn", MembershipRole.Officer, "TL.HND");
        var key = await app.EnableTwoFactorAsync("totp@test.vn");
        var client = app.CreateBrowser();
        var first = await SignInFormAsync(client, "totp@test.vn", TestPasswords.Default);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = first.Headers.Location!.OriginalString;
        Assert.Contains("/Accounts/SignInTwoFactor", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Organizations/Units")).StatusCode);

        var wrongCode = Totp.Code(key) == "000000" ? "111111" : "000000";
        var wrong = await Forms.PostAsync(client, second, new Dictionary<string, string> { ["Code"] = wrongCode });
        Assert.Contains("Mã xác thực không đúng", await Forms.HtmlAsync(wrong), StringComparison.Ordinal);

        var right = await Forms.PostAsync(client, second, new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Organizations/Units")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_without_two_factor_is_sent_to_set_it_up_before_anything_else()
    {
        await app.CreateUserAsync("admin.no2fa@test.vn", administrator: true);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "admin.no2fa@test.vn");
        var response = await client.GetAsync("/Accounts/Users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Accounts/TwoFactor", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_personal_access_token_carries_the_memberships_until_revoked_or_expired()
    {
        await app.CreateUserAsync("api.user@test.vn", MembershipRole.Officer, "TL.MTTQ", subtree: true);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "api.user@test.vn");
        var created = await Forms.PostAsync(client, "/Accounts/Tokens", new Dictionary<string, string> { ["Name"] = "Báo cáo tự động", ["Days"] = "30" }, "/Accounts/Tokens?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await client.GetStringAsync("/Accounts/Tokens");
        var token = System.Text.RegularExpressions.Regex.Match(page, "id=\"new-token\"[^>]*>([^<]+)<").Groups[1].Value;
        Assert.StartsWith("dv_", token, StringComparison.Ordinal);
        Assert.DoesNotContain(token, await client.GetStringAsync("/Accounts/Tokens"), StringComparison.Ordinal);

        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using (var me = JsonDocument.Parse(await api.GetStringAsync("/api/v1/me")))
        {
            Assert.Equal("api.user@test.vn", me.RootElement.GetProperty("email").GetString());
            Assert.Single(me.RootElement.GetProperty("memberships").EnumerateArray());
        }

        var organizations = await api.GetStringAsync("/api/v1/organizations");
        Assert.Contains("TL.HND", organizations, StringComparison.Ordinal);
        Assert.DoesNotContain("TL.UBND", organizations, StringComparison.Ordinal);

        var stored = await app.WithDbAsync((db, _) => db.AccessTokens.SingleAsync(t => t.Name == "Báo cáo tự động"));
        Assert.DoesNotContain(token, stored.Hash, StringComparison.Ordinal);
        var revoked = await Forms.PostAsync(client, "/Accounts/Tokens", new Dictionary<string, string>(), $"/Accounts/Tokens?handler=Revoke&tokenId={stored.Id}");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        await AssertRefusedAsync(api);

        var second = await app.WithDbAsync(async (db, sp) => await sp.GetRequiredService<UserAdministration>()
            .IssueTokenAsync(await db.Users.SingleAsync(u => u.Email == "api.user@test.vn"), "Sắp hết hạn", 1, CancellationToken.None));
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", second);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        await app.WithDbAsync((db, _) => db.AccessTokens.Where(t => t.Name == "Sắp hết hạn").ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        await AssertRefusedAsync(api);

        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "dv_khong-phai-ma-that");
        await AssertRefusedAsync(api);
    }

    [Fact]
    public async Task A_token_authenticates_the_api_only_and_an_administrator_needs_two_factor_to_get_one()
    {
        await app.CreateUserAsync("admin.token@test.vn", administrator: true);
        Task<string> IssueAsync() => app.WithDbAsync(async (db, sp) => await sp.GetRequiredService<UserAdministration>()
            .IssueTokenAsync(await db.Users.SingleAsync(u => u.Email == "admin.token@test.vn"), "quản trị", 1, CancellationToken.None));
        var refused = await Assert.ThrowsAsync<DanVan.Web.Infrastructure.Errors.BusinessRuleException>(IssueAsync);
        Assert.Contains("xác thực hai bước", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.AccessTokens.CountAsync(t => t.User!.Email == "admin.token@test.vn")));

        await app.EnableTwoFactorAsync("admin.token@test.vn");
        var token = await IssueAsync();
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        var users = await app.WithDbAsync((db, _) => db.Users.CountAsync());
        foreach (var page in new[] { "/", "/Accounts/Users", "/Accounts/Users/Create", "/Organizations/Units", "/Audit", "/Accounts/Tokens" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Accounts/SignIn", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var create = await client.PostAsync("/Accounts/Users/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "admin.by.token@test.vn", ["Input.FullName"] = "Qua mã", ["Input.IsAdministrator"] = "true",
        }));
        Assert.True(create.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{(int)create.StatusCode}");
        Assert.Equal(users, await app.WithDbAsync((db, _) => db.Users.CountAsync()));

        // Signed in in the browser, the administrator without two-factor cannot get a token from the page either.
        await app.CreateUserAsync("admin.token.page@test.vn", administrator: true);
        var browser = app.CreateBrowser();
        await Forms.SignInAsync(browser, "admin.token.page@test.vn");
        var tokens = await browser.GetAsync("/Accounts/Tokens");
        Assert.Equal("/Accounts/TwoFactor", tokens.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_or_changing_the_password_ends_the_other_sessions_at_once()
    {
        await app.CreateUserAsync("sessions@test.vn", MembershipRole.Viewer, "TL.HND");
        var jar = new System.Net.CookieContainer();
        var first = app.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(jar));
        await Forms.SignInAsync(first, "sessions@test.vn");
        var copied = new System.Net.CookieContainer();
        copied.Add(jar.GetAllCookies());
        var thief = app.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(copied));
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/Organizations/Units")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(first, "/Accounts/ChangePassword", new Dictionary<string, string>(), "/Accounts/SignOut")).StatusCode);
        var afterSignOut = await thief.GetAsync("/Organizations/Units");
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Contains("/Accounts/SignIn", afterSignOut.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var one = app.CreateBrowser();
        var other = app.CreateBrowser();
        await Forms.SignInAsync(one, "sessions@test.vn");
        await Forms.SignInAsync(other, "sessions@test.vn");
        var changed = await Forms.PostAsync(one, "/Accounts/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestPasswords.Default, ["Input.NewPassword"] = "MatkhauMoi2026y", ["Input.ConfirmPassword"] = "MatkhauMoi2026y",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await one.GetAsync("/Organizations/Units")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/Organizations/Units")).StatusCode);
    }

    [Fact]
    public async Task A_two_factor_code_signs_in_once()
    {
        await app.CreateUserAsync("totp.once@test.vn", MembershipRole.Viewer, "TL.HND");
        var key = await app.EnableTwoFactorAsync("totp.once@test.vn");
        var code = Totp.Code(key);
        async Task<HttpResponseMessage> SecondStepAsync()
        {
            var client = app.CreateBrowser();
            var first = await SignInFormAsync(client, "totp.once@test.vn", TestPasswords.Default);
            return await Forms.PostAsync(client, first.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = code });
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync()).StatusCode);
        var replay = await SecondStepAsync();
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("Mã xác thực không đúng", await Forms.HtmlAsync(replay), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_inactive_and_known_accounts_get_the_same_answer()
    {
        await app.CreateUserAsync("same.answer@test.vn", MembershipRole.Viewer, "TL.HND");
        var inactive = await app.CreateUserAsync("same.answer.off@test.vn", MembershipRole.Viewer, "TL.HND");
        await app.WithDbAsync(async (db, sp) =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(inactive.Id))!;
            user.Deactivate();
            await users.UpdateAsync(user);
            return true;
        });
        var answers = new List<string>();
        foreach (var (email, password) in new[] { ("khong.co.ai@test.vn", "Sai-mat-khau-1"), ("same.answer@test.vn", "Sai-mat-khau-1"), ("same.answer.off@test.vn", TestPasswords.Default) })
        {
            var response = await SignInFormAsync(app.CreateBrowser(), email, password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await Forms.HtmlAsync(response);
            Assert.Contains(DanVan.Web.Modules.Accounts.SignInModel.Refusal, html, StringComparison.Ordinal);
            answers.Add(System.Text.RegularExpressions.Regex.Match(html, "<div[^>]*validation-summary[^>]*>.*?</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
        }

        Assert.Single(answers.Distinct());
    }

    private static async Task AssertRefusedAsync(HttpClient api)
    {
        var response = await api.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
    }

    private static Task<HttpResponseMessage> SignInFormAsync(HttpClient client, string email, string password) =>
        Forms.PostAsync(client, "/Accounts/SignIn", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
}

public sealed class AccountSecurityTests_Sqlite(SqliteApp app) : AccountSecurityTests(app), IClassFixture<SqliteApp>;

public sealed class AccountSecurityTests_Postgres(PostgresApp app) : AccountSecurityTests(app), IClassFixture<PostgresApp>;
