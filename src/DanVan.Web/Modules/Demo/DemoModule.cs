using DanVan.Web.Cli;
using DanVan.Web.Infrastructure.Data;

namespace DanVan.Web.Modules.Demo;

public static class DemoModule
{
    /// <summary>The demo province built from the two real plans, and the synthetic national dataset of the benchmark.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services) => services
        .AddScoped<DemoSeeder>()
        .AddScoped<DemoPlans>()
        .AddScoped<Generate.NationalDataset>()
        .AddScoped<IStartupTask, DemoStartup>()
        .AddCliCommand(DemoCommands.Create);
}
