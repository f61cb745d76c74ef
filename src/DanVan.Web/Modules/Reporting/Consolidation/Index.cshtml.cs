using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Reporting.Periods;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Modules.Reporting.Consolidation;

/// <summary>
/// The period consolidated at a unit, as the data is now: figures rolled up its subtree (overall, per village,
/// per child unit), who is not counted yet, and what every unit wrote under each task. Read by the receiving branch.
/// </summary>
public sealed class IndexModel(CurrentUser currentUser, CompletenessQuery completeness, ConsolidationQuery consolidation) : PageModel
{
    public Consolidated Result { get; private set; } = null!;

    public IReadOnlyList<TaskPassages> Passages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? unitId, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        if (await completeness.LocateAsync(id, unitId, scope, cancellationToken) is not var (period, _, node))
        {
            return NotFound();
        }

        Result = await consolidation.ForAsync(period, node, cancellationToken);
        Passages = await consolidation.PassagesAsync(period, node, cancellationToken);
        return Page();
    }
}
