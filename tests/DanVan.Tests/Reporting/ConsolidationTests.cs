using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Reporting.Consolidation;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ConsolidationPage = DanVan.Web.Modules.Reporting.Consolidation.IndexModel;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Reporting;

/// <summary>Roll-up on a hand-made tree, on each engine: sums, ratios from summed parts, missing not zero, archived and moved units.</summary>
public abstract class ConsolidationTests(DanVanApp app)
{
    [Fact]
    public async Task Figures_roll_up_the_tree_with_ratios_from_summed_parts_and_missing_reports_left_out()
    {
        await app.CreateUserAsync("consolidation.reviewer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        var reviewer = app.CreateBrowser();
        await Forms.SignInAsync(reviewer, "consolidation.reviewer@test.vn");
        const string title = "Báo cáo kiểm thử tổng hợp";
        await Periods.OpenOnRequestAsync(app, reviewer, title, "01/01/2028", "31/03/2028", "10/04/2028");
        var villages = await app.WithDbAsync((db, _) => db.Areas.Where(a => a.Parent!.Code == "02287").OrderBy(a => a.Code).Select(a => a.Id).ToListAsync());
        var village = villages[0];

        // Each unit gives the statistics of its own village (a village counts once: see the test below).
        // Farmers submitted, women accepted; youth was returned, veterans never sent: not counted, not zero.
        await FileAsync("TL.HND", title, villages[0], population: 100, insured: 50, dialogues: 4, "submit");
        await FileAsync("TL.HPN", title, villages[1], population: 200, insured: 150, dialogues: 6, "accept");
        await FileAsync("TL.DTN", title, villages[2], population: 999, insured: 999, dialogues: 99, "return");
        await FileAsync("TL.CCB", title, villages[0], population: 888, insured: 888, dialogues: 88, "draft");
        // The military cell submitted, then was archived: its figures leave the roll-up.
        await FileAsync("TL.CBQS", title, villages[2], population: 5000, insured: 5000, dialogues: 50, "submit");
        await app.WithDbAsync(async (db, _) =>
        {
            (await db.Organizations.SingleAsync(o => o.Code == "TL.CBQS")).Archive(hasActiveChildren: false, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var result = await ConsolidateAsync(title, "TL.DU");
        Assert.Equal(300m, result.Overall[Id("DAN_SO")]);
        Assert.Equal(200m, result.Overall[Id("BHYT")]);
        Assert.Equal(66.67m, result.Overall[Id("TL_BHYT")]); // 200 / 300, not the average of 50% and 75%
        Assert.Equal(10m, result.Overall[Id("DOI_THOAI")]);
        Assert.Null(result.Overall[Id("KY_NANG_SO")]); // nobody reported it: unknown, not zero
        Assert.Equal(100m, result.Villages.Single(v => v.Id == villages[0]).Figures[Id("DAN_SO")]);
        Assert.Equal(200m, result.Villages.Single(v => v.Id == villages[1]).Figures[Id("DAN_SO")]);
        Assert.Equal(2, result.CountedReports);
        Assert.Contains("TL.DTN", await CodesAsync(result.Missing));
        Assert.Contains("TL.CCB", await CodesAsync(result.Missing));
        Assert.DoesNotContain("TL.CBQS", await CodesAsync(result.Missing));

        // Farmers and women sit under the Fatherland Front: the commune sees them in its row.
        var front = result.Children.Single(c => c.Name.StartsWith("Ủy ban Mặt trận", StringComparison.Ordinal));
        Assert.Equal(300m, front.Figures[Id("DAN_SO")]);
        Assert.Equal(66.67m, front.Figures[Id("TL_BHYT")]);

        // Moving the farmers' union directly under the Party committee moves its figures, never doubles them.
        await app.WithDbAsync(async (db, _) =>
        {
            var farmers = await db.Organizations.SingleAsync(o => o.Code == "TL.HND");
            var committee = await db.Organizations.SingleAsync(o => o.Code == "TL.DU");
            farmers.MoveUnder(committee, await db.Organizations.Where(o => o.Path.StartsWith(farmers.Path) && o.Id != farmers.Id).ToListAsync());
            return await db.SaveChangesAsync();
        });
        result = await ConsolidateAsync(title, "TL.DU");
        Assert.Equal(300m, result.Overall[Id("DAN_SO")]);
        Assert.Equal(200m, result.Children.Single(c => c.Name.StartsWith("Ủy ban Mặt trận", StringComparison.Ordinal)).Figures[Id("DAN_SO")]);
        Assert.Equal(100m, result.Children.Single(c => c.Name.StartsWith("Hội Nông dân", StringComparison.Ordinal)).Figures[Id("DAN_SO")]);
        Assert.Equal(75m, (await ConsolidateAsync(title, "TL.MTTQ")).Overall[Id("TL_BHYT")]);

        // Returned and resubmitted: counted once, with the new figures.
        await FileAsync("TL.DTN", title, villages[2], population: 10, insured: 10, dialogues: 1, "resubmit");
        result = await ConsolidateAsync(title, "TL.DU");
        Assert.Equal(310m, result.Overall[Id("DAN_SO")]);
        Assert.Equal(3, result.CountedReports);

        // The dashboard hands over the report lines it has read for completeness: the same count and the same list.
        var handedOver = await app.WithDbAsync(async (db, services) =>
        {
            var period = await db.ReportingPeriods.Include(p => p.Plan).SingleAsync(p => p.Title == title);
            var unit = await db.Organizations.SingleAsync(o => o.Code == "TL.DU");
            var view = await services.GetRequiredService<CompletenessQuery>().ForAsync(period, unit, new DateOnly(2028, 4, 20), CancellationToken.None);
            return await services.GetRequiredService<ConsolidationQuery>().ForAsync(period, unit, view.Lines, CancellationToken.None);
        });
        Assert.Equal(result.CountedReports, handedOver.CountedReports);
        Assert.Equal(result.Missing.Select(m => m.ReportId), handedOver.Missing.Select(m => m.ReportId));
        Assert.Equal(result.Children.Select(c => c.Id), handedOver.Children.Select(c => c.Id));

        // The page: figures, who is not counted, and each unit's passage under its task; another branch gets 404.
        var periodId = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        var page = await Forms.HtmlAsync(await reviewer.GetAsync($"/Reporting/Consolidation/{periodId}"));
        Assert.Matches("data-indicator=\"TL_BHYT\">[\\s\\S]*?data-cell=\"total\">67,74%<", page); // (50 + 150 + 10) / (100 + 200 + 10)
        Assert.Contains("Hội Cựu chiến binh xã Thượng Lâm (đang soạn)", page, StringComparison.Ordinal);
        Assert.Contains("Kết quả của TL.HPN: 6 cuộc đối thoại.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Kết quả của TL.CCB", page, StringComparison.Ordinal);
        await app.CreateUserAsync("consolidation.outsider@test.vn", MembershipRole.Officer, "TQ.SNV");
        var outsider = app.CreateBrowser();
        await Forms.SignInAsync(outsider, "consolidation.outsider@test.vn");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await outsider.GetAsync($"/Reporting/Consolidation/{periodId}")).StatusCode);

        // The dashboard follows the same rule, and a unit outside the receiver's tree is not found.
        var planId = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.Id == periodId).Select(p => p.PlanId).SingleAsync());
        var province = await app.OrganizationAsync("TQ.SNV");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await outsider.GetAsync($"/Reporting/Dashboard?planId={planId}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await reviewer.GetAsync($"/Reporting/Dashboard?planId={planId}&unitId={province.Id}")).StatusCode);
        var dashboard = await Forms.HtmlAsync(await reviewer.GetAsync($"/Reporting/Dashboard?planId={planId}&indicator=DOI_THOAI"));
        Assert.Contains("id=\"chart-trend\"", dashboard, StringComparison.Ordinal);

        // The demo is left as it was found, for the other tests of this class: the union back under the Front, the cell restored.
        await app.WithDbAsync(async (db, _) =>
        {
            var farmers = await db.Organizations.SingleAsync(o => o.Code == "TL.HND");
            var front = await db.Organizations.SingleAsync(o => o.Code == "TL.MTTQ");
            farmers.MoveUnder(front, await db.Organizations.Where(o => o.Path.StartsWith(farmers.Path) && o.Id != farmers.Id).ToListAsync());
            (await db.Organizations.Include(o => o.Parent).SingleAsync(o => o.Code == "TL.CBQS")).Restore();
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task The_dashboard_trend_shows_each_periods_consolidated_figure_for_sums_and_ratios()
    {
        await app.CreateUserAsync("trend.reader@test.vn", MembershipRole.Viewer, "TL.DU", subtree: true);
        var reader = app.CreateBrowser();
        await Forms.SignInAsync(reader, "trend.reader@test.vn");
        var planId = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync());
        foreach (var code in new[] { "DOI_THOAI", "TL_BHYT" })
        {
            var html = await Forms.HtmlAsync(await reader.GetAsync($"/Reporting/Dashboard?planId={planId}&indicator={code}"));
            var trend = System.Text.RegularExpressions.Regex.Match(html, "id=\"chart-trend\"[\\s\\S]*?</table>").Value;
            var rows = System.Text.RegularExpressions.Regex.Matches(trend, "<tr[^>]*><th scope=\"row\">([^<]+?)(?: \\(tạm tính\\))?</th><td data-value=\"([^\"]*)\"");
            Assert.Equal(2, rows.Count);
            foreach (System.Text.RegularExpressions.Match row in rows)
            {
                var periodId = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.PlanId == planId && p.Title == row.Groups[1].Value).Select(p => p.Id).SingleAsync());
                var expected = (await ConsolidateAsync(periodId, "TL.DU")).Overall[Id(code)];
                Assert.NotNull(expected);
                Assert.Equal(expected.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Groups[2].Value);
            }
        }
    }

    [Fact]
    public async Task The_commune_consolidates_into_its_report_to_the_province_which_consolidates_its_communes()
    {
        var plans = await OpenOnBothDemoPlansAsync("chain.province@test.vn", PeriodKind.SixMonth, 2028);

        var communePeriod = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.PlanId == plans["TL.DU"] && p.Year == 2028 && p.Kind == PeriodKind.SixMonth).Select(p => new { p.Id, p.Title }).SingleAsync());
        var villages = await app.WithDbAsync((db, _) => db.Areas.Where(a => a.Parent!.Code == "02287").OrderBy(a => a.Code).Select(a => a.Id).ToListAsync());
        await FileAsync("TL.HND", communePeriod.Title, villages[0], population: 400, insured: 300, dialogues: 3, "submit", communePeriod.Id);
        await FileAsync("TL.HPN", communePeriod.Title, villages[1], population: 600, insured: 500, dialogues: 5, "accept", communePeriod.Id);

