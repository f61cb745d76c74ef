using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans.Import;

namespace DanVan.Web.Modules.Plans;

public static class PlansModule
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanImporter>();
        services.AddScoped<IPlanImport>(sp => sp.GetRequiredService<PlanImporter>());
        services.AddScoped<ImportStaging>();
        return services;
    }
}
