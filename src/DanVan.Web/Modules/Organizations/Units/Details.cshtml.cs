using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Organizations.Units;

public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, IMemberAssignment members) : PageModel
{
    public Organization Organization { get; private set; } = null!;

    public IReadOnlyList<Organization> Ancestors { get; private set; } = [];

    public IReadOnlyList<Organization> Children { get; private set; } = [];

    public IReadOnlyList<Membership> Members { get; private set; } = [];

    public bool CanManage { get; private set; }

    /// <summary>Who of the units above is in charge of this unit's area (a village's Party cell shows its commune's member in charge).</summary>
    public IReadOnlyList<(string FullName, string Unit, string Area)> InCharge { get; private set; } = [];

    public int ResponsibilityCount { get; private set; }

    public bool CanManageMembers { get; private set; }

    [BindProperty]
    public NewMemberInput NewMember { get; set; } = new();

    public IEnumerable<SelectListItem> RoleOptions => Enum.GetValues<MembershipRole>()
        .Select(r => new SelectListItem(r.Vietnamese(), r.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddMemberAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanManageMembers)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        string fullName;
        try
        {
            var scope = await currentUser.GetScopeAsync(cancellationToken);
            fullName = await members.AssignAsync(scope, NewMember.Email, Organization, NewMember.Role, NewMember.IncludesSubtree, cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            // A grant beyond the user's own is refused with its reason, on the form they filled.
            ModelState.AddModelError(e is AccessDeniedException ? "NewMember.Role" : "NewMember.Email", e.Message);
            return Page();
        }

        TempData["Message"] = $"Đã phân công {fullName} ({NewMember.Role.Vietnamese()}).";
        return RedirectToPage(new { id });
    }

    /// <summary>Makes a Leader of the unit its head (người đứng đầu), evaluated beside the unit; the former head no longer.</summary>
    public async Task<IActionResult> OnPostHeadAsync(Guid id, Guid membershipId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanManageMembers)
        {
            return Forbid();
        }

        var member = Members.FirstOrDefault(m => m.Id == membershipId);
        if (member is null)
        {
            ModelState.AddModelError(string.Empty, "Phân công này không còn ở đơn vị.");
            return Page();
        }

        try
        {
            await members.MakeHeadAsync(await currentUser.GetScopeAsync(cancellationToken), membershipId, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        TempData["Message"] = $"{member.User!.FullName} là người đứng đầu {Organization.Name}.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var organization = await UnitLookups.FindVisibleAsync(db, scope, id, cancellationToken);
        if (organization is null)
        {
            return false;
        }

        Organization = organization;
        var ancestorIds = organization.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).Where(a => a != id).ToList();
        var ancestors = await db.Organizations.AsNoTracking().Where(o => ancestorIds.Contains(o.Id)).VisibleTo(scope).ToListAsync(cancellationToken);
        Ancestors = ancestors.OrderBy(a => a.Depth).ToList();
        Children = (await db.Organizations.AsNoTracking().Where(o => o.ParentId == id).ToListAsync(cancellationToken))
            .OrderBy(o => o.Name, Infrastructure.Text.VietnameseText.Comparer).ToList();
        Members = await db.Memberships.AsNoTracking().Include(m => m.User).Where(m => m.OrganizationId == id)
            .OrderBy(m => m.User!.FullName).ToListAsync(cancellationToken);
        var above = ancestorIds.Append(id).ToList();
        InCharge = (await db.Set<Responsibilities.Responsibility>().AsNoTracking()
                .Where(r => r.AreaId == organization.AreaId && above.Contains(r.OrganizationId))
                .Join(db.Users.Where(u => u.IsActive), r => r.UserId, u => u.Id, (r, u) => new { u.FullName, r.OrganizationId, Area = r.Area!.Name })
                .Join(db.Organizations, r => r.OrganizationId, o => o.Id, (r, o) => new { r.FullName, Unit = o.Name, r.Area })
                .ToListAsync(cancellationToken))
            .Select(r => (r.FullName, r.Unit, r.Area)).ToList();
        ResponsibilityCount = await db.Set<Responsibilities.Responsibility>().CountAsync(r => r.OrganizationId == id, cancellationToken);
        CanManage = (await authorization.AuthorizeAsync(User, organization, OrganizationPermissions.Manage)).Succeeded;
        CanManageMembers = (await authorization.AuthorizeAsync(User, organization, AccountPermissions.MembershipsManage)).Succeeded;
        return true;
    }
}

public sealed class NewMemberInput
{
    [Required(ErrorMessage = "Hãy nhập email người được phân công.")]
    [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
    [Display(Name = "Email người dùng")]
    public string Email { get; set; } = "";

    [Display(Name = "Vai trò")]
    public MembershipRole Role { get; set; } = MembershipRole.Officer;

    [Display(Name = "Áp dụng cho cả đơn vị trực thuộc")]
    public bool IncludesSubtree { get; set; }
}
