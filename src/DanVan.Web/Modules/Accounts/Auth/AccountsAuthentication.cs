using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Web.Modules.Accounts.Auth;

/// <summary>Who the user is: Identity (cookies, lockout, TOTP), access tokens for the API, and the account set-up gate.</summary>
internal static class AccountsAuthentication
{
    private const string SmartScheme = "DanVan";

    public static IServiceCollection AddAccountsAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var cookiePolicy = CookieSecurity.Policy(configuration, environment);
        services.AddScoped<CurrentUser>();
        services.AddScoped<IScopeSource>(sp => sp.GetRequiredService<CurrentUser>());

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            // Tokens are for the API and the API takes tokens only: a token is never a browser session, and a
            // browser's cookie never calls the API (no cross-site request rides on it).
            .AddPolicyScheme(SmartScheme, null, o => o.ForwardDefaultSelector = context =>
                ApiPaths.IsApi(context.Request) ? AccessTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                // Above the per-address limit (RateLimits): one address is slowed down long before it can lock an account.
                o.Lockout.MaxFailedAccessAttempts = 10;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddEntityFrameworkStores<AppDbContext>();

        // The stamp is checked on every request (one indexed read, beside the one CurrentUser makes), so signing
        // out, a new password, a reset or a deactivation ends the user's other sessions at once, on every server.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "danvan.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = cookiePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/Accounts/SignIn";
            o.LogoutPath = "/Accounts/SignOut";
            // A refusal is a 403 answered by the friendly error page, not a redirect that hides the status.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.PostConfigureAll<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(o =>
        {
            o.Cookie.SecurePolicy = cookiePolicy;
            o.Cookie.HttpOnly = true;
        });

        return services;
    }

    /// <summary>
    /// A password chosen by somebody else (a one-time one, or one an administrator set) must be replaced, and an
    /// administrator must turn on two-factor sign-in, before anything else: every other page redirects there until it is done.
    /// </summary>
    public static IApplicationBuilder UseAccountSetupGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var state = await context.RequestServices.GetRequiredService<CurrentUser>().GetStateAsync(context.RequestAborted);
            if (!state.IsKnown && ApiPaths.IsApi(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsJsonAsync(new { status = 401, title = "Tài khoản không còn hoạt động." }, options: null, contentType: "application/problem+json");
                return;
            }

            if (!state.IsKnown)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.Response.Redirect("/Accounts/SignIn");
                return;
            }

            // A password somebody else chose is changed at the person's first sign-in; an access token an administrator
            // issued is no sign-in with that password, so it is not held back by it (two-factor for administrators is).
            var byToken = user.Identity.AuthenticationType == AccessTokenAuthenticationHandler.SchemeName;
            var target = state.MustChangePassword && !byToken ? "/Accounts/ChangePassword" : state.MustEnableTwoFactor ? "/Accounts/TwoFactor" : null;
            if (target is not null && !IsSetupPath(context.Request.Path))
            {
                if (ApiPaths.IsApi(context.Request))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.Response.WriteAsJsonAsync(new { status = 403, title = "Hãy hoàn tất thiết lập tài khoản (đổi mật khẩu, xác thực hai bước) trước." });
                    return;
                }

                context.Response.Redirect(target);
                return;
            }
        }

        await next(context);
    });

    private static bool IsSetupPath(PathString path) =>
        path.StartsWithSegments("/Accounts/ChangePassword", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Accounts/TwoFactor", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Accounts/SignOut", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase);
}
