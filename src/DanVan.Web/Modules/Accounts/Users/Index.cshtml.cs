using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Accounts.Users;

[Authorize(Policy = AccountPermissions.UsersManage)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<AppUser> Rows { get; private set; } = new([], 1, 25, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            foreach (var pattern in VietnameseText.WordPatterns(Q))
            {
                query = query.Where(u => EF.Functions.Like(u.SearchKey, pattern, "\\"));
            }
        }

        Rows = await Paged<AppUser>.CreateAsync(query.OrderBy(u => u.FullName).ThenBy(u => u.Email), PageNumber, cancellationToken: cancellationToken);
    }
}
