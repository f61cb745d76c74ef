namespace DanVan.Web.Infrastructure.Web;

/// <summary>Middleware a module adds right after authentication (before rate limits and authorization), in registration order.</summary>
public sealed record AfterAuthentication(Action<IApplicationBuilder> Use);

public static class PipelineSetup
{
    public static IServiceCollection AddAfterAuthentication(this IServiceCollection services, Action<IApplicationBuilder> use) =>
        services.AddSingleton(new AfterAuthentication(use));
}
