using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Organizations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// The real app on a fresh database of one engine, with the demo province loaded as on a first start.
/// What start-up prints (the first administrator's password) is captured in <see cref="StartupOutput"/>.
/// </summary>
public class DanVanApp : WebApplicationFactory<Program>
{
    private readonly (string Provider, string ConnectionString) database;

    public DanVanApp(Engine engine)
    {
        Engine = engine;
        database = EngineDatabases.Create(engine);
    }

    /// <summary>An app on an existing database: several of them are several servers on one database.</summary>
    public DanVanApp(Engine engine, string connectionString)
    {
        Engine = engine;
        database = (engine == Engine.Postgres ? "Postgres" : "Sqlite", connectionString);
    }

    public Engine Engine { get; }

    public StringWriter StartupOutput { get; } = new();

    /// <summary>The app's clock; real time unless a test moves it.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>The SMTP server the app sends its e-mail to.</summary>
    public SmtpListener Mail { get; } = new();

    public string ConnectionString => database.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:DanVan", database.ConnectionString);
        builder.UseSetting("Database:SeedDemoOnFirstStart", "true");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:From", "danvan@test.vn");
        builder.UseSetting("Smtp:SiteUrl", "https://danvan.test.vn");
        builder.UseSetting("Reminders:RunInBackground", "false");
        // Every test of a class shares one app and one address: the limits are tested on their own (RateLimitTests).
        builder.UseSetting("RateLimits:SignInPerAddress", "100000");
        builder.UseSetting("RateLimits:SignInPerAccount", "100000");
        builder.UseSetting("RateLimits:AnonymousPerAddress", "100000");
        builder.UseSetting("RateLimits:ApiPerToken", "100000");
        builder.UseSetting("Petitions:PostsPerAddress", "100000");
        builder.UseSetting("Petitions:PostsOverall", "100000");
        builder.UseSetting("Petitions:MinFillSeconds", "0");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<StartupConsole>();
            services.AddSingleton(new StartupConsole(TextWriter.Synchronized(StartupOutput)));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider);
    }

    public Task<Organization> OrganizationAsync(string code) =>
        WithDbAsync((db, _) => db.Organizations.Include(o => o.Kind).Include(o => o.Area).SingleAsync(o => o.Code == code));

    /// <summary>Creates a user with a known password and, when given, one membership.</summary>
    public Task<AppUser> CreateUserAsync(string email, MembershipRole? role = null, string? orgCode = null, bool subtree = false, bool administrator = false) =>
        WithDbAsync(async (db, sp) =>
        {
            var administration = sp.GetRequiredService<UserAdministration>();
            // As a person who has already chosen their password (an administrator's choice would be changed at first sign-in).
            var (user, _) = await administration.CreateUserAsync(email, "Người thử " + email, administrator, TestPasswords.Default, CancellationToken.None, mustChangePassword: false);
            if (role is { } r && orgCode is not null)
            {
                var organization = await db.Organizations.SingleAsync(o => o.Code == orgCode);
                await administration.AddMembershipAsync(DanVan.Web.Infrastructure.Auth.OrgScope.Operator, user, organization, r, subtree, CancellationToken.None);
            }

            return user;
        });

    /// <summary>An API client carrying a fresh token of the user (valid a day).</summary>
    public async Task<HttpClient> ApiClientAsync(string email)
    {
        var token = await WithDbAsync(async (_, sp) => await sp.GetRequiredService<UserAdministration>()
            .IssueTokenAsync((await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!, "api test", 1, CancellationToken.None));
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>Turns on TOTP for a user and returns the shared key (as an authenticator app would hold it).</summary>
    public Task<string> EnableTwoFactorAsync(string email) =>
        WithDbAsync(async (_, sp) =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });
}

public static class TestPasswords
{
    public const string Default = "Matkhau2026x";
}

public sealed class SqliteApp() : DanVanApp(Engine.Sqlite);

public sealed class PostgresApp() : DanVanApp(Engine.Postgres);
