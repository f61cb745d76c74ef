namespace DanVan.Web.Cli;

public static class CliApp
{
    public static bool Handles(string[] args) => false;

    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
