using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Correction;

/// <summary>
/// Correcting one task of a confirmed plan: its number, text and schedule; taking it back from a unit; taking it out
/// of the plan. Each asks for a reason, tells the units concerned and is kept in the plan's history; what a unit has
/// already done under the task is never removed.
/// </summary>
public sealed class TaskModel(AppDbContext db, CurrentUser currentUser, PlanCorrections corrections) : CorrectionPage
{
    public Plan Plan { get; private set; } = null!;

    public PlanTask PlanTask { get; private set; } = null!;

    [BindProperty]
    public TaskInput Input { get; set; } = new();


    /// <summary>The parts a unit has worked on: never taken back, so no form is offered for them.</summary>
    public IReadOnlySet<Guid> Worked { get; private set; } = new HashSet<Guid>();

    /// <summary>The reason given for taking the task back from a unit, or out of the plan.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>Ticked by the officer: they mean to take it back (out).</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = TaskInput.Of(PlanTask);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var planId = await PlanOfAsync(id, cancellationToken);
        await using var held = await corrections.LockAsync(planId ?? Guid.Empty, cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Stale())
        {
            Input = TaskInput.Of(PlanTask);
            return Page();
        }

        ModelState.OnlyFor(nameof(Input));
        var schedule = Input.Schedule(ModelState, nameof(Input));
        if (!ModelState.IsValid || schedule is null)
        {
            return Page();
        }

        string? what = null;
        var user = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        if (!await ModelState.TrySaveAsync(db, async () => what = await corrections.EditTaskAsync(Plan, PlanTask, Input.Number ?? "", Input.Text ?? "", schedule, Input.Reason, user, cancellationToken), cancellationToken))
        {
            return Page();
        }

        TempData["Message"] = what is null ? "Không có gì thay đổi." : $"Đã điều chỉnh {what}; các đơn vị được giao đã được thông báo.";
        return RedirectToPage("/Plans/Tasks/Details", new { id });
    }

    public async Task<IActionResult> OnPostUnassignAsync(Guid id, Guid assignmentId, CancellationToken cancellationToken)
    {
        var planId = await PlanOfAsync(id, cancellationToken);
        await using var held = await corrections.LockAsync(planId ?? Guid.Empty, cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Stale())
        {
            Input = TaskInput.Of(PlanTask);
            return Page();
        }

        Input = TaskInput.Of(PlanTask);
        var part = PlanTask.Assignments.FirstOrDefault(a => a.Id == assignmentId);
        if (part is null)
        {
            ModelState.AddModelError(string.Empty, "Đơn vị này không (còn) được giao nhiệm vụ này; hãy tải lại trang.");
            return Page();
        }

        if (!Confirmed())
        {
            return Page();
        }

        var user = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        var name = part.Organization?.Name ?? part.UnitName;
        if (!await ModelState.TrySaveAsync(db, () => corrections.UnassignAsync(Plan, PlanTask, part, Reason, user, cancellationToken), cancellationToken))
        {
            return Page();
        }

        TempData["Message"] = $"Nhiệm vụ {PlanTask.Number} không còn giao cho {name}; đơn vị đã được thông báo.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        var planId = await PlanOfAsync(id, cancellationToken);
        await using var held = await corrections.LockAsync(planId ?? Guid.Empty, cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Stale())
        {
            Input = TaskInput.Of(PlanTask);
            return Page();
        }

        Input = TaskInput.Of(PlanTask);
        if (!Confirmed())
        {
            return Page();
        }

        var user = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        var number = PlanTask.Number;
        if (!await ModelState.TrySaveAsync(db, () => corrections.RemoveTaskAsync(Plan, PlanTask, Reason, user, cancellationToken), cancellationToken))
        {
            return Page();
        }

        TempData["Message"] = $"Đã bỏ nhiệm vụ {number} khỏi kế hoạch; các đơn vị được giao đã được thông báo.";
        return RedirectToPage("/Plans/Details", new { id = Plan.Id });
    }

    private bool Confirmed()
    {
        ModelState.OnlyFor(nameof(Reason));
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "Hãy đánh dấu ô xác nhận trước khi bỏ.");
        }

        return ModelState.IsValid;
    }

    private Task<Guid?> PlanOfAsync(Guid taskId, CancellationToken cancellationToken) =>
        db.PlanTasks.Where(t => t.Id == taskId).Select(t => (Guid?)t.PlanId).SingleOrDefaultAsync(cancellationToken);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var planId = await PlanOfAsync(id, cancellationToken);
        var plan = planId is { } found ? await corrections.LoadAsync(found, (await currentUser.GetStateAsync(cancellationToken)).Scope, cancellationToken) : null;
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        PlanTask = plan.Tasks.Single(t => t.Id == id);
        Worked = await corrections.WorkedPartsAsync(PlanTask, cancellationToken);
        Versioned(await corrections.VersionAsync(plan.Id, cancellationToken));
        return true;
    }
}
