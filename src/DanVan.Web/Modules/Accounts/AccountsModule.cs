using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Accounts;

public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<IMemberAssignment>(sp => sp.GetRequiredService<UserAdministration>());
        services.AddApiEndpoints<Api.AccountsApi>();
        return services;
    }
}
