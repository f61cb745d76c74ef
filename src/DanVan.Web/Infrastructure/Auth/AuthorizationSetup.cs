using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Infrastructure.Auth;

public static class AuthorizationSetup
{
    /// <summary>
    /// Every page and endpoint needs a signed-in user unless it says otherwise, and every permission a module
    /// declared (<see cref="PermissionRegistration"/>) is a policy of the same name: an organization check against
    /// the resource, or administrators only. Who signs users in is the Accounts module's business.
    /// </summary>
    public static IServiceCollection AddDanVanAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<PermissionCatalog>();
        services.AddScoped<IAuthorizationHandler, OrgPermissionHandler>();
        services.AddScoped<IAuthorizationHandler, AdministratorHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<IConfigureOptions<AuthorizationOptions>, PermissionPolicies>();
        return services;
    }

    private sealed class PermissionPolicies(PermissionCatalog catalog) : IConfigureOptions<AuthorizationOptions>
    {
        public void Configure(AuthorizationOptions options)
        {
            foreach (var permission in catalog.Definitions)
            {
                IAuthorizationRequirement requirement = permission.Scope == PermissionScope.Administrator
                    ? new AdministratorRequirement()
                    : new OrgPermissionRequirement(permission.Name);
                options.AddPolicy(permission.Name, p => p.RequireAuthenticatedUser().AddRequirements(requirement));
            }
        }
    }
}
