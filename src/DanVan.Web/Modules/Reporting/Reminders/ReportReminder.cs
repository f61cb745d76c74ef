namespace DanVan.Web.Modules.Reporting.Reminders;

/// <summary>That a reminder of one kind went out for one report: the unique (report, kind) pair keeps every run idempotent.</summary>
public sealed class ReportReminder
{
    public const string OverdueKind = "overdue";

    private ReportReminder()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ReportId { get; private set; }

    /// <summary>"before-7", "before-3", "before-1" or "overdue".</summary>
    public string Kind { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public int Recipients { get; private set; }

    public static ReportReminder Create(Guid reportId, string kind, DateOnly dueOn, int recipients, DateTime utcNow) =>
        new() { ReportId = reportId, Kind = kind, DueOn = dueOn, Recipients = recipients, CreatedAt = utcNow };
}
