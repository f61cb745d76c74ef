using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations.Kinds;

/// <summary>The catalog of organization kinds, read-only for now (editing comes next).</summary>
[Authorize(Policy = Permissions.ReferenceDataManage)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<OrganizationKind> Kinds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Kinds = await db.OrganizationKinds.AsNoTracking().OrderBy(k => k.SortOrder).ThenBy(k => k.Name).ToListAsync(cancellationToken);
}
