using System.Net;
using System.Net.Http.Headers;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Tests.Web;

/// <summary>The framework's rate limiter on sign-in (per address, per account), the API (per token) and anonymous pages.</summary>
public abstract class RateLimitTests(DanVanApp app)
{
    private WebApplicationFactory<Program> Limited(string setting, string value) =>
        app.WithWebHostBuilder(b => b.UseSetting("RateLimits:" + setting, value));

    [Fact]
    public async Task One_address_is_slowed_down_on_sign_in_before_the_account_locks()
    {
        await app.CreateUserAsync("rate.address@test.vn", MembershipRole.Viewer, "TL.HND");
        await using var limited = Limited("SignInPerAddress", "3");
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await Forms.PostAsync(client, "/Accounts/SignIn", new Dictionary<string, string> { ["Input.Email"] = "rate.address@test.vn", ["Input.Password"] = "Sai-mat-khau-" + i });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Quá nhiều yêu cầu", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(last.Headers.RetryAfter is not null);
        var user = await app.WithDbAsync((db, _) => db.Users.SingleAsync(u => u.Email == "rate.address@test.vn"));
        Assert.Null(user.LockoutEnd);
        Assert.Equal(3, user.AccessFailedCount);
    }

    [Fact]
    public async Task One_account_is_slowed_down_whatever_the_address()
    {
        await using var limited = Limited("SignInPerAccount", "2");
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await Forms.PostAsync(client, "/Accounts/SignIn", new Dictionary<string, string> { ["Input.Email"] = "rate.account@test.vn", ["Input.Password"] = "x" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task The_api_is_limited_per_token_and_anonymous_pages_per_address()
    {
        await app.CreateUserAsync("rate.api@test.vn", MembershipRole.Viewer, "TL.HND");
        var token = await app.WithDbAsync(async (db, sp) => await sp.GetRequiredService<UserAdministration>()
            .IssueTokenAsync(await db.Users.SingleAsync(u => u.Email == "rate.api@test.vn"), "rate", 1, CancellationToken.None));
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("RateLimits:ApiPerToken", "2").UseSetting("RateLimits:AnonymousPerAddress", "2"));
        var api = limited.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await api.GetAsync("/api/v1/me")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var refused = await api.GetAsync("/api/v1/me");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var anonymous = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            pages.Add((await anonymous.GetAsync("/Accounts/SignIn")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], pages);
    }
}

public sealed class RateLimitTests_Sqlite(SqliteApp app) : RateLimitTests(app), IClassFixture<SqliteApp>;

public sealed class RateLimitTests_Postgres(PostgresApp app) : RateLimitTests(app), IClassFixture<PostgresApp>;
