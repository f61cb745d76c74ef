using DanVan.Web.Infrastructure.Time;

namespace DanVan.Web.Modules.Reporting.Reports;

public enum Timeliness
{
    OnTime,
    Late,
    Missing,
    NotYetDue,
}

/// <summary>
/// The one rule for "on time": the first submission (Vietnam date) by the deadline day. A report returned and
/// resubmitted later keeps the date of its first submission; one never sent is missing once the deadline passed.
/// </summary>
internal static class ReportTimeliness
{
    public static Timeliness Of(DateTime? firstSubmittedAt, DateOnly dueOn, DateOnly today) => firstSubmittedAt switch
    {
        { } first when VietnamTime.DateOf(first) <= dueOn => Timeliness.OnTime,
        not null => Timeliness.Late,
        null when today > dueOn => Timeliness.Missing,
        _ => Timeliness.NotYetDue,
    };

    public static bool IsLate(this Timeliness timeliness) => timeliness is Timeliness.Late or Timeliness.Missing;
}
