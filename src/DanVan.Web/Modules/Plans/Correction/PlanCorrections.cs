using DanVan.Documents.Plans;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Correction;

/// <summary>The document's details a correction may change.</summary>
public sealed record PlanEdit(string? Number, DateOnly? IssuedOn, string Title, string? Place, string? SignerName, string? SignerTitle);

/// <summary>
/// Corrections of a confirmed plan by its issuer's officers: its document's details, its tasks (edited, added,
/// removed) and who they are given to. Each is refused on the same rules whatever page or caller asks, recorded
/// with its reason (<see cref="PlanCorrection"/>, and field by field in the audit log), and told to the units
/// concerned in the same save. A new deadline re-schedules the cycles (the cycles' interceptor); a unit given the
/// task is told by <see cref="Tasks.TaskNotices"/>.
/// </summary>
public sealed class PlanCorrections(AppDbContext db, INotifier notifier, IPlanReports reports, DatabaseLocks locks, TimeProvider clock)
{
    /// <summary>
    /// Corrections of one plan one at a time, on every server: two officers (or two tabs) saving at once are served in
    /// turn, and the second finds the plan changed (<see cref="VersionAsync"/>).
    /// </summary>
    public Task<IAsyncDisposable> LockAsync(Guid planId, CancellationToken cancellationToken) =>
        locks.AcquireAsync($"plan-correction:{planId}", cancellationToken);

    /// <summary>How many times the plan was corrected: a form shown at one version is saved only at that version.</summary>
    public Task<int> VersionAsync(Guid planId, CancellationToken cancellationToken) =>
        db.PlanCorrections.CountAsync(c => c.PlanId == planId, cancellationToken);

    /// <summary>The plan with its document, issuer and tasks, tracked; null when the user cannot read it; refused when they cannot correct it.</summary>
    public async Task<Plan?> LoadAsync(Guid planId, OrgScope scope, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.VisibleTo(db, scope)
            .Include(p => p.Document).Include(p => p.Organization)
            .Include(p => p.Tasks).ThenInclude(t => t.Assignments).ThenInclude(a => a.Organization)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is not null && !scope.Allows(PlanPermissions.Manage, plan.Organization!))
        {
            throw new AccessDeniedException();
        }

