namespace DanVan.Web.Modules.Notifications.Contracts;

/// <summary>The "Reminders" configuration section: when people are reminded of a deadline, for reports and for task cycles alike.</summary>
public sealed class ReminderOptions
{
    private static readonly int[] DefaultDays = [7, 3, 1];

    /// <summary>
    /// Days before the deadline at which a unit that has not submitted is reminded; 7, 3 and 1 when not configured.
    /// (No default in the property itself: the configuration binder would append configured days to it.)
    /// </summary>
    public int[]? DaysBefore { get; set; }

    /// <summary>The configured days, sensible ones only, longest first.</summary>
    public int[] Days => (DaysBefore is { Length: > 0 } days ? days : DefaultDays).Where(d => d is > 0 and <= 90).Distinct().OrderDescending().ToArray();

    /// <summary>
    /// The reminder due on a day for a deadline: "overdue" once it passed (if on), else "before-N" for the nearest
    /// configured day at or above the days left (a pass missed sends the nearest one only); null when none is due yet.
    /// </summary>
    public string? KindOn(DateOnly dueOn, DateOnly today)
    {
        var left = dueOn.DayNumber - today.DayNumber;
        return left < 0
            ? Overdue ? "overdue" : null
            : Days.Order().Where(d => left <= d).Select(d => (int?)d).FirstOrDefault() is { } threshold ? $"before-{threshold}" : null;
    }

    /// <summary>Remind once when the deadline has passed without a submission.</summary>
    public bool Overdue { get; set; } = true;

    /// <summary>Overdue reminders are not sent for deadlines older than this (e.g. after the feature is switched on).</summary>
    public int OverdueLookbackDays { get; set; } = 30;

    /// <summary>Run in the web server; switch off when the <c>reminders send</c> command runs from a scheduler instead.</summary>
    public bool RunInBackground { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
