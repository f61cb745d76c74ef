using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Petitions;
using DanVan.Web.Modules.Dialogues;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Audit;
using DanVan.Web.Modules.Demo;
using DanVan.Web.Modules.Notifications;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Inspections;
using DanVan.Web.Modules.Evaluation;
using DanVan.Web.Modules.Reporting;

namespace DanVan.Web;

/// <summary>The table of contents: what DanVan is made of, shared by the server and the CLI.</summary>
public static class DanVanHost
{
    /// <summary>The app's services and configuration; <paramref name="settings"/> override configuration (the CLI's tests use it).</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders().AddJsonConsole();
        }

        // Run from a build (not published), in any environment, the static files are found through the build's
        // manifest; a published DanVan has none and serves its own wwwroot.
        builder.WebHost.UseStaticWebAssets();

        // The shared parts, then one line per module (docs/modules.md): each registers everything it brings.
        builder.Services
            .AddDanVanDatabase(builder.Configuration, builder.Environment)
            .AddDanVanAuthorization()
            .AddDanVanWeb(builder.Configuration, builder.Environment)
            .AddAudit()
            .AddAccounts(builder.Configuration, builder.Environment)
            .AddOrganizations()
            .AddPlans()
            .AddNotifications(builder.Configuration)
            .AddReporting(builder.Configuration)
            .AddInspections()
            .AddEvaluation()
            .AddPetitions(builder.Configuration)
            .AddDialogues()
            .AddDemo();
        return builder;
    }

    /// <param name="settings">Override configuration (the benchmark serves a generated database on a loopback port).</param>
    public static WebApplication BuildServer(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = CreateBuilder(args, settings);
        builder.Services.AddSingleton(new StartupConsole(Console.Out));
        // First of the hosted services: the schema exists before anything else (the key ring among them) reads it.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseStartup>());
        var app = builder.Build();
        app.UseDanVanPipeline();
        app.MapApiEndpoints();
        return app;
    }
}
