using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Plans;

/// <summary>The plans the user may read: their branch's and those sent down from above, newest first.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<PlanRow> Rows { get; private set; } = new([], 1, Paged<PlanRow>.DefaultPageSize, 0);

    public bool CanImport { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        CanImport = scope.HoldsAnywhere(PlanPermissions.Manage);
        var query = db.Plans.AsNoTracking().VisibleTo(db, scope);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            // Every word, in any order, in the document or the issuer's name.
            foreach (var pattern in VietnameseText.WordPatterns(Q))
            {
                query = query.Where(p => EF.Functions.Like(p.Document!.SearchKey, pattern, "\\") || EF.Functions.Like(p.Organization!.SearchKey, pattern, "\\"));
            }
        }

        var rows = query
            .OrderByDescending(p => p.Document!.IssuedOn).ThenByDescending(p => p.CreatedAt)
            .Select(p => new PlanRow(p.Id, p.Document!.Kind, p.Document.Number, p.Document.Title, p.Document.IssuedOn, p.Organization!.Name, p.Tasks.Count, p.ParentPlan!.Document!.Number, p.WithdrawnAt != null));
        Rows = await Paged<PlanRow>.CreateAsync(rows, PageNumber, cancellationToken: cancellationToken);
    }
}

public sealed record PlanRow(Guid Id, string Kind, string? Number, string? Title, DateOnly? IssuedOn, string Organization, int TaskCount, string? ParentNumber, bool Withdrawn = false);
