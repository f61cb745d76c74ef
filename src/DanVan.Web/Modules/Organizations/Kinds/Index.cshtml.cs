using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DanVan.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Organizations.Kinds;

/// <summary>The catalog of organization kinds, with how many organizations use each.</summary>
[Authorize(Policy = OrganizationPermissions.ReferenceData)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<(OrganizationKind Kind, int Used)> Kinds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var kinds = await db.OrganizationKinds.AsNoTracking().ToListAsync(cancellationToken);
        var used = await db.Organizations.GroupBy(o => o.KindId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Kinds = kinds.OrderBy(k => k.SortOrder).ThenBy(k => k.Name, VietnameseText.Comparer)
            .Select(k => (k, used.GetValueOrDefault(k.Id))).ToList();
    }
}
