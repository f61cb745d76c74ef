using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Tasks;

/// <summary>One task, the chain above it up to the directive, and the tasks below that concretize it.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    private const int MaxLevels = 12;

    public PlanTask Task { get; private set; } = null!;

    /// <summary>From the top (the directive's first plan) down to this task's parent.</summary>
    public IReadOnlyList<PlanTask> Ancestors { get; private set; } = [];

    public OfficialDocument? Directive { get; private set; }

    public IReadOnlyList<PlanTask> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var visiblePlans = db.Plans.VisibleTo(db, scope);
        var task = await Load(visiblePlans).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }

        Task = task;
        var ancestors = new List<PlanTask>();
        var current = task;
        while (current.ParentTaskId is { } parentId && ancestors.Count < MaxLevels)
        {
            var parent = await Load(visiblePlans).SingleOrDefaultAsync(t => t.Id == parentId, cancellationToken);
            if (parent is null)
            {
                break;
            }

            ancestors.Insert(0, parent);
            current = parent;
        }

        Ancestors = ancestors;
        var topPlan = (ancestors.FirstOrDefault() ?? task).Plan!;
        Directive = topPlan.ImplementsDocument ?? task.Plan!.ImplementsDocument;
        Children = await Load(visiblePlans).Where(t => t.ParentTaskId == id).ToListAsync(cancellationToken);
        return Page();
    }

    private IQueryable<PlanTask> Load(IQueryable<Plan> visiblePlans) => db.PlanTasks.AsNoTracking()
        .Where(t => visiblePlans.Any(p => p.Id == t.PlanId))
        .Include(t => t.Plan).ThenInclude(p => p!.Document)
        .Include(t => t.Plan).ThenInclude(p => p!.Organization)
        .Include(t => t.Plan).ThenInclude(p => p!.ImplementsDocument)
        .Include(t => t.Assignments).ThenInclude(a => a.Organization)
        .AsSplitQuery();
}
