using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Plans.Tasks;

/// <summary>One task, the chain above it up to the directive, and the tasks below that concretize it.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser, IResponsibilities responsibilities) : PageModel
{
    private const int MaxLevels = 12;

    public PlanTask Task { get; private set; } = null!;

    /// <summary>From the top (the directive's first plan) down to this task's parent.</summary>
    public IReadOnlyList<PlanTask> Ancestors { get; private set; } = [];

    public OfficialDocument? Directive { get; private set; }

    public IReadOnlyList<PlanTask> Children { get; private set; } = [];

    /// <summary>Units of the issuer's branch the task may be given to, when the user manages the plan.</summary>
    public IReadOnlyList<SelectListItem> AssignableUnits { get; private set; } = [];

    /// <summary>Who of the issuer follows the task: the member in charge of its field and of each unit's area.</summary>
    public IReadOnlyList<ResponsiblePerson> InCharge { get; private set; } = [];

    /// <summary>The fields the issuer divided its work into, when the user manages the plan.</summary>
    public IReadOnlyList<string> Fields { get; private set; } = [];

    /// <summary>Whether the user manages the plan: may correct, give and take back the task.</summary>
    public bool CanCorrect { get; private set; }

    [BindProperty]
    public string? Field { get; set; }

    [BindProperty]
    public Guid? AssignOrganizationId { get; set; }

    [BindProperty]
    public AssignmentRole AssignRole { get; set; } = AssignmentRole.Lead;

    /// <summary>Gives the task to a unit of the issuing organization's branch (the next step after "cụ thể hóa").</summary>
    public async Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await OnGetAsync(id, cancellationToken);
        if (result is not PageResult)
        {
            return result;
        }

        if (AssignableUnits.Count == 0)
        {
            return Forbid();
        }

        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var organization = AssignOrganizationId is { } orgId && AssignableUnits.Any(u => u.Value == orgId.ToString())
            ? await db.Organizations.VisibleTo(scope).SingleOrDefaultAsync(o => o.Id == orgId, cancellationToken)
            : null;
        if (organization is null)
        {
            ModelState.AddModelError(nameof(AssignOrganizationId), "Hãy chọn đơn vị được giao trong hệ thống tổ chức của đơn vị ban hành.");
            return Page();
        }

        var task = await db.PlanTasks.Include(t => t.Assignments).SingleAsync(t => t.Id == id, cancellationToken);
        try
        {
            task.Assign(organization, organization.Name, AssignRole);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(nameof(AssignOrganizationId), e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Making a unit lead updates its part, whose completion date is a concurrency token.
            ModelState.AddModelError(nameof(AssignOrganizationId), "Trong lúc bạn giao, phần việc của đơn vị này vừa được cập nhật tiến độ; chưa có gì được ghi. Hãy tải lại trang rồi giao lại.");
            return Page();
        }

        TempData["Message"] = $"Đã giao nhiệm vụ {task.Number} cho {organization.Name} ({AssignRole.Vietnamese()}).";
        return RedirectToPage(new { id });
    }

    /// <summary>Puts the task in one of the issuer's fields of work (or none): its member in charge then follows it.</summary>
    public async Task<IActionResult> OnPostFieldAsync(Guid id, CancellationToken cancellationToken)
    {
        // What the officer chose, before the page's reading of the task fills the field with what it has.
        var chosen = Field;
        Field = chosen ?? "";
        var result = await OnGetAsync(id, cancellationToken);
        Field = chosen;
        if (result is not PageResult)
        {
            return result;
        }

        if (!(await currentUser.GetScopeAsync(cancellationToken)).Allows(PlanPermissions.Manage, Task.Plan!.Organization!))
        {
            return Forbid();
        }

        var field = string.IsNullOrWhiteSpace(Field) ? null : Fields.FirstOrDefault(f => string.Equals(f, Field.Trim(), StringComparison.Ordinal));
        if (!string.IsNullOrWhiteSpace(Field) && field is null)
        {
            ModelState.AddModelError(nameof(Field), "Hãy chọn một lĩnh vực trong bảng phân công phụ trách của đơn vị ban hành.");
            return Page();
        }

        var task = await db.PlanTasks.SingleAsync(t => t.Id == id, cancellationToken);
        if (!await ModelState.TrySaveAsync(db, () => task.SetField(field), cancellationToken))
        {
            return Page();
        }

        TempData["Message"] = field is null ? $"Nhiệm vụ {task.Number} không thuộc lĩnh vực phụ trách nào." : $"Nhiệm vụ {task.Number} thuộc lĩnh vực {field}.";
        return RedirectToPage(new { id });
    }

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
        var issuer = task.Plan!.Organization!;
        InCharge = await responsibilities.InChargeAsync(issuer.Id, task.Field, task.Assignments.Where(a => a.OrganizationId != null).Select(a => a.OrganizationId!.Value).ToList(), cancellationToken);
        if (scope.Allows(PlanPermissions.Manage, issuer))
        {
            CanCorrect = true;
            Fields = await responsibilities.FieldsAsync(issuer.Id, cancellationToken);
            Field ??= task.Field;
            var units = await db.Organizations.AsNoTracking().VisibleTo(scope)
                .Where(o => o.Path.StartsWith(issuer.Path) && o.Id != issuer.Id && !o.IsArchived)
                .Select(o => new { o.Id, o.Name, o.Depth })
                .ToListAsync(cancellationToken);
            AssignableUnits = units.OrderBy(o => o.Depth).ThenBy(o => o.Name, VietnameseText.Comparer)
                .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        }

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
