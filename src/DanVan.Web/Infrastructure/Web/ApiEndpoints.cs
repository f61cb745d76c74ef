namespace DanVan.Web.Infrastructure.Web;

/// <summary>A module's endpoints under <c>/api/v1</c>. A module registers its own; the host maps every one registered.</summary>
public interface IApiEndpoints
{
    void Map(RouteGroupBuilder api);
}

public static class ApiPaths
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}

public static class ApiEndpointsSetup
{
    public static IServiceCollection AddApiEndpoints<T>(this IServiceCollection services)
        where T : class, IApiEndpoints =>
        services.AddSingleton<IApiEndpoints, T>();

    /// <summary>One group for all: a signed-in caller (by access token, see AuthSetup) is required everywhere.</summary>
    public static WebApplication MapApiEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        foreach (var endpoints in app.Services.GetServices<IApiEndpoints>())
        {
            endpoints.Map(api);
        }

        return app;
    }
}
