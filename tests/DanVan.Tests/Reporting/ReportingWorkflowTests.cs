using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Reporting;

/// <summary>Open a period → write → submit → return → fix → resubmit → accept, through the real pages, on each engine.</summary>
public abstract class ReportingWorkflowTests(DanVanApp app)
{
    [Fact]
    public async Task A_plan_reader_who_may_not_read_the_reports_sees_the_periods_without_their_figures()
    {
        await app.CreateUserAsync("periods.reader@test.vn", MembershipRole.Officer, "TL.HND");
        var planId = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync());
        var period = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.PlanId == planId).OrderBy(p => p.DueOn).FirstAsync());
        var reader = app.CreateBrowser();
        await Forms.SignInAsync(reader, "periods.reader@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/Reporting/Periods/Details/{period.Id}")).StatusCode);
        var list = await reader.GetAsync($"/Reporting/Periods?planId={planId}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var html = await Forms.HtmlAsync(list);
        Assert.Contains(period.Title, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa gửi, quá hạn", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Reporting/Periods/Details/{period.Id}", html, StringComparison.Ordinal);

        var reviewer = app.CreateBrowser();
        await app.CreateUserAsync("periods.receiver@test.vn", MembershipRole.Viewer, "TL.DU");
        await Forms.SignInAsync(reviewer, "periods.receiver@test.vn");
        Assert.Contains("Chưa gửi, quá hạn", await Forms.HtmlAsync(await reviewer.GetAsync($"/Reporting/Periods?planId={planId}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_goes_from_draft_to_accepted_with_versions_and_completeness()
    {
        await app.CreateUserAsync("commune.reviewer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        // The People's Committee keeps the villages' statistics (DAN_SO by village), so its officer writes this report.
        await app.CreateUserAsync("farmers.officer@test.vn", MembershipRole.Officer, "TL.UBND");
        await app.CreateUserAsync("department.officer@test.vn", MembershipRole.Officer, "TQ.SNV");
        var planId = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync());
        var reviewer = app.CreateBrowser();
        await Forms.SignInAsync(reviewer, "commune.reviewer@test.vn");

        // A regime that does not make sense is refused with a message, and nothing is saved.
        var periodsUrl = $"/Reporting/Periods?planId={planId}";
        var regime = HtmlForm.Read(await reviewer.GetStringAsync(periodsUrl), "regime").Set("Regime[0].From", "01/01").Set("Regime[1].Due", "31/02");
        var badRegime = await Forms.HtmlAsync(await regime.PostAsync(reviewer, $"{periodsUrl}&handler=Regime"));
        Assert.Contains("lấy số liệu không quá một năm", badRegime, StringComparison.Ordinal);
        Assert.Contains("Hạn gửi báo cáo: ngày 31/2 không hợp lệ", badRegime, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.ReportingSchedules.CountAsync(r => r.PlanId == planId)));

        // Open the annual period (the demo holds 2026): dates left blank come from the regime (15/12/2026 – 14/12/2027, due 20/12/2027).
        var open = HtmlForm.Read(await reviewer.GetStringAsync(periodsUrl), "open-period").Set("Open.Kind", "Annual").Set("Open.Year", "2027");
        var opened = await open.PostAsync(reviewer, $"{periodsUrl}&handler=Open");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var period = await app.WithDbAsync((db, _) => db.ReportingPeriods.SingleAsync(p => p.PlanId == planId && p.Year == 2027 && p.Kind == PeriodKind.Annual));
        Assert.Equal((new DateOnly(2026, 12, 15), new DateOnly(2027, 12, 14), new DateOnly(2027, 12, 20)), (period.DataFrom, period.DataTo, period.DueOn));
        var expected = await app.WithDbAsync((db, _) => db.TaskAssignments.Where(a => a.Task!.PlanId == planId && a.OrganizationId != null).Select(a => a.OrganizationId).Distinct().CountAsync());
        Assert.Equal(expected, await app.WithDbAsync((db, _) => db.Reports.CountAsync(r => r.PeriodId == period.Id)));
        var again = await HtmlForm.Read(await reviewer.GetStringAsync(periodsUrl), "open-period").Set("Open.Kind", "Annual").Set("Open.Year", "2027").PostAsync(reviewer, $"{periodsUrl}&handler=Open");
        Assert.Contains("đã được mở", await Forms.HtmlAsync(again), StringComparison.Ordinal);

        var reportId = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.PeriodId == period.Id && r.Organization!.Code == "TL.UBND").Select(r => r.Id).SingleAsync());
        var farmer = app.CreateBrowser();
        await Forms.SignInAsync(farmer, "farmers.officer@test.vn");
        var editUrl = $"/Reporting/Reports/Edit/{reportId}";
        var form = HtmlForm.Read(await farmer.GetStringAsync(editUrl), "report-form");
        var population = await ValueFieldAsync(form, "DAN_SO", 0);
        var insured = await ValueFieldAsync(form, "BHYT", 0);

        // A bad value is refused with a message naming the indicator and the village; nothing is saved.
        form.Set("Form.Narratives[0].Results", "Tổ chức 3 buổi tuyên truyền tại các thôn.").Set(population, "1.200").Set(insured, "1.500");
        var refused = await form.PostAsync(farmer, $"{editUrl}?handler=Save");
        var refusedHtml = await Forms.HtmlAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("BHYT – Số người có thẻ bảo hiểm y tế, Thôn", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("số này không được lớn hơn", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Tổ chức 3 buổi tuyên truyền", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == reportId).Select(r => r.Revision).SingleAsync()));

        // Two people open the same draft; the second save is refused and keeps what they typed.
        var second = HtmlForm.Read(await farmer.GetStringAsync(editUrl), "report-form");
        form.Set(insured, "1.150");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(farmer, $"{editUrl}?handler=Save")).StatusCode);
        second.Set("Form.Narratives[0].Results", "Bản của người thứ hai.");
        var conflict = await Forms.HtmlAsync(await second.PostAsync(farmer, $"{editUrl}?handler=Save"));
        Assert.Contains("vừa lưu báo cáo này", conflict, StringComparison.Ordinal);
        Assert.Contains("Bản của người thứ hai.", conflict, StringComparison.Ordinal);
        Assert.Contains("their-version", conflict, StringComparison.Ordinal);
        var saved = await app.WithDbAsync((db, _) => db.Reports.Include(r => r.Narratives).Include(r => r.Values).SingleAsync(r => r.Id == reportId));
        Assert.Equal("Tổ chức 3 buổi tuyên truyền tại các thôn.", saved.Narratives.Single().Results);
        Assert.Contains(saved.Values, v => v.Number == 1150m);

        // Submit; the department of another branch cannot see it.
        form = HtmlForm.Read(await farmer.GetStringAsync(editUrl), "report-form");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(farmer, $"{editUrl}?handler=Submit")).StatusCode);
        var outsider = app.CreateBrowser();
        await Forms.SignInAsync(outsider, "department.officer@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Reporting/Reports/Details/{reportId}")).StatusCode);
        Assert.DoesNotContain("id=\"review\"", await farmer.GetStringAsync($"/Reporting/Reports/Details/{reportId}"), StringComparison.Ordinal);
        var selfAccept = await Forms.PostAsync(farmer, $"/Reporting/Reports/Details/{reportId}", new Dictionary<string, string> { ["Revision"] = "3", ["ConfirmAccept"] = "true" }, $"/Reporting/Reports/Details/{reportId}?handler=Accept");
        Assert.Equal(HttpStatusCode.Forbidden, selfAccept.StatusCode);

        // The receiver returns it: a comment is required.
        var detailsUrl = $"/Reporting/Reports/Details/{reportId}";
        var review = HtmlForm.Read(await reviewer.GetStringAsync(detailsUrl), "review");
        Assert.Contains("lý do trả lại", await Forms.HtmlAsync(await review.PostAsync(reviewer, $"{detailsUrl}?handler=Return")), StringComparison.Ordinal);
        review.Set("Comment", "Bổ sung số liệu hộ dùng nước sạch.");
        Assert.Equal(HttpStatusCode.Redirect, (await review.PostAsync(reviewer, $"{detailsUrl}?handler=Return")).StatusCode);

        // The unit's writers are told, in the app and by e-mail, with the comment; a failed attempt told nobody.
        var notices = await Forms.HtmlAsync(await farmer.GetAsync("/Notifications"));
        Assert.Contains("Báo cáo bị trả lại", notices, StringComparison.Ordinal);
        Assert.Contains("Ý kiến: Bổ sung số liệu hộ dùng nước sạch.", notices, StringComparison.Ordinal);
        await app.WithDbAsync((_, services) => services.GetRequiredService<DanVan.Web.Modules.Notifications.Contracts.INotifier>().DeliverEmailsAsync(CancellationToken.None));
        var mail = Assert.Single(app.Mail.To("farmers.officer@test.vn"), m => m.Subject.Contains("Báo cáo bị trả lại", StringComparison.Ordinal));
        Assert.Contains("Bổ sung số liệu hộ dùng nước sạch.", mail.Body, StringComparison.Ordinal);
        Assert.Empty(app.Mail.To("department.officer@test.vn"));

        // The officer fixes and resubmits.
        var returned = await farmer.GetStringAsync(editUrl);
        Assert.Contains("Bổ sung số liệu hộ dùng nước sạch.", System.Net.WebUtility.HtmlDecode(returned), StringComparison.Ordinal);
        form = HtmlForm.Read(returned, "report-form");
        form.Set(await ValueFieldAsync(form, "HO_TONG", 0), "300").Set(await ValueFieldAsync(form, "HO_NUOC_SACH", 0), "240").Set(await ValueFieldAsync(form, "BHYT", 0), "");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(farmer, $"{editUrl}?handler=Submit")).StatusCode);
        var insuredId = await app.WithDbAsync((db, _) => db.Indicators.Where(i => i.Code == "BHYT").Select(i => i.Id).SingleAsync());
        Assert.False(await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == reportId).SelectMany(r => r.Values).AnyAsync(v => v.IndicatorId == insuredId)));

        // Accepting needs the confirmation box; then the report is locked.
        review = HtmlForm.Read(await reviewer.GetStringAsync(detailsUrl), "review");
        Assert.Contains("ô xác nhận", await Forms.HtmlAsync(await review.PostAsync(reviewer, $"{detailsUrl}?handler=Accept")), StringComparison.Ordinal);
        review = HtmlForm.Read(await reviewer.GetStringAsync(detailsUrl), "review").Set("ConfirmAccept", "true");
        Assert.Equal(HttpStatusCode.Redirect, (await review.PostAsync(reviewer, $"{detailsUrl}?handler=Accept")).StatusCode);
        var locked = await farmer.GetAsync(editUrl);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Contains("Báo cáo đã được tiếp nhận", await Forms.HtmlAsync(await farmer.GetAsync("/Notifications")), StringComparison.Ordinal);

        var report = await app.WithDbAsync((db, _) => db.Reports.Include(r => r.Events).SingleAsync(r => r.Id == reportId));
        Assert.Equal(ReportStatus.Accepted, report.Status);
        Assert.Equal([ReportAction.Submitted, ReportAction.Returned, ReportAction.Submitted, ReportAction.Accepted], report.Events.OrderBy(e => e.Sequence).Select(e => e.Action));
        Assert.Equal(2, report.Version);
        var comparison = await Forms.HtmlAsync(await reviewer.GetAsync($"/Reporting/Reports/Compare/{reportId}?from=1&to=2"));
        Assert.Contains("HO_NUOC_SACH", comparison, StringComparison.Ordinal);
        Assert.Contains("changed", comparison, StringComparison.Ordinal);

        // Completeness: one of the expected reports is in, on time (today is before the deadline or not, the first submission decides).
        var completeness = await Forms.HtmlAsync(await reviewer.GetAsync($"/Reporting/Periods/Details/{period.Id}"));
        Assert.Contains($"data-figure=\"expected\">{expected}<", completeness, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"submitted\">1 ", completeness, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"accepted\">1<", completeness, StringComparison.Ordinal);

        // The history cannot be rewritten, even by SQL.
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync((db, _) => db.Database.ExecuteSqlRawAsync("UPDATE reporting_report_events SET \"Comment\" = 'x'")));
    }

    /// <summary>The name of the value input of an indicator (its n-th row: the n-th village for village indicators).</summary>
    [Fact]
    public async Task The_demo_holds_a_closed_half_year_with_every_outcome_and_an_open_year_on_both_plans()
    {
        var periods = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.IsDemo)
            .Select(p => new { p.Id, p.Kind, p.Year, p.DueOn, Issuer = p.Plan!.Organization!.Code }).ToListAsync());
        Assert.Equal(4, periods.Count);
        foreach (var issuer in new[] { "TQ.TU", "TL.DU" })
        {
            var half = periods.Single(p => p.Issuer == issuer && p.Kind == PeriodKind.SixMonth && p.Year == 2026);
            Assert.Equal(new DateOnly(2026, 6, 20), half.DueOn);
            var reports = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.PeriodId == half.Id).Select(r => new { r.Status, r.FirstSubmittedAt }).ToListAsync());
            Assert.Contains(reports, r => r.Status == ReportStatus.Accepted && r.FirstSubmittedAt < new DateTime(2026, 6, 20, 17, 0, 0, DateTimeKind.Utc));
            Assert.Contains(reports, r => r.Status == ReportStatus.Accepted && r.FirstSubmittedAt > new DateTime(2026, 6, 20, 17, 0, 0, DateTimeKind.Utc));
            Assert.Contains(reports, r => r.Status == ReportStatus.Returned);
            Assert.Contains(reports, r => r.Status == ReportStatus.Draft && r.FirstSubmittedAt == null);
            var annual = periods.Single(p => p.Issuer == issuer && p.Kind == PeriodKind.Annual && p.Year == 2026);
            Assert.Contains(await app.WithDbAsync((db, _) => db.Reports.Where(r => r.PeriodId == annual.Id).Select(r => r.Status).ToListAsync()), s => s == ReportStatus.Submitted);
        }

        // The receiver sees the late and missing units on the period page.
        await app.CreateUserAsync("demo.reviewer@test.vn", MembershipRole.Leader, "TL.DU", subtree: true);
        var reviewer = app.CreateBrowser();
        await Forms.SignInAsync(reviewer, "demo.reviewer@test.vn");
        var page = await Forms.HtmlAsync(await reviewer.GetAsync($"/Reporting/Periods/Details/{periods.Single(p => p.Issuer == "TL.DU" && p.Kind == PeriodKind.SixMonth).Id}"));
        Assert.Matches("data-figure=\"late\">[1-9]", page);
        Assert.Matches("data-figure=\"missing\">[1-9]", page);
    }

    [Fact]
    public async Task Two_editors_are_merged_field_by_field_and_nobody_s_text_goes_back_to_an_old_one()
    {
        await app.CreateUserAsync("merge.reviewer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        await app.CreateUserAsync("merge.one@test.vn", MembershipRole.Officer, "TL.HPN");
        await app.CreateUserAsync("merge.two@test.vn", MembershipRole.Officer, "TL.HPN");
        var reviewer = app.CreateBrowser();
        await Forms.SignInAsync(reviewer, "merge.reviewer@test.vn");
        await Periods.OpenOnRequestAsync(app, reviewer, "Báo cáo gộp hai người 2027", "01/01/2027", "30/04/2027", "10/05/2027");
        var reportId = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Period!.Title == "Báo cáo gộp hai người 2027" && r.Organization!.Code == "TL.HPN").Select(r => r.Id).SingleAsync());
        var editUrl = $"/Reporting/Reports/Edit/{reportId}";
        var one = app.CreateBrowser();
        var two = app.CreateBrowser();
        await Forms.SignInAsync(one, "merge.one@test.vn");
        await Forms.SignInAsync(two, "merge.two@test.vn");
        Task<ReportNarrative> FirstAsync() => app.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == reportId).SelectMany(r => r.Narratives).OrderBy(n => n.TaskId).FirstAsync());
        var seed = HtmlForm.Read(await one.GetStringAsync(editUrl), "report-form");
        Assert.Equal(HttpStatusCode.Redirect, (await seed.Set("Form.Narratives[0].Results", "Kết quả ban đầu.").Set("Form.Narratives[0].Limitations", "Hạn chế ban đầu.").PostAsync(one, $"{editUrl}?handler=Save")).StatusCode);

        // Both open the saved draft; one rewrites the results, then two writes the limitations only.
        var formOne = HtmlForm.Read(await one.GetStringAsync(editUrl), "report-form");
        var formTwo = HtmlForm.Read(await two.GetStringAsync(editUrl), "report-form");
        Assert.Equal(HttpStatusCode.Redirect, (await formOne.Set("Form.Narratives[0].Results", "Kết quả của người thứ nhất.").PostAsync(one, $"{editUrl}?handler=Save")).StatusCode);
        var merged = await formTwo.Set("Form.Narratives[0].Limitations", "Hạn chế của người thứ hai.").PostAsync(two, $"{editUrl}?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var first = await FirstAsync();
        Assert.Equal(("Kết quả của người thứ nhất.", "Hạn chế của người thứ hai."), (first.Results, first.Limitations));

        // Both change the same field: the second is shown both versions, the first's text stays saved until the
        // second saves again knowingly; fields the second never touched keep the first's text.
        formOne = HtmlForm.Read(await one.GetStringAsync(editUrl), "report-form");
        formTwo = HtmlForm.Read(await two.GetStringAsync(editUrl), "report-form");
        Assert.Equal(HttpStatusCode.Redirect, (await formOne.Set("Form.Narratives[0].Results", "Bản sửa lần hai của người thứ nhất.").Set("Form.Narratives[0].Proposals", "Kiến nghị của người thứ nhất.").PostAsync(one, $"{editUrl}?handler=Save")).StatusCode);
        var conflict = await formTwo.Set("Form.Narratives[0].Results", "Bản sửa của người thứ hai.").PostAsync(two, $"{editUrl}?handler=Save");
        var html = await Forms.HtmlAsync(conflict);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("1 mục cả hai cùng sửa", html, StringComparison.Ordinal);
        Assert.Contains("Bản sửa của người thứ hai.", html, StringComparison.Ordinal);
        Assert.Equal("Bản sửa lần hai của người thứ nhất.", (await FirstAsync()).Results);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(html, "report-form").PostAsync(two, $"{editUrl}?handler=Save")).StatusCode);
        first = await FirstAsync();
        Assert.Equal(("Bản sửa của người thứ hai.", "Hạn chế của người thứ hai.", "Kiến nghị của người thứ nhất."), (first.Results, first.Limitations, first.Proposals));
    }

    private async Task<string> ValueFieldAsync(HtmlForm form, string code, int row)
    {
        var indicatorId = (await app.WithDbAsync((db, _) => db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync())).ToString();
        var matching = form.Names.Where(n => n.EndsWith("].IndicatorId", StringComparison.Ordinal) && form[n] == indicatorId).ToList();
        return matching[row].Replace("IndicatorId", "Raw", StringComparison.Ordinal);
    }
}

public sealed class ReportingWorkflowTests_Sqlite(SqliteApp app) : ReportingWorkflowTests(app), IClassFixture<SqliteApp>;

public sealed class ReportingWorkflowTests_Postgres(PostgresApp app) : ReportingWorkflowTests(app), IClassFixture<PostgresApp>;
