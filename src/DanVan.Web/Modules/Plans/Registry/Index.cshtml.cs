using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Plans.Registry;

/// <summary>The document registry: directives, conclusions, resolutions and plans, with the stubs still to complete.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Stubs { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<OfficialDocument> Rows { get; private set; } = new([], 1, Paged<OfficialDocument>.DefaultPageSize, 0);

    public bool CanAdd { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        CanAdd = scope.IsAdministrator;
        var query = db.Documents.AsNoTracking().VisibleTo(db, scope);
        if (Stubs)
        {
            query = query.Where(d => d.IsStub);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            // Every word, in any order, diacritics ignored.
            foreach (var pattern in VietnameseText.WordPatterns(Q))
            {
                query = query.Where(d => EF.Functions.Like(d.SearchKey, pattern, "\\"));
            }
        }

        Rows = await Paged<OfficialDocument>.CreateAsync(query.OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Number), PageNumber, cancellationToken: cancellationToken);
    }
}
