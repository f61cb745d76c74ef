using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Accounts.Api;

/// <summary>The caller's own account over /api/v1.</summary>
internal sealed class AccountsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/me", GetMeAsync).WithTags("DanVan").WithName("GetMe").WithSummary("The caller, with their memberships.");

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
}

internal sealed record MeResponse(string Id, string Email, string FullName, bool IsAdministrator, IReadOnlyList<MembershipResponse> Memberships);

internal sealed record MembershipResponse(Guid OrganizationId, string OrganizationCode, string OrganizationName, string Role, bool IncludesSubtree);
