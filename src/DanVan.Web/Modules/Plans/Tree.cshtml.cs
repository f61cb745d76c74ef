using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Plans;

/// <summary>
/// The cascade of one directive: every plan that carries it out, each level's plans under the plan they
/// concretize, down to each unit's tasks, opened a level at a time. Without a directive chosen, the directives that
/// have plans.
/// </summary>
public sealed class TreeModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? DocumentId { get; set; }

    public OfficialDocument? Directive { get; private set; }

    public IReadOnlyList<(OfficialDocument Document, int Plans)> Directives { get; private set; } = [];

    /// <summary>The top of the tree the user sees (at most <see cref="BranchSize"/>).</summary>
    public IReadOnlyList<PlanSummary> Roots { get; private set; } = [];

    /// <summary>The branches shown opened: a plan's tasks and the plans under it.</summary>
    public Dictionary<Guid, PlanBranch> Branches { get; } = [];

    public const int BranchSize = 200;

    private const int OpenedRoots = 3;

    /// <summary>One plan's tasks and the plans under it (htmx, when its line is opened).</summary>
    public async Task<IActionResult> OnGetBranchAsync(Guid planId, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, scope).Include(p => p.Document).Include(p => p.Organization)
            .SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        return plan is null ? NotFound() : Partial("_PlanBranch", await BranchAsync(plan, scope, cancellationToken));
    }

    private async Task<PlanBranch> BranchAsync(Plan plan, OrgScope scope, CancellationToken cancellationToken)
    {
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == plan.Id)
            .Include(t => t.Assignments).ThenInclude(a => a.Organization)
            .OrderBy(t => t.Position).AsSplitQuery().ToListAsync(cancellationToken);
        var children = db.Plans.AsNoTracking().VisibleTo(db, scope).Where(p => p.ParentPlanId == plan.Id && p.ImplementsDocumentId == plan.ImplementsDocumentId);
        var total = await children.CountAsync(cancellationToken);
        var shown = await children.Include(p => p.Document).Include(p => p.Organization)
            .OrderBy(p => p.Organization!.Name).Take(BranchSize).ToListAsync(cancellationToken);
        return new PlanBranch(plan, tasks, await SummariesAsync(shown, cancellationToken), total - shown.Count);
    }

    /// <summary>Each plan with how many tasks it has and how many plans carry it out below, in two grouped reads.</summary>
    private async Task<IReadOnlyList<PlanSummary>> SummariesAsync(List<Plan> plans, CancellationToken cancellationToken)
    {
        var ids = plans.Select(p => p.Id).ToList();
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => ids.Contains(t.PlanId)).GroupBy(t => t.PlanId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var below = await db.Plans.AsNoTracking().Where(p => p.ParentPlanId != null && ids.Contains(p.ParentPlanId.Value)).GroupBy(p => p.ParentPlanId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return plans.Select(p => new PlanSummary(p, tasks.GetValueOrDefault(p.Id), below.GetValueOrDefault(p.Id))).ToList();
    }

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

        // A level at a time (a national directive has thousands of plans): the top of what the user sees, each
        // opened with its tasks and the plans under it; deeper levels open on demand.
        var ofDirective = visible.Where(p => p.ImplementsDocumentId == DocumentId);
        var roots = await ofDirective
            .Where(p => p.ParentPlanId == null || !ofDirective.Any(parent => parent.Id == p.ParentPlanId))
            .Include(p => p.Document).Include(p => p.Organization)
            .OrderBy(p => p.Organization!.Depth).ThenBy(p => p.Organization!.Name)
            .Take(BranchSize)
            .ToListAsync(cancellationToken);
        Roots = await SummariesAsync(roots, cancellationToken);
        if (Roots.Count <= OpenedRoots)
        {
            foreach (var root in Roots)
            {
                Branches[root.Plan.Id] = await BranchAsync(root.Plan, scope, cancellationToken);
            }
        }

        return Page();
    }
}

/// <summary>A plan on the tree, with how many tasks it has and how many plans below it carry it out.</summary>
public sealed record PlanSummary(Plan Plan, int Tasks, int PlansBelow);

/// <summary>An opened plan: its tasks, the plans under it shown, and how many more there are.</summary>
public sealed record PlanBranch(Plan Plan, IReadOnlyList<PlanTask> Tasks, IReadOnlyList<PlanSummary> Children, int More);

/// <summary>A plan's line on the tree, opened when its branch is given.</summary>
internal sealed record PlanLine(PlanSummary Summary, PlanBranch? Branch);
