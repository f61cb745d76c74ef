using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Organizations.Areas;

/// <summary>
/// The area tree, province → commune → village, opened a level at a time (some 100,000 villages nationally), or a
/// paged search (every word, diacritics ignored); with links to add and edit areas.
/// </summary>
[Authorize(Policy = OrganizationPermissions.ReferenceData)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int ChildrenShown = 200;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<Area> Rows { get; private set; } = new([], 1, 50, 0);

    public IReadOnlyDictionary<Guid, int> ChildCounts { get; private set; } = new Dictionary<Guid, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var areas = db.Areas.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            foreach (var pattern in VietnameseText.WordPatterns(Q))
            {
                areas = areas.Where(a => EF.Functions.Like(a.SearchKey, pattern, "\\"));
            }

            Rows = await Paged<Area>.CreateAsync(areas.OrderBy(a => a.Level).ThenBy(a => a.Code), PageNumber, 50, cancellationToken);
        }
        else
        {
            Rows = await Paged<Area>.CreateAsync(areas.Where(a => a.ParentId == null).OrderBy(a => a.Code), PageNumber, 50, cancellationToken);
        }

        ChildCounts = await CountChildrenAsync(Rows.Items.Select(a => a.Id).ToList(), cancellationToken);
    }

    /// <summary>One area's children, as rows to put under it (htmx); at most <see cref="ChildrenShown"/>, then the search.</summary>
    public async Task<IActionResult> OnGetChildrenAsync(Guid id, CancellationToken cancellationToken)
    {
        var parent = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (parent is null)
        {
            return NotFound();
        }

        var children = db.Areas.AsNoTracking().Where(a => a.ParentId == id);
        var total = await children.CountAsync(cancellationToken);
        var rows = await children.OrderBy(a => a.Code).Take(ChildrenShown).ToListAsync(cancellationToken);
        return Partial("_AreaRows", new AreaRowsModel(rows, await CountChildrenAsync(rows.Select(a => a.Id).ToList(), cancellationToken), total - rows.Count, parent));
    }

    private async Task<IReadOnlyDictionary<Guid, int>> CountChildrenAsync(List<Guid> parents, CancellationToken cancellationToken) =>
        await db.Areas.AsNoTracking().Where(a => a.ParentId != null && parents.Contains(a.ParentId.Value))
            .GroupBy(a => a.ParentId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}

/// <summary>Rows of the area tree: <paramref name="More"/> children of <paramref name="Parent"/> not shown.</summary>
internal sealed record AreaRowsModel(IReadOnlyList<Area> Rows, IReadOnlyDictionary<Guid, int> ChildCounts, int More, Area? Parent);
