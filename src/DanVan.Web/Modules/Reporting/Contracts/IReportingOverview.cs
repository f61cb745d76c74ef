using DanVan.Web.Infrastructure.Auth;

namespace DanVan.Web.Modules.Reporting.Contracts;

/// <summary>What the home page shows of reporting: who is late with reports the user receives, and what the user's units still owe.</summary>
public interface IReportingOverview
{
    Task<ReportingSummary> ForAsync(OrgScope scope, int take, CancellationToken cancellationToken);
}

/// <param name="Overdue">Reports received by the user's branch, past their deadline and never submitted; most overdue first.</param>
/// <param name="Owed">Reports of the user's units still to be sent (draft or returned); nearest deadline first.</param>
public sealed record ReportingSummary(int OverdueCount, IReadOnlyList<ReportDue> Overdue, int OwedCount, IReadOnlyList<ReportDue> Owed);

/// <param name="Days">Days left before the deadline (negative: days late).</param>
/// <param name="Status">The status in Vietnamese.</param>
public sealed record ReportDue(Guid ReportId, string Unit, string Period, DateOnly DueOn, int Days, string Status, bool Returned);
