namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>
/// The four states of the Government's task-tracking model, derived from the deadline and the completion
/// date, never typed in. A task without a deadline (thường xuyên, hằng năm) is never overdue.
/// </summary>
public enum TaskState
{
    /// <summary>Hoàn thành đúng hạn.</summary>
    DoneOnTime,

    /// <summary>Hoàn thành quá hạn.</summary>
    DoneLate,

    /// <summary>Chưa hoàn thành, còn trong hạn.</summary>
    InProgress,

    /// <summary>Chưa hoàn thành, đã quá hạn.</summary>
    Overdue,
}

public static class TaskStates
{
    public static TaskState Of(DateOnly? dueOn, DateOnly? completedOn, DateOnly today) => completedOn switch
    {
        { } done when dueOn is null || done <= dueOn => TaskState.DoneOnTime,
        not null => TaskState.DoneLate,
        null when dueOn is null || today <= dueOn => TaskState.InProgress,
        _ => TaskState.Overdue,
    };

    public static string Vietnamese(this TaskState state) => state switch
    {
        TaskState.DoneOnTime => "Hoàn thành đúng hạn",
        TaskState.DoneLate => "Hoàn thành quá hạn",
        TaskState.InProgress => "Chưa hoàn thành, trong hạn",
        TaskState.Overdue => "Chưa hoàn thành, quá hạn",
        _ => state.ToString(),
    };

    /// <summary>The Bootstrap badge colour of a state.</summary>
    public static string Badge(this TaskState state) => state switch
    {
        TaskState.DoneOnTime => "text-bg-success",
        TaskState.DoneLate => "text-bg-warning",
        TaskState.InProgress => "text-bg-secondary",
        _ => "text-bg-danger",
    };
}
