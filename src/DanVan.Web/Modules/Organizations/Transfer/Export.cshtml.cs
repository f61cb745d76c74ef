using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Organizations.Transfer;

/// <summary>Downloads the organizations the user may see as CSV, in tree order.</summary>
public sealed class ExportModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking()
            .Include(o => o.Kind).Include(o => o.Area).Include(o => o.Parent)
            .VisibleTo(scope)
            .ToListAsync(cancellationToken);
        var bytes = OrganizationCsvExport.Write(OrganizationTreeOrder.Flatten(organizations));
        var stamp = Infrastructure.Time.VietnamTime.Today(clock).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return File(bytes, "text/csv; charset=utf-8", $"to-chuc-{stamp}.csv");
    }
}
