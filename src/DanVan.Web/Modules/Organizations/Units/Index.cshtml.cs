using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations.Units;

/// <summary>The organizations the user may see: as a tree, or, when searching, as a list in Vietnamese order.</summary>
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

    public int MinDepth { get; private set; }

    public bool CanManageSomewhere { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        CanManageSomewhere = scope.HoldsAnywhere(Permissions.OrganizationsManage);
        var query = db.Organizations.AsNoTracking().Include(o => o.Kind).Include(o => o.Area).VisibleTo(scope);
        if (!Archived)
        {
            query = query.Where(o => !o.IsArchived);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = VietnameseText.ContainsPattern(Q);
            query = query.Where(o => EF.Functions.Like(o.SearchKey, pattern, "\\")).OrderBy(o => o.Name).ThenBy(o => o.Code);
            Rows = await Paged<Organization>.CreateAsync(query, PageNumber, cancellationToken: cancellationToken);
            return;
        }

        IsTree = true;
        var all = OrganizationTreeOrder.Flatten(await query.ToListAsync(cancellationToken));
        MinDepth = all.Count == 0 ? 0 : all.Min(o => o.Depth);
        var pageSize = 50;
        var pageCount = Math.Max(1, (int)Math.Ceiling(all.Count / (double)pageSize));
        var page = Math.Clamp(PageNumber, 1, pageCount);
        Rows = new Paged<Organization>(all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, all.Count);
    }
}
