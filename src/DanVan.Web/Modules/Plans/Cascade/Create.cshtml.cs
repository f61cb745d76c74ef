using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Plans.Cascade;

/// <summary>
/// "Cụ thể hóa": a unit that received tasks in a plan makes its own plan from them. The new plan starts with
/// those tasks, each linked to the task it comes from, and carries out the same directive.
/// </summary>
public sealed class CreateModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid PlanId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid OrganizationId { get; set; }

    [BindProperty]
    public CascadeInput Input { get; set; } = new();

    public Plan Parent { get; private set; } = null!;

    public Organization Organization { get; private set; } = null!;

    public IReadOnlyList<PlanTask> Assigned { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var refusal = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Input = new CascadeInput
        {
            Title = $"Thực hiện {Parent.Document!.Label} của {Parent.Document.Issuer ?? Parent.Organization!.Name}",
            TaskIds = [.. Assigned.Select(t => t.Id)],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var refusal = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!VietnameseText.TryParseDate(Input.IssuedOn, out var issuedOn))
        {
            ModelState.AddModelError("Input.IssuedOn", "Ngày ban hành không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.");
        }

        var chosen = Assigned.Where(t => Input.TaskIds.Contains(t.Id)).ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError("Input.TaskIds", "Hãy chọn ít nhất một nhiệm vụ được giao để cụ thể hóa.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var document = await new DocumentResolver(db, now, isDemo: false)
                .ForPlanAsync(Input.Kind, Input.Number, Organization.Name, issuedOn, Input.Title ?? "", Organization.Id, cancellationToken);
            db.DocumentCitations.Add(new DocumentCitation(document.Id, Parent.DocumentId));
            var reporting = new PlanReporting(Parent.ReportsSixMonthly, Parent.ReportsAnnually, Parent.ReportsOnRequest);
            var plan = Plan.Create(document, Organization, Parent, Parent.ImplementsDocument, reporting, now);
            foreach (var task in chosen)
            {
                plan.AddTask(task.Number, task.Text, new TaskSchedule(task.Recurrence, task.DueOn, task.ExpectedOutput), task);
            }

            db.Plans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = $"Đã tạo kế hoạch cụ thể hóa với {chosen.Count} nhiệm vụ. Hãy giao nhiệm vụ cho các đơn vị trực thuộc.";
            return RedirectToPage("/Plans/Details", new { id = plan.Id });
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var parent = await db.Plans.VisibleTo(db, scope)
            .Include(p => p.Document).Include(p => p.Organization).Include(p => p.ImplementsDocument)
            .SingleOrDefaultAsync(p => p.Id == PlanId, cancellationToken);
        var organization = await db.Organizations.VisibleTo(scope, PlanPermissions.Manage)
            .SingleOrDefaultAsync(o => o.Id == OrganizationId && !o.IsArchived, cancellationToken);
        if (parent is null || organization is null)
        {
            return NotFound();
        }

        Parent = parent;
        Organization = organization;
        Assigned = await db.PlanTasks
            .Where(t => t.PlanId == PlanId && t.Assignments.Any(a => a.OrganizationId == OrganizationId))
            .Include(t => t.Assignments)
            .OrderBy(t => t.Position)
            .ToListAsync(cancellationToken);
        if (Assigned.Count == 0)
        {
            return NotFound();
        }

        var existing = await db.Plans.AsNoTracking().Where(p => p.ParentPlanId == PlanId && p.OrganizationId == OrganizationId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } existingId)
        {
            TempData["Message"] = $"{Organization.Name} đã có kế hoạch cụ thể hóa kế hoạch này.";
            return RedirectToPage("/Plans/Details", new { id = existingId });
        }

        return null;
    }
}

public sealed class CascadeInput
{
    [Required(ErrorMessage = "Hãy nhập loại văn bản.")]
    [StringLength(100, ErrorMessage = "Loại văn bản không quá 100 ký tự.")]
    [Display(Name = "Loại văn bản")]
    public string Kind { get; set; } = "Kế hoạch";

    [StringLength(50, ErrorMessage = "Số, ký hiệu không quá 50 ký tự.")]
    [Display(Name = "Số, ký hiệu (nếu đã có)")]
    public string? Number { get; set; }

    [Display(Name = "Ngày ban hành (dd/MM/yyyy)")]
    public string? IssuedOn { get; set; }

    [Required(ErrorMessage = "Hãy nhập trích yếu của kế hoạch.")]
    [StringLength(2000, ErrorMessage = "Trích yếu không quá 2000 ký tự.")]
    [Display(Name = "Trích yếu")]
    public string? Title { get; set; }

    public List<Guid> TaskIds { get; set; } = [];
}
