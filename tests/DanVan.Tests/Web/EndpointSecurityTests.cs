using System.Net;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Web;

/// <summary>Security headers, health and HTTPS. Who may call what is proven by Security/AuthorizationWalkTests.</summary>
public abstract class EndpointSecurityTests(DanVanApp app)
{
    [Fact]
    public async Task Pages_carry_security_headers_and_health_answers()
    {
        var client = app.CreateBrowser();
        var response = await client.GetAsync("/Accounts/SignIn");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task Where_https_is_required_plain_http_gets_a_clear_page_and_https_signs_in()
    {
        await using var secure = app.WithWebHostBuilder(b => b.UseSetting("Security:RequireHttps", "true"));
        var plain = secure.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await plain.GetAsync("/Accounts/SignIn");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("chỉ phục vụ qua kết nối bảo mật HTTPS", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync("/health")).StatusCode);

        var tempData = secure.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>>().Value;
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always, tempData.Cookie.SecurePolicy);
        Assert.True(secure.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.HttpsPolicy.HstsOptions>>().Value.IncludeSubDomains);
        var foreignHost = new HttpRequestMessage(HttpMethod.Get, "/health");
        foreignHost.Headers.Host = "danvan.example.org";
        Assert.Equal(HttpStatusCode.BadRequest, (await plain.SendAsync(foreignHost)).StatusCode);

        var tls = secure.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var signIn = await tls.GetAsync("/Accounts/SignIn");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("danvan.af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class EndpointSecurityTests_Sqlite(SqliteApp app) : EndpointSecurityTests(app), IClassFixture<SqliteApp>;

public sealed class EndpointSecurityTests_Postgres(PostgresApp app) : EndpointSecurityTests(app), IClassFixture<PostgresApp>;
