using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Inspections;

/// <summary>The units below one the user reaches: how often each was inspected in the year, when last, and those never inspected.</summary>
public sealed class UnitsModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    private const int MaxUnits = 500;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? OrganizationId { get; set; }

    public int ShownYear { get; private set; }

    public IReadOnlyList<Organization> Roots { get; private set; } = [];

    public Organization? Root { get; private set; }

    public IReadOnlyList<UnitLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : clock.Today().Year;
        var rootIds = scope.Grants.Where(g => g.Holds(InspectionPermissions.View)).Select(g => g.OrganizationId).ToList();
        Roots = (await db.Organizations.AsNoTracking().Where(o => scope.IsAdministrator ? o.ParentId == null : rootIds.Contains(o.Id)).Take(100).ToListAsync(cancellationToken))
            .OrderBy(o => o.Depth).ThenBy(o => o.Name, VietnameseText.Comparer).ToList();
        if (Roots.Count == 0)
        {
            return Page();
        }

        Root = OrganizationId is { } id
            ? await db.Organizations.AsNoTracking().VisibleTo(scope, InspectionPermissions.View).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            : Roots[0];
        if (Root is null)
        {
            return NotFound();
        }

        var root = Root;
        var units = await db.Organizations.AsNoTracking().Where(o => o.ParentId == root.Id && !o.IsArchived).Take(MaxUnits).ToListAsync(cancellationToken);
        var ids = units.Select(u => u.Id).ToList();
        var inspected = await db.Set<InspectedUnit>().AsNoTracking().Where(u => ids.Contains(u.OrganizationId))
            .Join(db.Inspections.Where(i => i.Status != InspectionStatus.Planned), u => u.InspectionId, i => i.Id, (u, i) => new { u.OrganizationId, i.StartsOn })
            .GroupBy(x => x.OrganizationId)
            .Select(g => new { Id = g.Key, InYear = g.Count(x => x.StartsOn.Year == ShownYear), Last = g.Max(x => (DateOnly?)x.StartsOn) })
            .ToDictionaryAsync(x => x.Id, cancellationToken);
        Lines = units.Select(u => new UnitLine(u, inspected.GetValueOrDefault(u.Id)?.InYear ?? 0, inspected.GetValueOrDefault(u.Id)?.Last))
            .OrderBy(l => l.Last is not null).ThenBy(l => l.Unit.Name, VietnameseText.Comparer).ToList();
        return Page();
    }
}

/// <param name="Last">The start of the last inspection the unit was told of (it may lie ahead); null: never inspected.</param>
public sealed record UnitLine(Organization Unit, int InYear, DateOnly? Last);
