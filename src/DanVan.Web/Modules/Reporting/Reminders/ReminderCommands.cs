using System.CommandLine;
using DanVan.Web.Cli;

namespace DanVan.Web.Modules.Reporting.Reminders;

/// <summary><c>reminders send</c>.</summary>
internal static class ReminderCommands
{
    public static Command Create(CliContext cli)
    {
        var reminders = new Command("reminders", "Deadline reminders for reports.");
        var send = new Command("send", "Send the reminders due today (in the app and by e-mail) and any e-mail still waiting; safe to run repeatedly.");
        send.SetAction(async (_, ct) => await cli.WithServicesAsync("cli:reminders-send", async sp =>
        {
            var result = await sp.GetRequiredService<ReminderRun>().RunAsync(ct);
            await cli.Output.WriteLineAsync(result.Skipped ? "Reminders: another server is running a pass now; nothing done." : $"Reminders: {result.Reminders} new, {result.EmailsSent} e-mails sent.");
            return 0;
        }));
        reminders.Subcommands.Add(send);
        return reminders;
    }
}
