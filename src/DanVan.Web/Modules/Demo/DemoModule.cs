namespace DanVan.Web.Modules.Demo;

public static class DemoModule
{
    public static IServiceCollection AddDemo(this IServiceCollection services) => services.AddScoped<DemoSeeder>().AddScoped<DemoPlans>();
}
