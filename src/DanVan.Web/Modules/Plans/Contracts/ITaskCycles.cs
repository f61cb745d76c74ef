using DanVan.Web.Infrastructure.Auth;

namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>A unit's cycle of a task, as another module shows it (beside the task in the unit's report).</summary>
public sealed record CycleStatus(Guid CycleId, Guid TaskId, string Label, DateOnly DueOn, DateOnly? CompletedOn, TaskState State, bool IsRecurring);

/// <summary>The Plans module's cycles for other modules: read a unit's cycles of a period, record cycles done.</summary>
public interface ITaskCycles
{
    /// <summary>The unit's cycles of the plan's tasks whose window meets the period's, oldest first.</summary>
    Task<IReadOnlyList<CycleStatus>> OfUnitAsync(Guid planId, Guid unitId, DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken);

    /// <summary>
    /// Records cycles of the unit as done on <paramref name="on"/>, each with a progress note, under the same rules as the
    /// progress page (the user manages the unit's tasks; a cycle done once is not done again). Adds to the context: the
    /// caller saves it with its own change, in one transaction.
    /// </summary>
    Task CompleteAsync(IReadOnlyCollection<Guid> cycleIds, Guid planId, Guid unitId, OrgScope scope, DateOnly on, Func<Guid, string> noteOfTask, string authorId, string authorName, CancellationToken cancellationToken);
}
