using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Organizations.Api;

/// <summary>The organizations the caller may see, over /api/v1.</summary>
internal sealed class OrganizationsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/organizations", GetOrganizationsAsync).WithTags("DanVan").WithName("GetOrganizations").WithSummary("The organizations the caller may see, with their area.");

    private static async Task<Ok<List<OrganizationResponse>>> GetOrganizationsAsync(AppDbContext db, CurrentUser currentUser, CancellationToken cancellationToken, bool includeArchived = false)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var query = db.Organizations.AsNoTracking().VisibleTo(scope);
        if (!includeArchived)
        {
            query = query.Where(o => !o.IsArchived);
        }

        var organizations = await query
            .OrderBy(o => o.Code)
            .Select(o => new OrganizationResponse(
                o.Id, o.Code, o.Name, o.ShortName, o.Kind!.Code, o.ParentId, o.IsArchived,
                new AreaResponse(o.Area!.Id, o.Area.Code, o.Area.Name, o.Area.Level.ToString())))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(organizations);
    }
}

internal sealed record OrganizationResponse(Guid Id, string Code, string Name, string ShortName, string Kind, Guid? ParentId, bool IsArchived, AreaResponse Area);

internal sealed record AreaResponse(Guid Id, string Code, string Name, string Level);
