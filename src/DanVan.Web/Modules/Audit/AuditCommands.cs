using System.CommandLine;
using DanVan.Web.Cli;

namespace DanVan.Web.Modules.Audit;

/// <summary><c>audit verify</c>.</summary>
internal static class AuditCommands
{
    public static Command Create(CliContext cli)
    {
        var audit = new Command("audit", "The audit log.");
        var verify = new Command("verify", "Recompute the audit log's hash chain; exit 1 if an entry was changed or removed.");
        verify.SetAction(async (_, ct) => await cli.WithServicesAsync("cli:audit-verify", async sp =>
        {
            var result = await sp.GetRequiredService<AuditVerification>().VerifyAsync(ct);
            if (!result.Intact)
            {
                await cli.Error.WriteLineAsync($"Audit log broken at entry {result.BrokenAt}: {result.Problem}. {result.Checked:N0} entries before it are intact.");
                return 1;
            }

            await cli.Output.WriteLineAsync($"Audit log intact: {result.Checked:N0} chained entries" + (result.Unchained > 0 ? $", {result.Unchained:N0} earlier entries without a hash." : "."));
            return 0;
        }));
        audit.Subcommands.Add(verify);
        return audit;
    }
}
