using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Organizations.Areas;

/// <summary>The area tree, province → commune → village, with links to add and edit areas.</summary>
[Authorize(Policy = OrganizationPermissions.ReferenceData)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Areas = AreaTreeOrder.Flatten(await db.Areas.AsNoTracking().ToListAsync(cancellationToken));
    }
}
