using System.CommandLine;
using System.Data.Common;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Audit.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Cli;

/// <summary>
/// The same executable as the server runs commands: <c>dotnet run --project src/DanVan.Web -- COMMAND</c>.
/// Commands use the server's configuration (appsettings, environment variables, command-line switches). Besides
/// <c>migrate</c>, <c>backup</c> and <c>restore</c>, every command is one a module registered (<see cref="CliCommand"/>).
/// </summary>
public static class CliApp
{
    private static readonly string[] Help = ["--help", "-h", "-?", "help"];

    /// <summary>Whether the arguments name a command (a server's switches start with "-" and are not looked up).</summary>
    public static bool Handles(string[] args) =>
        args.Length > 0 && (Help.Contains(args[0])
            || (!args[0].StartsWith('-') && BuildCommands(TextWriter.Null, TextWriter.Null, null).Subcommands.Any(c => c.Name == args[0])));

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = BuildCommands(output, error, settings);
        var parsed = root.Parse(args.Length > 0 && args[0] == "help" ? ["--help"] : args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(configuration);
        }
        catch (BusinessRuleException e)
        {
            await error.WriteLineAsync("Lỗi: " + e.Message);
            return 2;
        }
        catch (DbException e)
        {
            await error.WriteLineAsync("Lỗi cơ sở dữ liệu (database error): " + e.Message + " — check ConnectionStrings__DanVan and run 'migrate'.");
            return 3;
        }
    }

    private static RootCommand BuildCommands(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var root = new RootCommand("DanVan: theo dõi thực hiện công tác dân vận. Without a command, runs the web server.");

        var migrate = new Command("migrate", "Apply database migrations.");
        migrate.SetAction(async (_, ct) => await WithServicesAsync(settings, "cli:migrate", async sp =>
        {
            await using (await sp.GetRequiredService<DatabaseLocks>().AcquireAsync("startup", ct))
            {
                await sp.GetRequiredService<AppDbContext>().MigrateDanVanAsync(ct);
            }

            await output.WriteLineAsync("Migrations applied: " + sp.GetRequiredService<DatabaseConnection>().Describe());
            return 0;
        }));
        root.Subcommands.Add(migrate);
        foreach (var command in BackupCommand.Create(output, error, settings))
        {
            root.Subcommands.Add(command);
        }

        // The modules' commands, read from what they registered (the services are described, not built).
        var context = new CliContext(output, error, settings);
        foreach (var command in DanVanHost.CreateBuilder([], settings).Services
            .Where(d => d.ServiceType == typeof(CliCommand))
            .Select(d => (CliCommand)d.ImplementationInstance!))
        {
            root.Subcommands.Add(command.Create(context));
        }

        return root;
    }

    /// <summary>Builds the app's services with the server's configuration, without starting the server.</summary>
    internal static async Task<int> WithServicesAsync(IReadOnlyDictionary<string, string?>? settings, string actor, Func<IServiceProvider, Task<int>> action)
    {
        var builder = DanVanHost.CreateBuilder([], settings);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        using var _ = AuditActor.As(actor);
        return await action(scope.ServiceProvider);
    }
}