        // The commune's officer puts the consolidation into its report to the province; a tick confirms the replacement.
        await app.CreateUserAsync("chain.commune@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        var commune = app.CreateBrowser();
        await Forms.SignInAsync(commune, "chain.commune@test.vn");
        var pageUrl = $"/Reporting/Consolidation/{communePeriod.Id}";
        Assert.Contains("upward-draft", await commune.GetStringAsync(pageUrl), StringComparison.Ordinal);
        var unconfirmed = await Forms.PostAsync(commune, pageUrl, new Dictionary<string, string>(), $"{pageUrl}?handler=Draft");
        Assert.Contains("Hãy đánh dấu ô xác nhận", await Forms.HtmlAsync(unconfirmed), StringComparison.Ordinal);
        var drafted = await Forms.PostAsync(commune, pageUrl, new Dictionary<string, string> { ["confirmReplace"] = "true" }, $"{pageUrl}?handler=Draft");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, drafted.StatusCode);
        var upward = await app.WithDbAsync((db, _) => db.Reports.Include(r => r.Values).Include(r => r.Narratives)
            .SingleAsync(r => r.Organization!.Code == "TL.DU" && r.Period!.PlanId == plans["TQ.TU"] && r.Period.Year == 2028));
        Assert.Equal(drafted.Headers.Location!.OriginalString, $"/Reporting/Reports/Edit/{upward.Id}");
        Assert.Equal(ReportStatus.Draft, upward.Status);
        Assert.Equal(400m, upward.Values.Single(v => v.IndicatorId == Id("DAN_SO") && v.AreaId == villages[0]).Number);
        Assert.Equal(600m, upward.Values.Single(v => v.IndicatorId == Id("DAN_SO") && v.AreaId == villages[1]).Number);
        Assert.DoesNotContain(upward.Values, v => v.IndicatorId == Id("DAN_SO") && v.AreaId == null);

