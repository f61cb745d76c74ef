using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Organizations.Units;

/// <summary>Deletes an organization created by mistake, after confirmation; refused once it has children or members.</summary>
public sealed class DeleteModel(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, OrganizationTree tree)
    : ManagedUnitPage(db, currentUser, authorization)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        (await FindAsync(id, cancellationToken)).Refusal ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (organization, refusal) = await FindAsync(id, cancellationToken);
        if (organization is null)
        {
            return refusal!;
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
}
