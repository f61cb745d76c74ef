using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans.Progress;

namespace DanVan.Web.Modules.Plans.Cycles;

/// <summary>
/// One unit's part of a task in one period (chu kỳ): its deadline, its completion, whether it exceeded the
/// target. A task done once has a single cycle; a recurring one has one per period of its regime, so an
/// ongoing task left undone in two periods is two cycles not done.
/// </summary>
public sealed class TaskCycle
{
    private TaskCycle()
    {
    }

    internal TaskCycle(TaskAssignment assignment, CyclePeriod period, DateOnly dueOn)
    {
        Assignment = assignment;
        AssignmentId = assignment.Id;
        Key = period.Key;
        StartsOn = period.StartsOn;
        EndsOn = period.EndsOn;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid AssignmentId { get; private set; }

    public TaskAssignment? Assignment { get; private set; }

    /// <summary>"2026-H1", "2026", "2026-Q3", "2026-M05", or <see cref="CycleCalendar.OnceKey"/>.</summary>
    public string Key { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>The day the unit finished this cycle; null while it is still at work.</summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>The unit did more than the task asked in this cycle (Quy định 366-QĐ/TW counts it).</summary>
    public bool ExceededTarget { get; private set; }

    public string Label => CycleCalendar.Label(Key);

    public TaskState StateOn(DateOnly today) => TaskStates.Of(DueOn, CompletedOn, today);

    /// <summary>Records a progress update on this cycle; an update that says "done" sets the completion date.</summary>
    /// <param name="planIssuedOn">The plan's date of issue, when known: nothing was done under it before that day.</param>
    public TaskProgress Report(string note, DateOnly on, bool completes, bool exceededTarget, string authorId, string authorName, DateTime utcNow, DateOnly today, DateOnly? planIssuedOn)
    {
        if (Assignment is null)
        {
            throw new InvalidOperationException("The cycle's assignment must be loaded to record progress.");
        }

        if (Assignment.OrganizationId is null)
        {
            throw new BusinessRuleException("Đơn vị này chưa có trong DanVan nên chưa cập nhật tiến độ được.");
        }

        if (on > today)
        {
            throw new BusinessRuleException("Ngày cập nhật không được sau hôm nay.");
        }

        if (planIssuedOn is { } issued && on < issued)
        {
            throw new BusinessRuleException($"Ngày cập nhật không được trước ngày ban hành kế hoạch ({VietnameseText.FormatDate(issued)}).");
        }

        if (on < StartsOn && Key != CycleCalendar.OnceKey)
        {
            throw new BusinessRuleException($"Chu kỳ {Label} bắt đầu từ ngày {VietnameseText.FormatDate(StartsOn)}; ngày cập nhật không được trước đó.");
        }

        if (completes && CompletedOn is not null)
        {
            throw new BusinessRuleException($"Chu kỳ {Label} đã được đánh dấu hoàn thành ngày {VietnameseText.FormatDate(CompletedOn.Value)}.");
        }

        var progress = new TaskProgress(this, note, on, completes, exceededTarget, authorId, authorName, utcNow);
        if (completes)
        {
            CompletedOn = on;
        }

        ExceededTarget |= exceededTarget;
        return progress;
    }

    /// <summary>Takes back a completion recorded by mistake; the updates stay in the history.</summary>
    public void Reopen()
    {
        if (CompletedOn is null)
        {
            throw new BusinessRuleException($"Chu kỳ {Label} chưa được đánh dấu hoàn thành.");
        }

        CompletedOn = null;
        ExceededTarget = false;
    }

    /// <summary>A completion recorded before cycles existed, placed in the cycle its date falls in.</summary>
    internal void RecordLegacy(DateOnly completedOn, bool exceededTarget)
    {
        CompletedOn ??= completedOn;
        ExceededTarget |= exceededTarget;
    }

    /// <summary>The plan's issuer moved this period's deadline (or the task's own deadline changed).</summary>
    internal void MoveDeadline(DateOnly dueOn) => DueOn = dueOn;
}

/// <summary>
/// A completion of the release before cycles, kept by the migration that made cycles until <see cref="CycleRollover"/>
/// places it in the cycle its date falls in (the periods are computed by the model, not in SQL); then deleted.
/// </summary>
internal sealed class LegacyCompletion
{
    private LegacyCompletion()
    {
    }

    public Guid AssignmentId { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    public bool ExceededTarget { get; private set; }
}