        // Figure by figure, what the consolidation page shows is what the draft, the issued .docx and the .xlsx carry.
        var consolidated = await ConsolidateAsync(communePeriod.Id, "TL.DU");
        var consolidationPage = await Forms.HtmlAsync(await commune.GetAsync(pageUrl));
        var documentUrl = $"/Reporting/Reports/Document/{upward.Id}";
        var issue = HtmlForm.Read(await commune.GetStringAsync(documentUrl), "document-form")
            .Set("Input.Recipients", "Ban Thường vụ Tỉnh ủy (để báo cáo)\nLưu Văn phòng Đảng ủy").Set("Input.SignerName", "Nguyễn Văn An");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await issue.PostAsync(commune, documentUrl)).StatusCode);
        var docx = System.Text.Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await commune.GetByteArrayAsync($"{documentUrl}?handler=Docx"), "docx", "txt:Text"));
        var xlsx = DanVan.Documents.Spreadsheets.XlsxReader.Read(await commune.GetByteArrayAsync($"{documentUrl}?handler=Xlsx")).Sheet("Chỉ tiêu")!;
        var draft = await app.WithDbAsync(async (db, services) => await services.GetRequiredService<ReportWorkspace>().LoadAsync(upward.Id, new OrgScope("test", true, []), CancellationToken.None));
        var compared = 0;
        foreach (var indicator in consolidated.Indicators.Where(i => i.Type != IndicatorType.YesNo))
        {
            if (consolidated.Overall[indicator.Id] is not { } figure)
            {
                continue;
            }

            var shown = IndicatorValues.Format(figure) + (indicator.Type == IndicatorType.Percent ? "%" : "");
            Assert.Matches($"data-indicator=\"{indicator.Code}\">[\\s\\S]*?data-cell=\"total\">{System.Text.RegularExpressions.Regex.Escape(shown)}<", consolidationPage);
            Assert.Equal(figure, draft!.TotalOf(indicator, draft.Report.Values));
            Assert.Matches($"{System.Text.RegularExpressions.Regex.Escape(indicator.Name)}\\s+{System.Text.RegularExpressions.Regex.Escape(indicator.Unit)}\\s+{System.Text.RegularExpressions.Regex.Escape(IndicatorValues.Format(indicator, figure, null))}\\s", docx);
            var row = Enumerable.Range(1, xlsx.LastRow).Single(r => xlsx[r, 1]?.Text == indicator.Code && xlsx[r, 4]?.Text == "Toàn đơn vị");
            Assert.Equal(figure, decimal.Parse(xlsx[row, 5]!.Text, System.Globalization.CultureInfo.InvariantCulture));
            compared++;
        }

        Assert.True(compared >= 4, $"{compared} figures compared");
        Assert.Equal(8m, upward.Values.Single(v => v.IndicatorId == Id("DOI_THOAI")).Number);
        var compiled = upward.Narratives.Single().Results!;
        Assert.Contains("- Hội Nông dân xã Thượng Lâm: Kết quả của TL.HND: 3 cuộc đối thoại.", compiled, StringComparison.Ordinal);
        Assert.Contains("- Hội Liên hiệp Phụ nữ xã Thượng Lâm: Kết quả của TL.HPN: 5 cuộc đối thoại.", compiled, StringComparison.Ordinal);

        // The commune submits; the province's consolidation counts the commune once, with the commune's totals.
        await app.WithDbAsync(async (db, _) =>
        {
            var report = await db.Reports.Include(r => r.Values).Include(r => r.Narratives).Include(r => r.Events).SingleAsync(r => r.Id == upward.Id);
            report.Submit(report.Revision, "{}", new ReportActor("test", "Kiểm thử"), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var provincePeriod = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.PlanId == plans["TQ.TU"] && p.Year == 2028 && p.Kind == PeriodKind.SixMonth).Select(p => p.Id).SingleAsync());
        var national = await ConsolidateAsync(provincePeriod, "TQ.TU");
        Assert.Equal(1000m, national.Overall[Id("DAN_SO")]);
        Assert.Equal(80m, national.Overall[Id("TL_BHYT")]); // (300 + 500) / (400 + 600), from the villages once
        Assert.Equal(1, national.CountedReports);
        Assert.Equal(1000m, national.Children.Single(c => c.Name == "Đảng ủy xã Thượng Lâm").Figures[Id("DAN_SO")]);
    }

    [Fact]
    public async Task A_village_reported_by_five_units_is_counted_once_in_the_commune_and_the_province()
    {
        var plans = await OpenOnBothDemoPlansAsync("once.province@test.vn", PeriodKind.Annual, 2029);

        var period = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.PlanId == plans["TL.DU"] && p.Year == 2029 && p.Kind == PeriodKind.Annual).Select(p => new { p.Id, p.Title }).SingleAsync());
        var villages = await app.WithDbAsync((db, _) => db.Areas.Where(a => a.Parent!.Code == "02287").OrderBy(a => a.Code).Select(a => a.Id).ToListAsync());

        // Five units give the same village's population (a copy, a unit that changed kind): 520 people, not 2,600.
        foreach (var code in new[] { "TL.UBND", "TL.HND", "TL.HPN", "TL.DTN", "TL.CCB" })
        {
            await FileAsync(code, period.Title, villages[0], population: 520, insured: 500, dialogues: 2, "submit", period.Id);
        }

        var commune = await ConsolidateAsync(period.Id, "TL.DU");
        Assert.Equal(520m, commune.Overall[Id("DAN_SO")]);
        Assert.Equal(500m, commune.Overall[Id("BHYT")]);
        Assert.Equal(96.15m, commune.Overall[Id("TL_BHYT")]);
        Assert.Equal(520m, commune.Villages.Single(v => v.Id == villages[0]).Figures[Id("DAN_SO")]);
        Assert.Equal(520m, commune.Children.Sum(c => c.Figures[Id("DAN_SO")] ?? 0)); // under one child only
        Assert.Equal(10m, commune.Overall[Id("DOI_THOAI")]); // each unit's own activities do add up

        // The dashboard's trend reads the same figure.
        var trend = await app.WithDbAsync(async (db, services) =>
        {
            var reportingPeriod = await db.ReportingPeriods.SingleAsync(p => p.Id == period.Id);
            var unit = await db.Organizations.SingleAsync(o => o.Code == "TL.DU");
            return await services.GetRequiredService<ConsolidationQuery>().OverallByPeriodAsync([reportingPeriod], unit, CancellationToken.None);
        });
        Assert.Equal(520m, trend[period.Id][Id("DAN_SO")]);
        Assert.Equal(96.15m, trend[period.Id][Id("TL_BHYT")]);

        // The commune sends its consolidation up; the province counts the village once too.
        await app.CreateUserAsync("once.commune@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        var officer = app.CreateBrowser();
        await Forms.SignInAsync(officer, "once.commune@test.vn");
        var pageUrl = $"/Reporting/Consolidation/{period.Id}";
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await Forms.PostAsync(officer, pageUrl, new Dictionary<string, string> { ["confirmReplace"] = "true" }, $"{pageUrl}?handler=Draft")).StatusCode);
        await app.WithDbAsync(async (db, _) =>
        {
            var report = await db.Reports.Include(r => r.Values).Include(r => r.Narratives).Include(r => r.Events)
                .SingleAsync(r => r.Organization!.Code == "TL.DU" && r.Period!.PlanId == plans["TQ.TU"] && r.Period.Year == 2029);
            report.Submit(report.Revision, "{}", new ReportActor("test", "Kiểm thử"), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var provincePeriod = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.PlanId == plans["TQ.TU"] && p.Year == 2029).Select(p => p.Id).SingleAsync());
        var province = await ConsolidateAsync(provincePeriod, "TQ.TU");
        Assert.Equal(520m, province.Overall[Id("DAN_SO")]);
        Assert.Equal(520m, province.Children.Sum(c => c.Figures[Id("DAN_SO")] ?? 0));
        Assert.False(province.ByVillage); // above the commune, grouped per child in the database
        Assert.Empty(province.Villages);

        // A unit of another branch of the province gives the same village (a copy placed elsewhere): above the commune
        // too the village counts once, under the branch that gave the largest figure.
        var other = await app.WithDbAsync(async (db, _) =>
        {
            var communePath = await db.Organizations.Where(o => o.Code == "TL.DU").Select(o => o.Path).SingleAsync();
            return await db.Reports.Where(r => r.PeriodId == provincePeriod && !r.Organization!.Path.StartsWith(communePath))
                .OrderBy(r => r.Organization!.Code).Select(r => r.Organization!.Code).FirstAsync();
        });
        await FileAsync(other, "", villages[0], population: 530, insured: 510, dialogues: 1, "submit", provincePeriod);
        province = await ConsolidateAsync(provincePeriod, "TQ.TU");
        Assert.True(province.ByVillage);
        Assert.Equal(530m, province.Overall[Id("DAN_SO")]);
        Assert.Equal(530m, province.Children.Sum(c => c.Figures[Id("DAN_SO")] ?? 0));
    }

    [Fact]
    public async Task The_page_shows_the_first_passages_of_each_task_and_pages_the_rest_of_one_task()
    {
        await app.CreateUserAsync("passages.reader@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        var reader = app.CreateBrowser();
        await Forms.SignInAsync(reader, "passages.reader@test.vn");
        const string title = "Báo cáo kiểm thử phân trang nội dung";
        await Periods.OpenOnRequestAsync(app, reader, title, "01/04/2028", "30/06/2028", "10/07/2028");
        var village = await app.WithDbAsync((db, _) => db.Areas.Where(a => a.Parent!.Code == "02287").OrderBy(a => a.Code).Select(a => a.Id).FirstAsync());
        var periodId = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        foreach (var code in await app.WithDbAsync((db, _) => db.Reports.Where(r => r.PeriodId == periodId).Select(r => r.Organization!.Code).ToListAsync()))
        {
            await FileAsync(code, title, village, population: 10, insured: 5, dialogues: 1, "submit");
        }

        var busiest = (Period: periodId, Task: (await PassagesAsync(periodId, "TL.DU")).MaxBy(t => t.Passages.Count)!);
        Assert.True(busiest.Task.Passages.Count > ConsolidationPage.PassagesPerTask, $"the commune has a task with more passages than the overview shows ({busiest.Task.Passages.Count})");

        var url = $"/Reporting/Consolidation/{busiest.Period}";
        var overview = await Forms.HtmlAsync(await reader.GetAsync(url));
        var section = Section(overview, busiest.Task.Number);
        Assert.Equal(ConsolidationPage.PassagesPerTask, Count(section, "data-passage"));
        Assert.Contains($"Xem tất cả {busiest.Task.Passages.Count} nội dung của nhiệm vụ này", section, StringComparison.Ordinal);
        // The five shown are the first five in Vietnamese order of the unit names, in that order, on either engine.
        var shownUnits = System.Text.RegularExpressions.Regex.Matches(section, "data-passage>\\s*<div[^>]*><a[^>]*>([^<]+)</a>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(busiest.Task.Passages.Take(ConsolidationPage.PassagesPerTask).Select(p => p.UnitName), shownUnits);

        var full = await Forms.HtmlAsync(await reader.GetAsync($"{url}?task={busiest.Task.TaskId}"));
        Assert.Equal(Math.Min(busiest.Task.Passages.Count, ConsolidationPage.PassagePageSize), Count(Section(full, busiest.Task.Number), "data-passage"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(full, "data-task=\""));
        Assert.Contains("Xem nội dung của tất cả nhiệm vụ", full, StringComparison.Ordinal);
        Assert.Contains(busiest.Task.Passages[^1].UnitName, full, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await reader.GetAsync($"{url}?task={Guid.NewGuid()}")).StatusCode);

        static string Section(string html, string number) =>
            System.Text.RegularExpressions.Regex.Match(html, $"data-task=\"{System.Text.RegularExpressions.Regex.Escape(number)}\"[\\s\\S]*?</section>").Value;
        static int Count(string html, string marker) => System.Text.RegularExpressions.Regex.Matches(html, marker).Count;
    }

    private Task<IReadOnlyList<TaskPassages>> PassagesAsync(Guid periodId, string unitCode) => app.WithDbAsync(async (db, services) =>
    {
        var period = await db.ReportingPeriods.SingleAsync(p => p.Id == periodId);
        var unit = await db.Organizations.SingleAsync(o => o.Code == unitCode);
        return await services.GetRequiredService<PassageQuery>().PassagesAsync(period, unit, CancellationToken.None);
    });

    private Dictionary<string, Guid>? ids;

    private Guid Id(string code)
    {
        ids ??= app.WithDbAsync((db, _) => db.Indicators.ToDictionaryAsync(i => i.Code, i => i.Id)).GetAwaiter().GetResult();
        return ids[code];
    }

    private Task<List<string>> CodesAsync(IReadOnlyList<ReportState> reports)
    {
        var units = reports.Select(r => r.OrganizationId).ToList();
        return app.WithDbAsync((db, _) => db.Organizations.Where(o => units.Contains(o.Id)).OrderBy(o => o.Code).Select(o => o.Code).ToListAsync());
    }

    private Task<Consolidated> ConsolidateAsync(string title, string unitCode) => ConsolidateAsync(
        app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.Title == title).Select(p => p.Id).SingleAsync()).GetAwaiter().GetResult(), unitCode);

    private Task<Consolidated> ConsolidateAsync(Guid periodId, string unitCode) => app.WithDbAsync(async (db, services) =>
    {
        var period = await db.ReportingPeriods.Include(p => p.Plan).SingleAsync(p => p.Id == periodId);
        var unit = await db.Organizations.SingleAsync(o => o.Code == unitCode);
        return await services.GetRequiredService<ConsolidationQuery>().ForAsync(period, unit, CancellationToken.None);
    });

    /// <summary>A provincial officer opens a period of the same kind and year on the province's and the commune's plans, through the page.</summary>
    private async Task<Dictionary<string, Guid>> OpenOnBothDemoPlansAsync(string email, PeriodKind kind, int year)
    {
        await app.CreateUserAsync(email, MembershipRole.Officer, "TQ.TU", subtree: true);
        var province = app.CreateBrowser();
        await Forms.SignInAsync(province, email);
        var plans = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo).Select(p => new { p.Organization!.Code, p.Id }).ToDictionaryAsync(p => p.Code!, p => p.Id));
        foreach (var planId in plans.Values)
        {
            var url = $"/Reporting/Periods?planId={planId}";
            var open = HtmlForm.Read(await province.GetStringAsync(url), "open-period").Set("Open.Kind", kind.ToString()).Set("Open.Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await open.PostAsync(province, $"{url}&handler=Open")).StatusCode);
        }

        return plans;
    }

    private Task<int> FileAsync(string unitCode, string title, Guid village, decimal population, decimal insured, decimal dialogues, string outcome, Guid? periodId = null) => app.WithDbAsync(async (db, _) =>
    {
        var report = await db.Reports.Include(r => r.Values).Include(r => r.Narratives).Include(r => r.Events)
            .SingleAsync(r => (periodId == null ? r.Period!.Title == title : r.PeriodId == periodId) && r.Organization!.Code == unitCode);
        var actor = new ReportActor("test", "Kiểm thử");
        var now = DateTime.UtcNow;
        ValueInput Value(string code, Guid? area, decimal number) => new(Id(code), area, new ReportedValue(number, null));
        var taskId = await db.TaskAssignments.Where(a => a.OrganizationId == report.OrganizationId && a.Task!.PlanId == db.Set<ReportingPeriod>().Single(p => p.Id == report.PeriodId).PlanId)
            .OrderBy(a => a.Task!.Position).Select(a => a.TaskId).FirstAsync();
        report.Save(report.Revision, [new NarrativeInput(taskId, $"Kết quả của {unitCode}: {dialogues} cuộc đối thoại.", null, null)], [Value("DAN_SO", village, population), Value("BHYT", village, insured), Value("DOI_THOAI", null, dialogues)], actor, now);
        if (outcome != "draft")
        {
            report.Submit(report.Revision, "{}", actor, now);
        }

        if (outcome == "accept")
        {
            report.Accept(report.Revision, null, actor, now);
        }
        else if (outcome == "return")
        {
            report.Return(report.Revision, "Sửa lại số liệu.", actor, now);
        }

        return await db.SaveChangesAsync();
    });
}

public sealed class ConsolidationTests_Sqlite(SqliteApp app) : ConsolidationTests(app), IClassFixture<SqliteApp>;

public sealed class ConsolidationTests_Postgres(PostgresApp app) : ConsolidationTests(app), IClassFixture<PostgresApp>;
