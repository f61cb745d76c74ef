using System.Net;
using System.Text.RegularExpressions;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Web;

/// <summary>
/// Walks every endpoint the app maps, so a new page or API is covered without anyone adding it here:
/// anonymous callers get the sign-in page (or a JSON 401), and a user of another branch gets 403/404 for
/// the other branch's records and never sees its data.
/// </summary>
public abstract partial class EndpointSecurityTests(DanVanApp app)
{
    private static readonly string[] Public = ["/Accounts/SignIn", "/Accounts/SignInTwoFactor", "/Accounts/SignOut", "/Error/{statusCode:int?}", "/health", "/openapi/{documentName}.json"];

    private List<string> Routes() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
        .Distinct()
        .ToList();

    private static string Fill(string route, string orgId, string userId) => ParameterPattern().Replace(route, m => m.Groups[1].Value switch
    {
        "id" when m.Value.Contains("guid", StringComparison.Ordinal) => orgId,
        "id" => userId,
        "documentName" => "v1",
        _ => "",
    }).Replace("//", "/", StringComparison.Ordinal).TrimEnd('/') is { Length: > 0 } url ? url : "/";

    [Fact]
    public async Task Anonymous_callers_get_the_sign_in_page_or_401_everywhere_but_public_pages()
    {
        var other = await app.OrganizationAsync("TQ.SNV");
        var client = app.CreateBrowser();
        var routes = Routes();
        Assert.Contains("/api/v1/me", routes);
        foreach (var route in routes.Where(r => !Public.Contains(r)))
        {
            var url = Fill(route, other.Id.ToString(), "someone");
            var response = await client.GetAsync(url);
            if (route.StartsWith("/api", StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{url}: {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
                Assert.Contains("/Accounts/SignIn", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_user_of_another_branch_gets_403_or_404_and_never_the_other_branch_data()
    {
        await app.CreateUserAsync("officer.commune@test.vn", MembershipRole.OrganizationAdmin, "TL.DU", subtree: true);
        var provincial = await app.OrganizationAsync("TQ.SNV");
        var admin = await app.CreateUserAsync("someone.else@test.vn");
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "officer.commune@test.vn");
        foreach (var route in Routes().Where(r => !Public.Contains(r) && !r.StartsWith("/api", StringComparison.Ordinal)))
        {
            var url = Fill(route, provincial.Id.ToString(), admin.Id);
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (route.Contains("{id", StringComparison.Ordinal) || route.StartsWith("/Accounts/Users", StringComparison.Ordinal) || route.StartsWith("/Audit", StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
            }

            Assert.DoesNotContain("Sở Nội vụ", body, StringComparison.Ordinal);
        }

        var token = await app.WithDbAsync(async (db, sp) => await sp.GetRequiredService<UserAdministration>()
            .IssueTokenAsync((await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().FindByEmailAsync("officer.commune@test.vn"))!, "test", 1, CancellationToken.None));
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var organizations = await api.GetStringAsync("/api/v1/organizations");
        Assert.Contains("TL.HND", organizations, StringComparison.Ordinal);
        Assert.DoesNotContain("TQ.SNV", organizations, StringComparison.Ordinal);
    }

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

        var tls = secure.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var signIn = await tls.GetAsync("/Accounts/SignIn");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("danvan.af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\{(\w+)[^}]*\}")]
    private static partial Regex ParameterPattern();
}

public sealed class EndpointSecurityTests_Sqlite(SqliteApp app) : EndpointSecurityTests(app), IClassFixture<SqliteApp>;

public sealed class EndpointSecurityTests_Postgres(PostgresApp app) : EndpointSecurityTests(app), IClassFixture<PostgresApp>;
