using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Reporting.Periods;

/// <summary>
/// Who has reported in a period and who is late, at the receiving unit and down its tree (drill-down by
/// <c>unitId</c>), beside each unit's task overview. Read by the receiving unit's branch.
/// </summary>
public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser, CompletenessQuery completeness, TimeProvider clock) : PageModel
{
    public ReportingPeriod Period { get; private set; } = null!;

    public CompletenessView View { get; private set; } = null!;

    /// <summary>From the receiving unit down to the unit shown.</summary>
    public IReadOnlyList<Organization> Trail { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>The issuer's own report of the period to a body outside DanVan, when its plan has one.</summary>
    public Reports.Report? External { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? unitId, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        if (await completeness.LocateAsync(id, unitId, scope, cancellationToken) is not var (period, receiver, node))
        {
            return NotFound();
        }

        Period = period;
        Today = clock.Today();
        View = await completeness.ForAsync(period, node, Today, cancellationToken);
        var trailIds = node.Path[receiver.Path.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.ParseExact(s, "N")).ToList();
        var trail = await db.Organizations.AsNoTracking().Where(o => trailIds.Contains(o.Id)).ToListAsync(cancellationToken);
        Trail = [receiver, .. trail.OrderBy(o => o.Depth)];
        External = node.Id != receiver.Id ? null : await db.Set<Reports.Report>().AsNoTracking().Include(r => r.Period)
            .SingleOrDefaultAsync(r => r.PeriodId == period.Id && r.IsExternal, cancellationToken);
        return Page();
    }
}
