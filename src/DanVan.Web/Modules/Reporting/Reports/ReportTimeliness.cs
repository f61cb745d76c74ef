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
/// The one rule for "on time", on the submission that stands: a report submitted or accepted is on time when it was
/// last sent (Vietnam date) by the deadline day; one returned for correction and not sent again is, once the deadline
/// passed, owed like one never sent (missing, never on time by the date it was first sent).
/// </summary>
internal static class ReportTimeliness
{
    public static Timeliness Of(ReportStatus status, DateTime? submittedAt, DateOnly dueOn, DateOnly today) => status switch
    {
        ReportStatus.Submitted or ReportStatus.Accepted when submittedAt is { } sent => VietnamTime.DateOf(sent) <= dueOn ? Timeliness.OnTime : Timeliness.Late,
        ReportStatus.Returned or ReportStatus.Draft when today > dueOn => Timeliness.Missing,
        _ => Timeliness.NotYetDue,
    };

    /// <summary>Still owed and past the deadline: never sent, or returned and not sent again (the home page's and the list's "quá hạn").</summary>
    public static System.Linq.Expressions.Expression<Func<Report, bool>> OwedPastDue(DateOnly today) =>
        r => (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned)
            && (r.IsExternal && r.Period!.ExternalDueOn != null ? r.Period.ExternalDueOn.Value : r.Period!.DueOn) < today;

    public static bool IsLate(this Timeliness timeliness) => timeliness is Timeliness.Late or Timeliness.Missing;
}
