using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans;

/// <summary>
/// The cascade of one directive: every plan that carries it out, each level's plans under the plan they
/// concretize, down to each unit's tasks. Without a directive chosen, the directives that have plans.
/// </summary>
public sealed class TreeModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? DocumentId { get; set; }

    public OfficialDocument? Directive { get; private set; }

    public IReadOnlyList<(OfficialDocument Document, int Plans)> Directives { get; private set; } = [];

    public ILookup<Guid?, Plan> PlansByParent { get; private set; } = Array.Empty<Plan>().ToLookup(p => p.ParentPlanId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var visible = db.Plans.AsNoTracking().VisibleTo(db, scope);
        if (DocumentId is null)
        {
            var counts = await visible.Where(p => p.ImplementsDocumentId != null)
                .GroupBy(p => p.ImplementsDocumentId!.Value)
                .Select(g => new { Id = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var ids = counts.Select(c => c.Id).ToList();
            var plansOf = counts.ToDictionary(c => c.Id, c => c.Count);
            var documents = await db.Documents.AsNoTracking().VisibleTo(db, scope).Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
            Directives = documents.Select(d => (d, plansOf[d.Id])).OrderByDescending(x => x.d.IssuedOn).ToList();
            return Page();
        }

        Directive = await db.Documents.AsNoTracking().VisibleTo(db, scope).SingleOrDefaultAsync(d => d.Id == DocumentId, cancellationToken);
        if (Directive is null)
        {
            return NotFound();
        }

        var plans = await visible.Where(p => p.ImplementsDocumentId == DocumentId)
            .Include(p => p.Document).Include(p => p.Organization)
            .Include(p => p.Tasks).ThenInclude(t => t.Assignments).ThenInclude(a => a.Organization)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var planIds = plans.Select(p => p.Id).ToHashSet();
        PlansByParent = plans
            .OrderBy(p => p.Organization!.Depth).ThenBy(p => p.Organization!.Name, Infrastructure.Text.VietnameseText.Comparer)
            .ToLookup(p => p.ParentPlanId is { } parent && planIds.Contains(parent) ? parent : (Guid?)null);
        return Page();
    }
}
