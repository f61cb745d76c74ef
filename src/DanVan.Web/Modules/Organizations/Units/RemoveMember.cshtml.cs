using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations.Units;

public sealed class RemoveMemberModel(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, IMemberAssignment members, PermissionCatalog permissions) : PageModel
{
    public Guid OrganizationId { get; private set; }

    public string OrganizationName { get; private set; } = "";

    public string UserName { get; private set; } = "";

    public string RoleName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (membership, status) = await FindAsync(id, cancellationToken);
        return membership is null ? StatusCode(status) : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (membership, status) = await FindAsync(id, cancellationToken);
        if (membership is null)
        {
            return StatusCode(status);
        }

        await members.RevokeAsync(await currentUser.GetScopeAsync(cancellationToken), membership.Id, cancellationToken);
        TempData["Message"] = $"Đã gỡ phân công của {UserName}.";
        return RedirectToPage("Details", new { id = OrganizationId });
    }

    private async Task<(Membership? Membership, int Status)> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var membership = await db.Memberships.Include(m => m.User).Include(m => m.Organization)
            .VisibleTo(scope, m => m.Organization!)
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (membership is null)
        {
            return (null, StatusCodes.Status404NotFound);
        }

        if (!(await authorization.AuthorizeAsync(User, membership.Organization!, AccountPermissions.MembershipsManage)).Succeeded
            || !scope.MayGrant(permissions, membership.Organization!, membership.Role, membership.IncludesSubtree))
        {
            return (null, StatusCodes.Status403Forbidden);
        }

        OrganizationId = membership.OrganizationId;
        OrganizationName = membership.Organization!.Name;
        UserName = membership.User!.FullName;
        RoleName = membership.Role.Vietnamese();
        return (membership, StatusCodes.Status200OK);
    }
}
