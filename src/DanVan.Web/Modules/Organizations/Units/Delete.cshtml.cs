using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Modules.Organizations.Units;

public sealed class DeleteModel(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, OrganizationTree tree) : PageModel
{
    public Guid Id { get; private set; }

    public string Current { get; private set; } = "";

    public bool IsArchived { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var organization = await FindAsync(id, cancellationToken);
        return organization is null ? StatusCode(Status) : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var organization = await FindAsync(id, cancellationToken);
        if (organization is null)
        {
            return StatusCode(Status);
        }

        try
        {
            await tree.DeleteAsync(organization, cancellationToken);
            TempData["Message"] = $"Đã xóa “{organization.Name}”.";
            return RedirectToPage("Index");
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    private int Status { get; set; }

    private async Task<Organization?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        (var organization, Status) = await UnitLookups.FindManageableAsync(db, scope, authorization, User, id, Permissions.OrganizationsManage, cancellationToken);
        Current = organization?.Name ?? "";
        IsArchived = organization?.IsArchived ?? false;
        return organization;
    }
}
