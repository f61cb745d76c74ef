using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Organizations.Units;

/// <summary>
/// A page that changes one organization (edit, move, archive, delete): it loads the organization only if
/// the user may manage it, and otherwise answers 404 (outside the user's branch) or 403.
/// </summary>
public abstract class ManagedUnitPage(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization) : PageModel
{
    public Guid Id { get; private set; }

    public string Current { get; private set; } = "";

    public bool IsArchived { get; private set; }

    protected AppDbContext Db => db;

    protected CurrentUser CurrentUser => currentUser;

    protected IAuthorizationService Authorization => authorization;

    protected async Task<(Organization? Organization, IActionResult? Refusal)> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var (organization, status) = await UnitLookups.FindManageableAsync(db, scope, authorization, User, id, OrganizationPermissions.Manage, cancellationToken);
        Current = organization?.Name ?? "";
        IsArchived = organization?.IsArchived ?? false;
        return (organization, organization is null ? StatusCode(status) : null);
    }
}
