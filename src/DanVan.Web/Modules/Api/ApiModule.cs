using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Api;

/// <summary>JSON API under /api/v1, authenticated by personal access tokens; documented at /openapi/v1.json.</summary>
public static class ApiModule
{
    public static WebApplication MapDanVanApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("DanVan");
        api.MapGet("/me", GetMeAsync).WithName("GetMe").WithSummary("The caller, with their memberships.");
        api.MapGet("/organizations", GetOrganizationsAsync).WithName("GetOrganizations").WithSummary("The organizations the caller may see, with their area.");
        return app;
    }

    private static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> GetMeAsync(AppDbContext db, CurrentUser currentUser, CancellationToken cancellationToken)
    {
        var state = await currentUser.GetStateAsync(cancellationToken);
        if (!state.IsKnown)
        {
            return TypedResults.Unauthorized();
        }

        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == currentUser.Id)
            .OrderBy(m => m.Organization!.Code)
            .Select(m => new MembershipResponse(m.OrganizationId, m.Organization!.Code, m.Organization.Name, m.Role.ToString(), m.IncludesSubtree))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new MeResponse(currentUser.Id!, state.Email, state.FullName, state.Scope.IsAdministrator, memberships));
    }

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

public sealed record MeResponse(string Id, string Email, string FullName, bool IsAdministrator, IReadOnlyList<MembershipResponse> Memberships);

public sealed record MembershipResponse(Guid OrganizationId, string OrganizationCode, string OrganizationName, string Role, bool IncludesSubtree);

public sealed record OrganizationResponse(Guid Id, string Code, string Name, string ShortName, string Kind, Guid? ParentId, bool IsArchived, AreaResponse Area);

public sealed record AreaResponse(Guid Id, string Code, string Name, string Level);
