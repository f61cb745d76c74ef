using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Organizations.Units;

/// <summary>Archives an organization (or restores an archived one) after confirmation.</summary>
public sealed class ArchiveModel(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, OrganizationTree tree)
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
            if (organization.IsArchived)
            {
                await tree.RestoreAsync(organization, cancellationToken);
                TempData["Message"] = $"Đã khôi phục “{organization.Name}”.";
            }
            else
            {
                await tree.ArchiveAsync(organization, cancellationToken);
                TempData["Message"] = $"Đã lưu trữ “{organization.Name}”.";
            }

            return RedirectToPage("Details", new { id });
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }
}
