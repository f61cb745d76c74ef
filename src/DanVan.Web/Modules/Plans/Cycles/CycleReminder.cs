namespace DanVan.Web.Modules.Plans.Cycles;

/// <summary>That a reminder of one kind went out for one cycle of a unit's part: the unique (cycle, kind) pair keeps every pass idempotent.</summary>
public sealed class CycleReminder
{
    /// <summary>As <see cref="Notifications.Contracts.ReminderOptions.KindOn"/> names it.</summary>
    public const string OverdueKind = "overdue";

    private CycleReminder()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CycleId { get; private set; }

    /// <summary>"before-7", "before-3", "before-1" or "overdue".</summary>
    public string Kind { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static CycleReminder Create(Guid cycleId, string kind, DateOnly dueOn, DateTime utcNow) =>
        new() { CycleId = cycleId, Kind = kind, DueOn = dueOn, CreatedAt = utcNow };
}
