namespace DanVan.Web.Infrastructure.Data;

/// <summary>Where start-up prints what the operator must see once (the database, the first password).</summary>
public sealed class StartupConsole(TextWriter output)
{
    public TextWriter Out { get; } = output;
}
