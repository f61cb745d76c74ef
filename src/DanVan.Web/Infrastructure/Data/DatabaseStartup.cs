using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Audit;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Modules.Demo;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// Runs before the server accepts requests: applies migrations, loads the demo province into an empty
/// database, and creates the first administrator.
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, DatabaseOptions options, DatabaseConnection connection, DatabaseLocks locks, StartupConsole console, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var actor = AuditActor.As("khởi động hệ thống");

        // Several servers starting together on one database: one migrates and seeds, the others wait and find it done.
        await using var startup = await locks.AcquireAsync("startup", cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        logger.LogInformation("Database: {Database}", connection.Describe());
        await console.Out.WriteLineAsync($"DanVan database: {connection.Describe()}");
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (options.SeedDemoOnFirstStart && !await db.Organizations.AnyAsync(cancellationToken))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
            logger.LogInformation("Loaded the demo province into an empty database.");
        }

        var admin = await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().EnsureAsync(cancellationToken);
        if (admin is { } created)
        {
            await console.Out.WriteLineAsync($"""

                ================================================================
                 DanVan: tài khoản quản trị đầu tiên (first administrator)
                   Email:              {created.Email}
                   Mật khẩu một lần:   {created.Password}
                 Mật khẩu chỉ hiện một lần. Khi đăng nhập lần đầu, hãy đổi mật khẩu
                 và bật xác thực hai bước (TOTP).
                ================================================================

                """);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
