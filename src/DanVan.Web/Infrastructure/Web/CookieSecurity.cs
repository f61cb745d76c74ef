namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// Cookies are Secure-only in production. On a developer's machine (<c>dotnet run</c> on http://localhost) and
/// in tests they follow the request; <c>Security:RequireHttps</c> overrides either way.
/// </summary>
public static class CookieSecurity
{
    public static CookieSecurePolicy Policy(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Security:RequireHttps", !environment.IsDevelopment())
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
}
