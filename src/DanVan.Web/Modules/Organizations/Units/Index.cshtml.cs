using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Organizations.Units;

/// <summary>
/// The organizations the user may see: as a tree opened a level at a time (83,000 units nationally: nothing loads
/// more than a page of them), or, when searching, as a paged list in Vietnamese order.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<Organization> Rows { get; private set; } = new([], 1, Paged<Organization>.DefaultPageSize, 0);

    public bool IsTree { get; private set; }

    public IReadOnlyDictionary<Guid, int> ChildCounts { get; private set; } = new Dictionary<Guid, int>();

    public bool CanManageSomewhere { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        CanManageSomewhere = scope.HoldsAnywhere(OrganizationPermissions.Manage);
        var query = db.Organizations.AsNoTracking().Include(o => o.Kind).Include(o => o.Area).VisibleTo(scope);
        if (!Archived)
        {
            query = query.Where(o => !o.IsArchived);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            foreach (var pattern in VietnameseText.WordPatterns(Q))
            {
                query = query.Where(o => EF.Functions.Like(o.SearchKey, pattern, "\\"));
            }

            query = query.OrderBy(o => o.Name).ThenBy(o => o.Code);
            Rows = await Paged<Organization>.CreateAsync(query, PageNumber, cancellationToken: cancellationToken);
            return;
        }

        // The tree, loaded a level at a time: the top of the user's branch (paged), each unit's children on demand.
        IsTree = true;
        Rows = await Paged<Organization>.CreateAsync(Roots(scope, query).OrderBy(o => o.Name).ThenBy(o => o.Code), PageNumber, 50, cancellationToken);
        ChildCounts = await CountChildrenAsync(scope, Rows.Items.Select(o => o.Id).ToList(), cancellationToken);
    }

    /// <summary>One unit's children, as rows to put under it (htmx); at most <see cref="ChildrenShown"/>, then a link to the unit.</summary>
    public async Task<IActionResult> OnGetChildrenAsync(Guid id, int level, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var parent = await db.Organizations.AsNoTracking().VisibleTo(scope).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (parent is null)
        {
            return NotFound();
        }

        var children = db.Organizations.AsNoTracking().Include(o => o.Kind).Include(o => o.Area).VisibleTo(scope)
            .Where(o => o.ParentId == id && (Archived || !o.IsArchived));
        var total = await children.CountAsync(cancellationToken);
        var rows = await children.OrderBy(o => o.Name).ThenBy(o => o.Code).Take(ChildrenShown).ToListAsync(cancellationToken);
        var counts = await CountChildrenAsync(scope, rows.Select(o => o.Id).ToList(), cancellationToken);
        return Partial("_TreeRows", new TreeRowsModel(rows, counts, Math.Clamp(level, 0, 5), Archived, total - rows.Count, parent));
    }

    public const int ChildrenShown = 200;

    /// <summary>The top of what the user sees: the roots for an administrator, else each membership's unit not inside another one's subtree.</summary>
    private static IQueryable<Organization> Roots(OrgScope scope, IQueryable<Organization> visible)
    {
        if (scope.IsAdministrator)
        {
            return visible.Where(o => o.ParentId == null);
        }

        var grants = scope.Grants.Where(g => g.Holds(OrganizationPermissions.View)).ToList();
        var tops = grants
            .Where(g => !grants.Any(other => other.IncludesSubtree && other.OrganizationId != g.OrganizationId && g.Path.StartsWith(other.Path, StringComparison.Ordinal)))
            .Select(g => g.OrganizationId)
            .Distinct()
            .ToList();
        return visible.Where(o => tops.Contains(o.Id));
    }

    private async Task<IReadOnlyDictionary<Guid, int>> CountChildrenAsync(OrgScope scope, List<Guid> parents, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().VisibleTo(scope)
            .Where(o => o.ParentId != null && parents.Contains(o.ParentId.Value) && (Archived || !o.IsArchived))
            .GroupBy(o => o.ParentId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
