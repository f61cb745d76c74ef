using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Audit.Contracts;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Demo;

/// <summary>At start-up, into an empty database when Database:SeedDemoOnFirstStart: the demo province built from the two real plans.</summary>
internal sealed class DemoStartup(DatabaseOptions options, ILogger<DemoStartup> logger) : IStartupTask
{
    public int Order => 10;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var actor = AuditActor.As("khởi động hệ thống");
        if (options.SeedDemoOnFirstStart && !await services.GetRequiredService<AppDbContext>().Organizations.AnyAsync(cancellationToken))
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
            logger.LogInformation("Loaded the demo province into an empty database.");
        }
    }
}
