using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans.Progress;

namespace DanVan.Web.Modules.Plans;

/// <summary>A unit given a task, leading or coordinating; <see cref="UnitName"/> keeps the name the document used.</summary>
public sealed class TaskAssignment
{
    private TaskAssignment()
    {
    }

    internal TaskAssignment(PlanTask task, Organization? organization, string unitName, AssignmentRole role)
    {
        Task = task;
        TaskId = task.Id;
        Organization = organization;
        OrganizationId = organization?.Id;
        UnitName = unitName;
        Role = role;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TaskId { get; private set; }

    public PlanTask? Task { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public string UnitName { get; private set; } = "";

    public AssignmentRole Role { get; private set; }

    /// <summary>The day the unit finished its part; null while it is still at work.</summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>The unit did more than the task asked (Quy định 366-QĐ/TW counts it).</summary>
    public bool ExceededTarget { get; private set; }

    internal void MakeLead() => Role = AssignmentRole.Lead;

    /// <summary>Records a progress update on this unit's part; an update that says "done" sets the completion date.</summary>
    /// <param name="planIssuedOn">The plan's date of issue, when known: nothing was done under it before that day.</param>
    public TaskProgress Report(string note, DateOnly on, bool completes, bool exceededTarget, string authorId, string authorName, DateTime utcNow, DateOnly today, DateOnly? planIssuedOn)
    {
        if (OrganizationId is null)
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

        if (completes && CompletedOn is not null)
        {
            throw new BusinessRuleException($"Nhiệm vụ đã được đánh dấu hoàn thành ngày {VietnameseText.FormatDate(CompletedOn.Value)}.");
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
            throw new BusinessRuleException("Nhiệm vụ chưa được đánh dấu hoàn thành.");
        }

        CompletedOn = null;
        ExceededTarget = false;
    }

    public TaskState StateOn(DateOnly today) => TaskStates.Of(Task?.DueOn, CompletedOn, today);
}
