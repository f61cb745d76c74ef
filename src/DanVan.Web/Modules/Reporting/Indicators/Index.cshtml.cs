using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Reporting.Indicators;

/// <summary>The indicator catalog (danh mục chỉ tiêu) administrators keep, with how many reported values use each.</summary>
[Authorize(Policy = OrganizationPermissions.ReferenceData)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<(Indicator Indicator, int Used)> Indicators { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Codes { get; private set; } = new Dictionary<Guid, string>();

    public string? Q { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Q = q?.Trim();
        var all = await db.Indicators.AsNoTracking().OrderBy(i => i.Position).ToListAsync(cancellationToken);
        Codes = all.ToDictionary(i => i.Id, i => i.Code);
        var used = await db.Set<ReportValue>().GroupBy(v => v.IndicatorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var key = VietnameseText.Fold(Q ?? "");
        Indicators = all.Where(i => key.Length == 0 || i.SearchKey.Contains(key, StringComparison.Ordinal))
            .Select(i => (i, used.GetValueOrDefault(i.Id))).ToList();
    }
}
