using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Organizations.Transfer;

namespace DanVan.Web.Modules.Organizations;

public static class OrganizationsModule
{
    public static IServiceCollection AddOrganizations(this IServiceCollection services)
    {
        services.AddScoped<OrganizationTree>();
        services.AddScoped<OrganizationCsvImport>();
        services.AddApiEndpoints<Api.OrganizationsApi>();
        return services;
    }
}
