using System.CommandLine;

namespace DanVan.Web.Cli;

/// <summary>What a module's command needs: where to write, and the app's services under a named actor.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, IReadOnlyDictionary<string, string?>? Settings)
{
    /// <summary>Builds the app's services with the server's configuration, without starting the server, and runs <paramref name="action"/> in a scope.</summary>
    public Task<int> WithServicesAsync(string actor, Func<IServiceProvider, Task<int>> action) => CliApp.WithServicesAsync(Settings, actor, action);
}

/// <summary>A top-level command a module brings (<c>users</c>, <c>demo</c>, …).</summary>
public sealed record CliCommand(Func<CliContext, Command> Create);

public static class CliCommandSetup
{
    public static IServiceCollection AddCliCommand(this IServiceCollection services, Func<CliContext, Command> create) =>
        services.AddSingleton(new CliCommand(create));
}
