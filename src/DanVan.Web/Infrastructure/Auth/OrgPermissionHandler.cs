using DanVan.Web.Modules.Organizations;
using Microsoft.AspNetCore.Authorization;

namespace DanVan.Web.Infrastructure.Auth;

public sealed record OrgPermissionRequirement(string Permission) : IAuthorizationRequirement;

public sealed record AdministratorRequirement : IAuthorizationRequirement;

/// <summary>The one organization-hierarchy check: the organization is the resource, memberships decide.</summary>
public sealed class OrgPermissionHandler(CurrentUser currentUser) : AuthorizationHandler<OrgPermissionRequirement, Organization>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrgPermissionRequirement requirement, Organization resource)
    {
        var scope = await currentUser.GetScopeAsync();
        if (scope.Allows(requirement.Permission, resource))
        {
            context.Succeed(requirement);
        }
    }
}

public sealed class AdministratorHandler(CurrentUser currentUser) : AuthorizationHandler<AdministratorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AdministratorRequirement requirement)
    {
        var scope = await currentUser.GetScopeAsync();
        if (scope.IsAdministrator)
        {
            context.Succeed(requirement);
        }
    }
}