        return plan;
    }

    /// <summary>Corrects the document's number, date, title and closing lines; returns what changed, or null when nothing did.</summary>
    public async Task<string?> EditAsync(Plan plan, PlanEdit edit, string? reason, string userName, CancellationToken cancellationToken)
    {
        plan.EnsureNotWithdrawn();
        var document = plan.Document!;
        var number = string.IsNullOrWhiteSpace(edit.Number) ? null : DocumentNumbers.Normalize(edit.Number);
        var changes = new List<string>();
        Compare(changes, "số", document.Number, number);
        Compare(changes, "ngày ban hành", document.IssuedOn is { } a ? VietnameseText.FormatDate(a) : null, edit.IssuedOn is { } b ? VietnameseText.FormatDate(b) : null);
        if (!string.Equals(document.Title, edit.Title.Trim(), StringComparison.Ordinal))
        {
            changes.Add($"trích yếu: “{VietnameseText.Shorten(edit.Title, 120)}”");
        }

        Compare(changes, "địa danh", plan.Place, Clean(edit.Place));
        Compare(changes, "người ký", plan.SignerName, Clean(edit.SignerName));
        Compare(changes, "chức vụ người ký", plan.SignerTitle, Clean(edit.SignerTitle));
        if (changes.Count == 0)
        {
            return null;
        }

        if (edit.IssuedOn is { } issued && issued != document.IssuedOn)
        {
            await CheckDateOfIssueAsync(plan, issued, cancellationToken);
        }

        if (number is not null && await db.Documents.AnyAsync(d => d.Number == number && d.Id != document.Id, cancellationToken))
        {
            throw new BusinessRuleException($"Số {number} đã có trong sổ văn bản; mỗi văn bản một số.");
        }

        document.Update(document.Kind, number, document.Issuer, edit.IssuedOn, edit.Title);
        plan.SetClosing(edit.Place, edit.SignerName, edit.SignerTitle);
        var what = string.Join("; ", changes);
        await RecordAsync(plan, null, what, reason, userName, plan.Tasks.SelectMany(t => t.Assignments), cancellationToken);
        return what;
    }

    /// <summary>A plan is issued neither after today nor before the documents it carries out (its parent plan, the directive).</summary>
    private async Task CheckDateOfIssueAsync(Plan plan, DateOnly issued, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (issued > today)
        {
            throw new BusinessRuleException($"Ngày ban hành {VietnameseText.FormatDate(issued)} còn ở tương lai; hãy nhập ngày đã ký văn bản.");
        }

        var plans = db.Plans;
        var above = await db.Documents.AsNoTracking()
            .Where(d => (d.Id == plan.ImplementsDocumentId || plans.Any(p => p.Id == plan.ParentPlanId && p.DocumentId == d.Id)) && d.IssuedOn != null)
            .Select(d => new { d.Kind, d.Number, d.IssuedOn })
            .ToListAsync(cancellationToken);
        if (above.Where(d => d.IssuedOn > issued).MaxBy(d => d.IssuedOn) is { } later)
        {
            throw new BusinessRuleException($"Ngày ban hành {VietnameseText.FormatDate(issued)} trước ngày của {OfficialDocument.LabelOf(later.Kind, later.Number)} ({VietnameseText.FormatDate(later.IssuedOn!.Value)}) mà kế hoạch này thực hiện.");
        }
    }

    /// <summary>Task numbers compared as an officer reads them: case, spaces and a final period do not make another number.</summary>
    private static string NumberKey(string? number) =>
        VietnameseText.Fold(string.Concat((number ?? "").Where(c => !char.IsWhiteSpace(c))).TrimEnd('.'));

    /// <summary>Adds a task at the end of the plan; the issuer then gives it to units on the task's page.</summary>
    public async Task<PlanTask> AddTaskAsync(Plan plan, string number, string text, TaskSchedule schedule, string? reason, string userName, CancellationToken cancellationToken)
    {
        plan.EnsureNotWithdrawn();
        if (plan.Tasks.FirstOrDefault(t => NumberKey(t.Number) == NumberKey(number)) is { } same)
        {
            throw new BusinessRuleException($"Kế hoạch đã có nhiệm vụ số {same.Number}; hãy chọn số thứ tự khác.");
        }

        var task = plan.AddTask(number ?? "", text, schedule, null);
        await RecordAsync(plan, task.Id, $"thêm nhiệm vụ {task.Number} ({VietnameseText.Shorten(task.Heading, 80)})", reason, userName, [], cancellationToken);
        return task;
    }

    /// <summary>Corrects a task's number, text and schedule; returns what changed, or null when nothing did.</summary>
    public async Task<string?> EditTaskAsync(Plan plan, PlanTask task, string number, string text, TaskSchedule schedule, string? reason, string userName, CancellationToken cancellationToken)
    {
        plan.EnsureNotWithdrawn();
        var changes = new List<string>();
        Compare(changes, "số thứ tự", task.Number, (number ?? "").Trim());
        if (!string.Equals(task.Text, (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), StringComparison.Ordinal))
        {
            changes.Add("nội dung");
        }

        Compare(changes, "thời hạn", Schedule(task.Recurrence, task.DueOn), Schedule(schedule.Recurrence, schedule.DueOn));
        Compare(changes, "sản phẩm đầu ra", task.ExpectedOutput, Clean(schedule.ExpectedOutput));
        if (changes.Count == 0)
        {
            return null;
        }

        if (plan.Tasks.FirstOrDefault(t => t.Id != task.Id && NumberKey(t.Number) == NumberKey(number)) is { } same)
        {
            throw new BusinessRuleException($"Kế hoạch đã có nhiệm vụ số {same.Number}; hãy chọn số thứ tự khác.");
        }

        // What units did under the task stays true: a task worked on keeps how often it is done, and no deadline
        // goes before the plan's work began.
        if (schedule.Recurrence != task.Recurrence && await WorkedAsync(task.Assignments.Select(a => a.Id).ToList(), cancellationToken))
        {
            throw new BusinessRuleException($"Đã có đơn vị cập nhật tiến độ nhiệm vụ {task.Number} theo chu kỳ “{task.Recurrence.Vietnamese()}”, nên không đổi cách thực hiện được; hãy đổi hạn, hoặc thêm một nhiệm vụ mới.");
        }

        // Work under a plan begins on its date of issue, or its superior plan's (as its cycles do).
        var start = plan.Document!.IssuedOn
            ?? await db.Plans.Where(p => p.Id == plan.ParentPlanId).Select(p => p.Document!.IssuedOn).FirstOrDefaultAsync(cancellationToken);
        if (schedule.DueOn is { } due && start is { } begins && due < begins)
        {
            throw new BusinessRuleException($"Hạn {VietnameseText.FormatDate(due)} trước ngày ban hành kế hoạch ({VietnameseText.FormatDate(begins)}), khi việc thực hiện bắt đầu.");
        }

        var label = task.Number;
        task.Update(number ?? "", text ?? "", schedule);
        var what = $"nhiệm vụ {label}: {string.Join("; ", changes)}";
        await RecordAsync(plan, task.Id, what, reason, userName, task.Assignments, cancellationToken);
        return what;
    }

    /// <summary>Takes a task back from one unit, which is told.</summary>
    public async Task UnassignAsync(Plan plan, PlanTask task, TaskAssignment part, string? reason, string userName, CancellationToken cancellationToken)
    {
        plan.EnsureNotWithdrawn();
        task.Unassign(part, await WorkedAsync([part.Id], cancellationToken));
        await RecordAsync(plan, task.Id, $"nhiệm vụ {task.Number} không còn giao cho {part.Organization?.Name ?? part.UnitName}", reason, userName, [part], cancellationToken);
    }

    /// <summary>Takes a task out of the plan; its units are told.</summary>
    public async Task RemoveTaskAsync(Plan plan, PlanTask task, string? reason, string userName, CancellationToken cancellationToken)
    {
        plan.EnsureNotWithdrawn();
        var worked = await WorkedAsync(task.Assignments.Select(a => a.Id).ToList(), cancellationToken)
            || await reports.AnyReportOnTaskAsync(task.Id, cancellationToken);
        var concretized = await db.PlanTasks.AnyAsync(t => t.ParentTaskId == task.Id, cancellationToken);
        var parts = task.Assignments.ToList();
        plan.RemoveTask(task, worked, concretized);
        db.PlanTasks.Remove(task);
        await RecordAsync(plan, null, $"bỏ nhiệm vụ {task.Number} ({VietnameseText.Shorten(task.Heading, 80)})", reason, userName, parts, cancellationToken);
    }

    /// <summary>
    /// Withdraws a plan no unit has worked on and no period reports under: its tasks are taken out, the plan and its
    /// document stay in the registry marked withdrawn, and every unit it gave a task to is told.
    /// </summary>
    public async Task WithdrawAsync(Plan plan, string? reason, string userName, CancellationToken cancellationToken)
    {
        var parts = plan.Tasks.SelectMany(t => t.Assignments).ToList();
        var taskIds = plan.Tasks.Select(t => t.Id).ToList();
        var worked = await WorkedAsync(parts.Select(a => a.Id).ToList(), cancellationToken);
        var concretized = await db.Plans.AnyAsync(p => p.ParentPlanId == plan.Id, cancellationToken)
            || await db.PlanTasks.AnyAsync(t => t.ParentTaskId != null && taskIds.Contains(t.ParentTaskId.Value), cancellationToken);
        var hasPeriods = await reports.AnyPeriodAsync(plan.Id, cancellationToken);
        var count = plan.Tasks.Count;
        db.PlanTasks.RemoveRange(plan.Withdraw(PlanCorrection.CleanReason(reason), clock.GetUtcNow().UtcDateTime, hasPeriods, worked, concretized));
        await RecordAsync(plan, null, $"thu hồi kế hoạch ({count} nhiệm vụ không còn theo dõi)", reason, userName, parts, cancellationToken);
    }

    /// <summary>The parts of a task a unit has worked on (progress recorded, a cycle done, a legacy completion).</summary>
    public async Task<IReadOnlySet<Guid>> WorkedPartsAsync(PlanTask task, CancellationToken cancellationToken)
    {
        var parts = task.Assignments.Select(a => a.Id).ToList();
        var worked = await db.Set<Progress.TaskProgress>().Where(p => parts.Contains(p.AssignmentId)).Select(p => p.AssignmentId)
            .Union(db.TaskCycles.Where(c => parts.Contains(c.AssignmentId) && c.CompletedOn != null).Select(c => c.AssignmentId))
            .Union(db.Set<Cycles.LegacyCompletion>().Where(l => parts.Contains(l.AssignmentId)).Select(l => l.AssignmentId))
            .ToListAsync(cancellationToken);
        return worked.ToHashSet();
    }

    /// <summary>Whether any of these parts has progress recorded or a cycle done.</summary>
    private async Task<bool> WorkedAsync(IReadOnlyCollection<Guid> parts, CancellationToken cancellationToken) =>
        await db.Set<Progress.TaskProgress>().AnyAsync(p => parts.Contains(p.AssignmentId), cancellationToken)
        || await db.TaskCycles.AnyAsync(c => parts.Contains(c.AssignmentId) && c.CompletedOn != null, cancellationToken)
        || await db.Set<Cycles.LegacyCompletion>().AnyAsync(l => parts.Contains(l.AssignmentId), cancellationToken);

    /// <summary>Records the correction and tells the plan officers of every unit concerned; the caller saves.</summary>
    private async Task RecordAsync(Plan plan, Guid? taskId, string what, string? reason, string userName, IEnumerable<TaskAssignment> concerned, CancellationToken cancellationToken)
    {
        var correction = PlanCorrection.Record(plan, taskId, what, reason, userName, clock.GetUtcNow().UtcDateTime);
        db.Set<PlanCorrection>().Add(correction);
        var label = plan.Document!.Label;
        var notices = concerned.Where(a => a.OrganizationId is not null).Select(a => a.OrganizationId!.Value).Distinct()
            .Select(unit => (unit, new NotificationMessage(
                $"Kế hoạch được điều chỉnh: {label}",
                $"{userName} điều chỉnh {label} của {plan.Organization!.Name}: {what}. Lý do: {correction.Reason}",
                $"/Plans/Board?PlanId={plan.Id}&OrganizationId={unit}", NoticeKinds.TaskChange)))
            .ToList();
        if (notices.Count > 0)
        {
            await notifier.NotifyUnitsAsync(notices, PlanPermissions.Manage, cancellationToken);
        }
    }

    private static void Compare(List<string> changes, string name, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            changes.Add($"{name}: {before ?? "(trống)"} → {after ?? "(trống)"}");
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Schedule(TaskRecurrence recurrence, DateOnly? dueOn) =>
        recurrence.Vietnamese() + (dueOn is { } due ? $", hạn {VietnameseText.FormatDate(due)}" : "");
}
