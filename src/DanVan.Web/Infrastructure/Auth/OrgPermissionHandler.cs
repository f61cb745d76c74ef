using Microsoft.AspNetCore.Authorization;

namespace DanVan.Web.Infrastructure.Auth;

public sealed record OrgPermissionRequirement(string Permission) : IAuthorizationRequirement;

public sealed record AdministratorRequirement : IAuthorizationRequirement;

/// <summary>The one organization-hierarchy check: the organization is the resource, memberships decide.</summary>
internal sealed class OrgPermissionHandler(IScopeSource scopes) : AuthorizationHandler<OrgPermissionRequirement, IScopedUnit>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrgPermissionRequirement requirement, IScopedUnit resource)
    {
        var scope = await scopes.GetScopeAsync();
        if (scope.Allows(requirement.Permission, resource))
        {
            context.Succeed(requirement);
        }
    }
}

internal sealed class AdministratorHandler(IScopeSource scopes) : AuthorizationHandler<AdministratorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AdministratorRequirement requirement)
    {
        var scope = await scopes.GetScopeAsync();
        if (scope.IsAdministrator)
        {
            context.Succeed(requirement);
        }
    }
}
