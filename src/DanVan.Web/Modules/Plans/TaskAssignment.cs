using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans.Cycles;

namespace DanVan.Web.Modules.Plans;

/// <summary>A unit given a task, leading or coordinating; <see cref="UnitName"/> keeps the name the document used.</summary>
public sealed class TaskAssignment
{
    private readonly List<TaskCycle> cycles = [];

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

    /// <summary>The periods the unit does its part in (one for a task done once), opened by <see cref="Cycles.CycleSchedule"/>.</summary>
    public IReadOnlyList<TaskCycle> Cycles => cycles;

    internal void MakeLead() => Role = AssignmentRole.Lead;

    /// <summary>Opens the cycles of the periods given that this part does not have yet; returns those opened.</summary>
    internal IReadOnlyList<TaskCycle> Open(IEnumerable<(CyclePeriod Period, DateOnly DueOn)> periods)
    {
        var opened = new List<TaskCycle>();
        foreach (var (period, dueOn) in periods)
        {
            if (cycles.All(c => c.Key != period.Key))
            {
                var cycle = new TaskCycle(this, period, dueOn);
                cycles.Add(cycle);
                opened.Add(cycle);
            }
        }

        return opened;
    }

    /// <summary>Drops the cycles nobody worked on that the task's new schedule no longer has; a cycle with a completion stays.</summary>
    internal IReadOnlyList<TaskCycle> DropUnworked(IReadOnlySet<string> keep, IReadOnlySet<Guid> worked)
    {
        var dropped = cycles.Where(c => !keep.Contains(c.Key) && c.CompletedOn is null && !worked.Contains(c.Id)).ToList();
        foreach (var cycle in dropped)
        {
            cycles.Remove(cycle);
        }

        return dropped;
    }
}
