using DanVan.Web.Infrastructure.Data;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.WebEncoders;

namespace DanVan.Web.Infrastructure.Web;

public static class WebSetup
{
    /// <summary>Razor Pages rooted in the module folders, antiforgery, problem details, OpenAPI, key storage.</summary>
    public static IServiceCollection AddDanVanWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddRazorPages(o =>
            {
                o.Conventions.AllowAnonymousToPage("/Home/Error");
            })
            .WithRazorPagesRoot("/Modules")
            .AddMvcOptions(o =>
            {
                VietnameseBindingMessages.Apply(o.ModelBindingMessageProvider);
                o.ModelMetadataDetailsProviders.Add(new VietnameseValidationMessages());
                o.ModelBinderProviders.Insert(0, new CleanTextBinderProvider());
                o.ModelBinderProviders.Insert(0, new CheckboxBinderProvider());
                o.Filters.Add<UnreadableIdFilter>();
                o.Filters.Add<BusinessRuleFilter>();
            })
            // No client-side validation script is served (the server checks every form), so no data-val attributes,
            // and a valid form's summary renders nothing instead of an inline-styled placeholder the CSP refuses.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        services.AddSingleton<Documents.PdfConverter>();
        services.AddSingleton<Navigation>();
        services.AddSingleton<Infrastructure.Data.RecordNames>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "danvan.af";
            o.Cookie.SecurePolicy = CookieSecurity.Policy(configuration, environment);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        // Vietnamese letters are written as themselves, not as &#x...; entities: pages stay small on slow links.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // A body the API cannot read is the caller's 400 (with the error page's JSON), in Development too.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new CleanTextJsonConverter()));
        services.AddForwardedProto();
        services.AddProblemDetails();
        services.AddOpenApi();
        // TempData carries one-time passwords and new tokens to the next page: as guarded as the sign-in cookie.
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "danvan.td";
            o.Cookie.SecurePolicy = CookieSecurity.Policy(configuration, environment);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
        });
        // Pages compressed on the fly for slow links (static files are compressed at build, see MapStaticAssets). Over
        // HTTPS too: the secrets a page carries (the antiforgery token) differ in every response, so size tells nothing.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            o.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml"]);
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddDanVanRateLimits(configuration);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        // In the database, so that any server of several can read any cookie (and the key ring is in the backups).
        var protection = services.AddDataProtection().SetApplicationName("DanVan").PersistKeysToDbContext<Data.AppDbContext>();
        services.AddRecordName<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>("Khóa bảo vệ phiên đăng nhập");
        if (KeyCertificate(configuration) is { } certificate)
        {
            protection.ProtectKeysWithCertificate(certificate);
        }
        return services;
    }

    /// <summary>The certificate (PFX, with its password) that encrypts the cookie-protection key ring at rest.</summary>
    private static System.Security.Cryptography.X509Certificates.X509Certificate2? KeyCertificate(IConfiguration configuration) =>
        configuration["DataProtection:CertificatePath"] is { Length: > 0 } path
            ? System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"])
            : null;

    public static WebApplication UseDanVanPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            if (KeyCertificate(app.Configuration) is null)
            {
                app.Logger.LogWarning("DataProtection:CertificatePath is not set: the cookie-protection keys are stored unencrypted in the database. Configure a certificate in production.");
            }

            if (app.Configuration["AllowedHosts"] is null or "*")
            {
                app.Logger.LogWarning("AllowedHosts is '*': set it to DanVan's host names in production.");
            }
        }

        app.UseForwardedHeaders();
        app.UseResponseCompression();
        app.UseExceptionHandler("/Error");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        if (CookieSecurity.Policy(app.Configuration, app.Environment) == CookieSecurePolicy.Always)
        {
            app.UseHttpsOnly(app.Logger);
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseRouting();
        app.UseUnreadableFormRefusal();
        app.UseAuthentication();
        foreach (var middleware in app.Services.GetServices<AfterAuthentication>())
        {
            middleware.Use(app);
        }

        app.UseRateLimiter();
        app.UseAuthorization();
        // Static files as the build fingerprinted and compressed them (gzip, Brotli): the pages link the fingerprinted
        // URLs, cached for a year as immutable; a repeat visit downloads none of them again. Served as soon as routing
        // finds them (short-circuit): the sign-in cookie, renewed on every signed-in request with "no-store", never
        // reaches them, so the browser keeps them.
        app.MapStaticAssets().AllowAnonymous().ShortCircuit();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
