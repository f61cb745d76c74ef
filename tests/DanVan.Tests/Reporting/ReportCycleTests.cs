using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Reporting;

/// <summary>A unit's report shows its tasks' cycles; submitting it records the cycles the officer ticked, and only those, on each engine.</summary>
public abstract class ReportCycleTests(DanVanApp app)
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public async Task Submitting_a_report_records_the_cycles_the_officer_confirmed_done_and_nothing_else()
    {
        using var _ = app.Clock.At(Today);
        // An editable report of the commune plan's year whose unit has two parts with the second half still open.
        var (reportId, code, cycles) = await app.WithDbAsync(async (db, _) =>
        {
            var candidates = await db.Reports
                .Where(r => r.Period!.Kind == PeriodKind.Annual && r.Period.Plan!.IsDemo && r.Period.Plan.ParentPlanId != null
                    && (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned))
                .Select(r => new { r.Id, r.OrganizationId, r.Organization!.Code, r.Period!.PlanId }).ToListAsync();
            foreach (var candidate in candidates)
            {
                var open = await db.TaskCycles.Where(c => c.Assignment!.OrganizationId == candidate.OrganizationId && c.Assignment.Task!.PlanId == candidate.PlanId
                        && c.Key == "2026-H2" && c.CompletedOn == null)
                    .Select(c => c.Id).ToListAsync();
                if (open.Count >= 2)
                {
                    return (candidate.Id, candidate.Code!, open);
                }
            }

            throw new InvalidOperationException("The demo has no editable annual report of a unit with two open cycles.");
        });
        var email = $"report.cycles.{code.ToLowerInvariant()}@test.vn";
        await app.CreateUserAsync(email, MembershipRole.Officer, code);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, email);
        var editUrl = $"/Reporting/Reports/Edit/{reportId}";

        var status = await StatusAsync(reportId);
        var page = await client.GetStringAsync(editUrl);
        Assert.Contains($"data-cycle=\"{cycles[0]}\"", page, StringComparison.Ordinal);
        Assert.Contains("6 tháng cuối năm 2026 (hạn 14/12/2026)", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains($"id=\"complete-{cycles[1]}\"", page, StringComparison.Ordinal);

        // A cycle of another unit slipped into the form refuses the whole submission: nothing is submitted or recorded.
        var foreign = await app.WithDbAsync((db, _) => db.TaskCycles.Where(c => c.Assignment!.Organization!.Code != code && c.CompletedOn == null).Select(c => c.Id).FirstAsync());
        const string Results = "Đã tổ chức 4 hội nghị quán triệt tại các thôn.";
        var form = HtmlForm.Read(page, "report-form").Set("Form.Narratives[0].Results", Results).Set("Form.CompleteCycles", cycles[0].ToString(), foreign.ToString());
        var refused = await form.PostAsync(client, $"{editUrl}?handler=Submit");
        Assert.Contains("không thuộc nhiệm vụ của đơn vị", await Forms.HtmlAsync(refused), StringComparison.Ordinal);
        Assert.Equal(status, await StatusAsync(reportId));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.TaskCycles.CountAsync(c => (c.Id == cycles[0] || c.Id == foreign) && c.CompletedOn != null)));

        // Ticked and only saved as a draft: nothing is recorded, and the page says so.
        form = HtmlForm.Read(await client.GetStringAsync(editUrl), "report-form").Set("Form.Narratives[0].Results", Results).Set("Form.CompleteCycles", cycles[0].ToString());
        var draft = await form.PostAsync(client, $"{editUrl}?handler=Save");
        Assert.Contains("chưa được ghi nhận", await Forms.HtmlAsync(await client.GetAsync(draft.Headers.Location)), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync((db, _) => db.TaskCycles.Where(c => c.Id == cycles[0]).Select(c => c.CompletedOn).SingleAsync()));

        // Ticked: the first cycle. Submitted, it is done today with a note naming the report; the second stays open.
        form = HtmlForm.Read(await client.GetStringAsync(editUrl), "report-form").Set("Form.Narratives[0].Results", Results).Set("Form.CompleteCycles", cycles[0].ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(client, $"{editUrl}?handler=Submit")).StatusCode);
        Assert.Equal(ReportStatus.Submitted, await StatusAsync(reportId));
        var (first, second) = await app.WithDbAsync(async (db, _) => (
            await db.TaskCycles.SingleAsync(c => c.Id == cycles[0]), await db.TaskCycles.SingleAsync(c => c.Id == cycles[1])));
        Assert.Equal(Today, first.CompletedOn);
        Assert.Null(second.CompletedOn);
        var note = await app.WithDbAsync((db, _) => db.TaskProgress.Where(p => p.CycleId == cycles[0] && p.Completes).Select(p => p.Note).SingleAsync());
        Assert.StartsWith("Ghi nhận hoàn thành khi gửi báo cáo “Báo cáo tổng kết năm 2026”.", note, StringComparison.Ordinal);
    }

    private Task<ReportStatus> StatusAsync(Guid reportId) => app.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync());
}

public sealed class ReportCycleTests_Sqlite(SqliteApp app) : ReportCycleTests(app), IClassFixture<SqliteApp>;

public sealed class ReportCycleTests_Postgres(PostgresApp app) : ReportCycleTests(app), IClassFixture<PostgresApp>;
