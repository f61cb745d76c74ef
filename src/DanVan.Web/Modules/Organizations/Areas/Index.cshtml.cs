using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations.Areas;

/// <summary>The area tree, province → commune → village, read-only for now (editing comes next).</summary>
[Authorize(Policy = Permissions.ReferenceDataManage)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await db.Areas.AsNoTracking().ToListAsync(cancellationToken);
        var byParent = all.ToLookup(a => a.ParentId);
        var ordered = new List<Area>();
        void Walk(Guid? parent)
        {
            foreach (var area in byParent[parent].OrderBy(a => a.Name, VietnameseText.Comparer))
            {
                ordered.Add(area);
                Walk(area.Id);
            }
        }

        Walk(null);
        Areas = ordered;
    }
}
