using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Reporting;

/// <summary>"On time" is decided on the submission that stands; a report returned and not sent again is owed, like one never sent.</summary>
public sealed class ReportTimelinessRuleTests
{
    private static readonly DateOnly Due = new(2026, 6, 20);

    [Theory]
    [InlineData(ReportStatus.Submitted, "2026-06-20T16:59:00Z", "2026-07-01", Timeliness.OnTime)] // 23:59 in Vietnam
    [InlineData(ReportStatus.Accepted, "2026-06-20T17:01:00Z", "2026-07-01", Timeliness.Late)]
    [InlineData(ReportStatus.Returned, "2026-06-10T03:00:00Z", "2026-06-20", Timeliness.NotYetDue)]
    [InlineData(ReportStatus.Returned, "2026-06-10T03:00:00Z", "2026-06-21", Timeliness.Missing)]
    [InlineData(ReportStatus.Draft, null, "2026-06-20", Timeliness.NotYetDue)]
    [InlineData(ReportStatus.Draft, null, "2026-06-21", Timeliness.Missing)]
    public void The_submission_that_stands_decides(ReportStatus status, string? sent, string today, Timeliness expected) =>
        Assert.Equal(expected, ReportTimeliness.Of(status, sent is null ? null : DateTime.Parse(sent, null, System.Globalization.DateTimeStyles.AdjustToUniversal), Due, DateOnly.Parse(today)));
}

/// <summary>The demo's closed half-year has a report returned and never sent again: late on the period page, in the figures and in the lists, on each engine.</summary>
public abstract class ReturnedReportTests(DanVanApp app)
{
    [Fact]
    public async Task A_report_returned_and_not_sent_again_by_the_deadline_is_late_everywhere()
    {
        var (period, returned) = await app.WithDbAsync(async (db, _) =>
        {
            var report = await db.Reports.Include(r => r.Period).Include(r => r.Organization)
                .FirstAsync(r => r.Status == ReportStatus.Returned && r.Period!.Kind == PeriodKind.SixMonth && r.Period.IsDemo && r.FirstSubmittedAt != null);
            return (report.Period!, report);
        });
        Assert.True(DateOnly.FromDateTime(returned.FirstSubmittedAt!.Value) <= period.DueOn, "the demo's returned report was first sent on time");

        // The figures of the period at its receiver count it owed and overdue, like a report never sent: not sent, not on time.
        var view = await app.WithDbAsync(async (db, services) =>
        {
            var receiver = await db.Organizations.SingleAsync(o => o.Id == returned.ReceiverId);
            return await services.GetRequiredService<CompletenessQuery>().ForAsync(period, receiver, new DateOnly(2026, 12, 1), CancellationToken.None);
        });
        var line = Assert.Single(view.Lines, l => l.ReportId == returned.Id);
        Assert.Equal(Timeliness.Missing, line.TimelinessOn(period.DueOn, new DateOnly(2026, 12, 1)));
        var onTime = view.Lines.Count(l => !l.IsArchived && l.Status is ReportStatus.Submitted or ReportStatus.Accepted
            && DateOnly.FromDateTime(l.SubmittedAt!.Value.AddHours(7)) <= period.DueOn);
        Assert.Equal(onTime, view.Total.OnTime);

        // The receiver's reviewer sees it among the overdue on the home page and in the list filtered to overdue.
        var email = "reviewer.returned@test.vn";
        await app.CreateUserAsync(email, MembershipRole.Leader, (await app.WithDbAsync((db, _) => db.Organizations.Where(o => o.Id == returned.ReceiverId).Select(o => o.Code).SingleAsync()))!);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, email);
        var owed = await app.WithDbAsync((db, _) => db.Reports.CountAsync(r => r.ReceiverId == returned.ReceiverId && !r.Organization!.IsArchived
            && (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned) && r.Period!.DueOn < new DateOnly(2026, 12, 1)));
        var home = await client.GetStringAsync("/");
        Assert.Contains($"data-figure=\"overdue\">{owed}<", home, StringComparison.Ordinal);
        var overdue = await Forms.HtmlAsync(await client.GetAsync($"/Reporting/Reports?box=received&overdue=true"));
        Assert.Contains(returned.Id.ToString(), overdue, StringComparison.Ordinal);
        Assert.Contains("trả lại, chưa gửi lại", overdue, StringComparison.Ordinal);
        // The period page and the home page agree: what is owed past the deadline is the same number.
        Assert.Equal(owed, view.Total.Missing);
        var page = await Forms.HtmlAsync(await client.GetAsync($"/Reporting/Periods/Details/{period.Id}"));
        Assert.Contains($"data-figure=\"missing\">{view.Total.Missing}<", page, StringComparison.Ordinal);
        Assert.Contains($"data-figure=\"late\">{view.Total.Late}<", page, StringComparison.Ordinal);
        Assert.Contains($"data-figure=\"on-time\">{view.Total.OnTime}<", page, StringComparison.Ordinal);
    }
}

public sealed class ReturnedReportTests_Sqlite(SqliteApp app) : ReturnedReportTests(app), IClassFixture<SqliteApp>;

public sealed class ReturnedReportTests_Postgres(PostgresApp app) : ReturnedReportTests(app), IClassFixture<PostgresApp>;
