namespace DanVan.Web.Modules.Api;

public static class ApiModule
{
    public static WebApplication MapDanVanApi(this WebApplication app) => app;
}
