namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// Work a module does once the schema is up to date, before the server accepts requests (the demo data, the first
/// administrator), in <see cref="Order"/>, under the start-up lock that one server of several holds at a time.
/// </summary>
public interface IStartupTask
{
    int Order { get; }

    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
