using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Plans;

/// <summary>
/// A task (nhiệm vụ) of a plan: what must be done, by when or how often, which units lead and coordinate,
/// and the task of the plan above that it concretizes.
/// </summary>
public sealed class PlanTask
{
    public const int MaxTextLength = 8000;

    private readonly List<TaskAssignment> assignments = [];

    private PlanTask()
    {
    }

    internal PlanTask(Plan plan, int position, string number, string text, TaskSchedule schedule, PlanTask? parentTask, int? sourceLine)
    {
        Plan = plan;
        PlanId = plan.Id;
        Position = position;
        ParentTask = parentTask;
        ParentTaskId = parentTask?.Id;
        SourceLine = sourceLine;
        Update(number, text, schedule);
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PlanId { get; private set; }

    public Plan? Plan { get; private set; }

    public int Position { get; private set; }

    public string Number { get; private set; } = "";

    public string Text { get; private set; } = "";

    public TaskRecurrence Recurrence { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public string? ExpectedOutput { get; private set; }

    public Guid? ParentTaskId { get; private set; }

    public PlanTask? ParentTask { get; private set; }

    public int? SourceLine { get; private set; }

    public string SearchKey { get; private set; } = "";

    /// <summary>
    /// The field of work the task belongs to (lĩnh vực), one of those the issuer divided its work into: the issuer's
    /// member in charge of that field follows the task and is told of it.
    /// </summary>
    public string? Field { get; private set; }

    public IReadOnlyList<TaskAssignment> Assignments => assignments;

    /// <summary>The first line of the text: what lists show.</summary>
    public string Heading => Text.Split('\n', 2)[0];

    public void Update(string number, string text, TaskSchedule schedule)
    {
        number = (number ?? "").Trim();
        text = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (number.Length > 30)
        {
            throw new BusinessRuleException("Số thứ tự nhiệm vụ không quá 30 ký tự.");
        }

        if (text.Length == 0)
        {
            throw new BusinessRuleException($"Nhiệm vụ {number} chưa có nội dung.");
        }

        if (text.Length > MaxTextLength)
        {
            throw new BusinessRuleException($"Nội dung nhiệm vụ {number} dài quá {MaxTextLength} ký tự; hãy tách thành nhiều nhiệm vụ.");
        }

        if (schedule.Recurrence == TaskRecurrence.Once && schedule.DueOn is null)
        {
            throw new BusinessRuleException($"Nhiệm vụ {number} thực hiện một lần: hãy nhập hạn hoàn thành.");
        }

        if (schedule.ExpectedOutput is { Length: > 1000 })
        {
            throw new BusinessRuleException("Sản phẩm đầu ra không quá 1000 ký tự.");
        }

        Number = number;
        Text = text;
        Recurrence = schedule.Recurrence;
        DueOn = schedule.DueOn;
        ExpectedOutput = string.IsNullOrWhiteSpace(schedule.ExpectedOutput) ? null : schedule.ExpectedOutput.Trim();
        var key = VietnameseText.Fold(number + " " + text);
        SearchKey = key.Length > 2000 ? key[..2000] : key;
    }

    /// <summary>Puts the task in a field of work (null: none).</summary>
    public void SetField(string? field)
    {
        field = string.IsNullOrWhiteSpace(field) ? null : string.Join(' ', field.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Field = field is { Length: > 150 } ? throw new BusinessRuleException("Tên lĩnh vực không quá 150 ký tự.") : field;
    }

    /// <summary>Takes the task back from a unit; refused once the unit has worked on it (progress recorded, a cycle done).</summary>
    public void Unassign(TaskAssignment assignment, bool worked)
    {
        if (!assignments.Contains(assignment))
        {
            throw new BusinessRuleException("Đơn vị này không được giao nhiệm vụ này.");
        }

        if (worked)
        {
            throw new BusinessRuleException($"{assignment.Organization?.Name ?? assignment.UnitName} đã cập nhật tiến độ nhiệm vụ {Number}, không bỏ giao được; những gì đơn vị đã làm phải được giữ.");
        }

        assignments.Remove(assignment);
    }

    /// <summary>
    /// Gives the task to a unit. A unit named in the document that is not (yet) in DanVan is kept by its
    /// name, so nothing the document says is lost. A unit named twice keeps the stronger role.
    /// </summary>
    public void Assign(Organization? organization, string unitName, AssignmentRole role)
    {
        unitName = (unitName ?? "").Trim();
        if (unitName.Length is 0 or > 300)
        {
            throw new BusinessRuleException("Tên đơn vị được giao không được để trống và không quá 300 ký tự.");
        }

        var existing = organization is null
            ? assignments.FirstOrDefault(a => a.OrganizationId is null && a.UnitName == unitName)
            : assignments.FirstOrDefault(a => a.OrganizationId == organization.Id);
        if (existing is not null)
        {
            if (role == AssignmentRole.Lead)
            {
                existing.MakeLead();
            }

            return;
        }

        assignments.Add(new TaskAssignment(this, organization, unitName, role));
    }
}

public sealed record TaskSchedule(TaskRecurrence Recurrence, DateOnly? DueOn, string? ExpectedOutput = null)
{
    public static readonly TaskSchedule Ongoing = new(TaskRecurrence.Ongoing, null);
}

public enum TaskRecurrence
{
    /// <summary>Thường xuyên: no single deadline; done in the cycles of its plan's reporting regime.</summary>
    Ongoing,

    /// <summary>Một lần, with a deadline.</summary>
    Once,
    Monthly,
    Quarterly,
    SixMonthly,
    Annual,
}

public enum AssignmentRole
{
    Lead,
    Coordinate,
}
