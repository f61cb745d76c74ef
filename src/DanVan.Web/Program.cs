using DanVan.Web;
using DanVan.Web.Cli;

if (CliApp.Handles(args))
{
    return await CliApp.RunAsync(args);
}

await DanVanHost.BuildServer(args).RunAsync();
return 0;

/// <summary>The entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
