using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// Runs before the server accepts requests: applies migrations, then the start-up tasks the modules registered.
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, DatabaseOptions options, DatabaseConnection connection, DatabaseLocks locks, StartupConsole console, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Several servers starting together on one database: one migrates and seeds, the others wait and find it done.
        await using var startup = await locks.AcquireAsync("startup", cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        logger.LogInformation("Database: {Database}", connection.Describe());
        await console.Out.WriteLineAsync($"DanVan database: {connection.Describe()}");
        if (options.MigrateOnStartup)
        {
            await db.MigrateDanVanAsync(cancellationToken);
        }

        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
