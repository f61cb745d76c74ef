using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Inspections.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Modules.Inspections.Programmes;

/// <summary>A programme: its inspections in date order with where each stands.</summary>
public sealed class DetailsModel(CurrentUser currentUser, InspectionPlanning planning) : PageModel
{
    public Programme Programme { get; private set; } = null!;

    public bool CanPlan { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var programme = await planning.ProgrammeAsync(id, scope, InspectionPermissions.View, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        Programme = programme;
        CanPlan = InspectionAccess.MayPlan(scope, programme.Organization!);
        return Page();
    }
}
