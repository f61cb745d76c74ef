namespace DanVan.Web.Modules.Reporting.Reminders;

/// <summary>The "Reminders" configuration section.</summary>
internal sealed class ReminderOptions
{
    private static readonly int[] DefaultDays = [7, 3, 1];

    /// <summary>
    /// Days before the deadline at which a unit that has not submitted is reminded; 7, 3 and 1 when not configured.
    /// (No default in the property itself: the configuration binder would append configured days to it.)
    /// </summary>
    public int[]? DaysBefore { get; set; }

    /// <summary>The configured days, sensible ones only, longest first.</summary>
    public int[] Days => (DaysBefore is { Length: > 0 } days ? days : DefaultDays).Where(d => d is > 0 and <= 90).Distinct().OrderDescending().ToArray();

    /// <summary>Remind once when the deadline has passed without a submission.</summary>
    public bool Overdue { get; set; } = true;

    /// <summary>Overdue reminders are not sent for deadlines older than this (e.g. after the feature is switched on).</summary>
    public int OverdueLookbackDays { get; set; } = 30;

    /// <summary>Run in the web server; switch off when the <c>reminders send</c> command runs from a scheduler instead.</summary>
    public bool RunInBackground { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
