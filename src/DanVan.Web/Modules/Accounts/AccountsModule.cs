namespace DanVan.Web.Modules.Accounts;

public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<UserAdministration>();
        return services;
    }
}
