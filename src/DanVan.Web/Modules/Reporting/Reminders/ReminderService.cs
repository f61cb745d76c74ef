using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Audit.Contracts;

using Microsoft.Extensions.Options;

namespace DanVan.Web.Modules.Reporting.Reminders;

/// <summary>Runs a reminder pass on an interval inside the web server (unless switched off in configuration).</summary>
internal sealed class ReminderService(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        var interval = options.Value.Interval < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : options.Value.Interval;
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), clock, stoppingToken);
            using var timer = new PeriodicTimer(interval, clock);
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            using var _ = AuditActor.As("system:reminders");
            var result = await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync(stoppingToken);
            if (result.Reminders + result.EmailsSent > 0)
            {
                logger.LogInformation("Reminders: {Reminders} new, {Emails} e-mails sent", result.Reminders, result.EmailsSent);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Reminder pass failed; the next one retries");
        }
    }
}
