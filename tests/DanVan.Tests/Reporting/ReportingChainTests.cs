using System.Net;
using System.Net.Http.Json;
using System.Text;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Consolidation;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Reporting;

/// <summary>
/// The chain reaches the centre: the province's plan reports to the central board, outside DanVan; the board the plan names
/// consolidates for the issuer (reviews, returns, accepts, drafts) without a membership at the issuer. On each engine.
/// </summary>
public abstract class ReportingChainTests(DanVanApp app)
{
    [Fact]
    public async Task The_provinces_annual_report_to_the_centre_is_compiled_from_the_communes_accepted_reports_and_issued()
    {
        // The demo: the commune's annual report upward was accepted at the province; the province's report to the centre is a draft.
        var (periodId, externalId) = await app.WithDbAsync(async (db, _) =>
        {
            var period = await db.ReportingPeriods.SingleAsync(p => p.Plan!.Organization!.Code == "TQ.TU" && p.Plan.ParentPlanId == null && p.Kind == PeriodKind.Annual && p.Year == 2026);
            var external = await db.Reports.SingleAsync(r => r.PeriodId == period.Id && r.IsExternal);
            return (period.Id, external.Id);
        });
        var commune = await app.WithDbAsync((db, _) => db.Reports.SingleAsync(r => r.PeriodId == periodId && r.Organization!.Code == "TL.DU"));
        Assert.Equal(ReportStatus.Accepted, commune.Status);
        var external = await app.WithDbAsync((db, _) => db.Reports.Include(r => r.Period).SingleAsync(r => r.Id == externalId));
        Assert.Equal(("Ban Tuyên giáo và Dân vận Trung ương", ReportStatus.Draft), (external.ExternalRecipient, external.Status));
        Assert.Equal(external.Period!.DueOn.AddDays(7), external.DueOn);

        // An officer of the board the plan names ("giao Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi, đôn đốc"), with no membership at the
        // Tỉnh ủy, consolidates the period and puts it into the province's draft; another board of the Tỉnh ủy finds none of it.
        await app.CreateUserAsync("chain.board@test.vn", MembershipRole.Officer, "TQ.BTGDV");
        await app.CreateUserAsync("chain.other@test.vn", MembershipRole.Officer, "TQ.BTC");
        var board = app.CreateBrowser();
        await Forms.SignInAsync(board, "chain.board@test.vn");
        var other = app.CreateBrowser();
        await Forms.SignInAsync(other, "chain.other@test.vn");
        var consolidationUrl = $"/Reporting/Consolidation/{periodId}";
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(consolidationUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Reporting/Reports/Details/{externalId}")).StatusCode);
        var page = await Forms.HtmlAsync(await board.GetAsync(consolidationUrl));
        Assert.Contains("gửi <strong>Ban Tuyên giáo và Dân vận Trung ương</strong> (ngoài DanVan)", page, StringComparison.Ordinal);
        var draft = await Forms.PostAsync(board, consolidationUrl, new Dictionary<string, string> { ["confirmReplace"] = "true" }, $"{consolidationUrl}?handler=Draft");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal($"/Reporting/Reports/Edit/{externalId}", draft.Headers.Location!.OriginalString);

        // Figure by figure, the draft carries the province's consolidation; each task of the plan gets what the units wrote under it.
        var (consolidated, indicators) = await app.WithDbAsync(async (db, services) =>
        {
            var period = await db.ReportingPeriods.Include(p => p.Plan).SingleAsync(p => p.Id == periodId);
            var province = await db.Organizations.SingleAsync(o => o.Code == "TQ.TU");
            return (await services.GetRequiredService<ConsolidationQuery>().ForAsync(period, province, CancellationToken.None),
                (await db.Indicators.AsNoTracking().Where(i => i.IsActive).ToListAsync()).Where(i => !i.IsComputed).ToList());
        });
        var filled = await app.WithDbAsync((db, _) => db.Reports.Include(r => r.Values).Include(r => r.Narratives).SingleAsync(r => r.Id == externalId));
        var compared = 0;
        foreach (var indicator in indicators.Where(i => i.Type != IndicatorType.Text))
        {
            var expected = consolidated.Overall.GetValueOrDefault(indicator.Id);
            var value = filled.Values.SingleOrDefault(v => v.IndicatorId == indicator.Id && v.AreaId == null);
            Assert.True(expected == value?.Number, $"{indicator.Code}: consolidation {expected}, report {value?.Number}");
            compared += expected is null ? 0 : 1;
        }

        Assert.True(compared >= 5, "the province's consolidation has figures");
        Assert.Contains(filled.Narratives, n => n.Results?.Contains("- Đảng ủy xã Thượng Lâm:", StringComparison.Ordinal) == true);
        var headings = await app.WithDbAsync((db, _) => db.PlanTasks.Where(t => t.PlanId == external.Period!.PlanId).ToDictionaryAsync(t => t.Id, t => $"{t.Number}. {t.Heading}"));
        Assert.DoesNotContain(filled.Narratives, n => n.Results?.Contains(headings[n.TaskId], StringComparison.Ordinal) == true); // the report names its task once

        // The period page names it beside the figures it is not part of; the API says where it goes and when it is due.
        Assert.Contains("gửi Ban Tuyên giáo và Dân vận Trung ương (ngoài DanVan, không tính vào số liệu dưới đây)", await Forms.HtmlAsync(await board.GetAsync($"/Reporting/Periods/Details/{periodId}")), StringComparison.Ordinal);
        var api = await ApiAsync("chain.board@test.vn");
        var described = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/reports/{externalId}");
        Assert.Equal("Ban Tuyên giáo và Dân vận Trung ương", described.GetProperty("externalRecipient").GetString());
        Assert.Equal(external.DueOn, DateOnly.Parse(described.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/reports/{externalId}/accept", new { revision = described.GetProperty("revision").GetInt32() })).StatusCode);

        // The board issues it as the province's document, addressed to the central board; LibreOffice reads it.
        var documentUrl = $"/Reporting/Reports/Document/{externalId}";
        var form = HtmlForm.Read(await board.GetStringAsync(documentUrl), "document-form");
        Assert.Contains("Ban Tuyên giáo và Dân vận Trung ương (để báo cáo)", form["Input.Recipients"], StringComparison.Ordinal);
        Assert.Equal(("T/M Ban Thường vụ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Quốc Toàn"), (form["Input.SignatureAuthority"], form["Input.SignerPosition"], form["Input.SignerName"]));
        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Input.IssuedOn", "20/12/2026").Set("Input.SignerName", "Trần Quốc Toàn").PostAsync(board, documentUrl)).StatusCode);
        var docx = await board.GetByteArrayAsync($"{documentUrl}?handler=Docx");
        var screens = Path.Combine(AppContext.BaseDirectory, "screens");
        Directory.CreateDirectory(screens);
        await File.WriteAllBytesAsync(Path.Combine(screens, $"outside-report-{app.Engine}.docx".ToLowerInvariant()), docx); // to look at, rendered
        var text = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(docx, "docx", "txt:Text"));
        foreach (var expected in new[] { "TỈNH ỦY TUYÊN QUANG", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "Ban Tuyên giáo và Dân vận Trung ương (để báo cáo)", "Trần Quốc Toàn" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // Marked sent: nobody in DanVan reviews it, and the province's figures and completeness are what they were.
        var completenessBefore = await CompletenessAsync(periodId);
        var edit = HtmlForm.Read(await board.GetStringAsync($"/Reporting/Reports/Edit/{externalId}"), "report-form");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.PostAsync(board, $"/Reporting/Reports/Edit/{externalId}?handler=Submit")).StatusCode);
        var details = await Forms.HtmlAsync(await board.GetAsync($"/Reporting/Reports/Details/{externalId}"));
        Assert.Contains("Đã gửi Ban Tuyên giáo và Dân vận Trung ương", details, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"review\"", details, StringComparison.Ordinal);
        var sent = await app.WithDbAsync((db, _) => db.Reports.SingleAsync(r => r.Id == externalId));
        Assert.Throws<BusinessRuleException>(() => sent.Accept(sent.Revision, null, new ReportActor("x", "x"), DateTime.UtcNow));
        Assert.Equal(completenessBefore, await CompletenessAsync(periodId));
        var after = await app.WithDbAsync(async (db, services) =>
            await services.GetRequiredService<ConsolidationQuery>().ForAsync(
                await db.ReportingPeriods.Include(p => p.Plan).SingleAsync(p => p.Id == periodId), await db.Organizations.SingleAsync(o => o.Code == "TQ.TU"), CancellationToken.None));
        Assert.Equal(consolidated.Overall.OrderBy(f => f.Key), after.Overall.OrderBy(f => f.Key));
        Assert.Equal(consolidated.CountedReports, after.CountedReports);

        // Once sent, the consolidation page links to it instead of offering to draft it again.
        page = await Forms.HtmlAsync(await board.GetAsync(consolidationUrl));
        Assert.DoesNotContain("id=\"upward-draft\"", page, StringComparison.Ordinal);
        Assert.Contains("đã gửi, không đưa số liệu vào được nữa", page, StringComparison.Ordinal);

        // The board never reviews its own unit's report, though it reviews every other for the issuer.
        var own = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.PeriodId == periodId && r.Organization!.Code == "TQ.BTGDV").Select(r => new { r.Id, r.Status, r.Revision }).SingleOrDefaultAsync());
        if (own is not null)
        {
            Assert.DoesNotContain("id=\"review\"", await Forms.HtmlAsync(await board.GetAsync($"/Reporting/Reports/Details/{own.Id}")), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/reports/{own.Id}/accept", new { revision = own.Revision })).StatusCode);
            Assert.DoesNotContain(own.Id.ToString(), await Forms.HtmlAsync(await board.GetAsync("/Reporting/Reports?box=received")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_board_that_consolidates_for_the_commune_reviews_its_reports_without_a_membership_there()
    {
        // "… báo cáo về Ban Thường vụ Đảng ủy (qua Ban Xây dựng Đảng)": the commune plan names its board.
        var plan = await app.WithDbAsync((db, _) => db.Plans.Include(p => p.Consolidator).SingleAsync(p => p.IsDemo && p.Organization!.Code == "TL.DU"));
        Assert.Equal("TL.BXDD", plan.Consolidator!.Code);
        Assert.Null(plan.ReportsTo);
        // (The board's own report is not among them: nobody reviews their own unit's report.)
        var submitted = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Period!.PlanId == plan.Id && r.Status == ReportStatus.Submitted && r.OrganizationId != plan.ConsolidatorId)
            .OrderBy(r => r.Organization!.Code).Select(r => new { r.Id, r.OrganizationId }).Take(2).ToListAsync());
        Assert.Equal(2, submitted.Count);

        await app.CreateUserAsync("chain.bxdd@test.vn", MembershipRole.Officer, "TL.BXDD");
        await app.CreateUserAsync("chain.office@test.vn", MembershipRole.Officer, "TL.VP");
        var board = app.CreateBrowser();
        await Forms.SignInAsync(board, "chain.bxdd@test.vn");
        var office = app.CreateBrowser();
        await Forms.SignInAsync(office, "chain.office@test.vn");

        // The incoming reports are in the board's "received" box; another board of the commune's committee reads none of them.
        var received = await Forms.HtmlAsync(await board.GetAsync("/Reporting/Reports?box=received"));
        Assert.Contains(submitted[0].Id.ToString(), received, StringComparison.Ordinal);
        Assert.DoesNotContain(submitted[0].Id.ToString(), await Forms.HtmlAsync(await office.GetAsync("/Reporting/Reports?box=received")), StringComparison.Ordinal);
        var firstUrl = $"/Reporting/Reports/Details/{submitted[0].Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(firstUrl)).StatusCode);

        // The board returns one with its comment (the unit's writer is told) and accepts the other.
        var writerCode = await app.WithDbAsync((db, _) => db.Organizations.Where(o => o.Id == submitted[0].OrganizationId).Select(o => o.Code).SingleAsync());
        var writer = (await app.CreateUserAsync("chain.writer@test.vn", MembershipRole.Officer, writerCode)).Id;
        var review = HtmlForm.Read(await board.GetStringAsync(firstUrl), "review").Set("Comment", "Đề nghị bổ sung kết quả đối thoại ở thôn Bản Bó.");
        Assert.Equal(HttpStatusCode.Redirect, (await review.PostAsync(board, $"{firstUrl}?handler=Return")).StatusCode);
        var secondUrl = $"/Reporting/Reports/Details/{submitted[1].Id}";
        review = HtmlForm.Read(await board.GetStringAsync(secondUrl), "review").Set("ConfirmAccept", "true");
        Assert.Equal(HttpStatusCode.Redirect, (await review.PostAsync(board, $"{secondUrl}?handler=Accept")).StatusCode);
        var statuses = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == submitted[0].Id || r.Id == submitted[1].Id).ToDictionaryAsync(r => r.Id, r => r.Status));
        Assert.Equal((ReportStatus.Returned, ReportStatus.Accepted), (statuses[submitted[0].Id], statuses[submitted[1].Id]));
        Assert.True(await app.WithDbAsync((db, _) => db.Notifications.AnyAsync(n => n.UserId == writer && n.Title.StartsWith("Báo cáo bị trả lại") && n.Body.Contains("thôn Bản Bó"))));

        // It reads the period's completeness and consolidation, and the dashboard; the other board does not.
        var period = await app.WithDbAsync((db, _) => db.ReportingPeriods.Where(p => p.PlanId == plan.Id).Select(p => p.Id).FirstAsync());
        foreach (var url in new[] { $"/Reporting/Periods/Details/{period}", $"/Reporting/Consolidation/{period}", $"/Reporting/Dashboard?planId={plan.Id}" })
        {
            Assert.True(HttpStatusCode.OK == (await board.GetAsync(url)).StatusCode, url);
            Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task The_issuer_names_its_consolidator_and_recipient_and_the_board_is_told()
    {
        var plan = await app.WithDbAsync((db, _) => db.Plans.Include(p => p.Consolidator).SingleAsync(p => p.IsDemo && p.Organization!.Code == "TQ.TU" && p.ParentPlanId == null));
        var commune = await app.WithDbAsync((db, _) => db.Plans.SingleAsync(p => p.IsDemo && p.Organization!.Code == "TL.DU"));
        await app.CreateUserAsync("chain.leader@test.vn", MembershipRole.Leader, "TQ.TU");
        await app.CreateUserAsync("chain.viewer@test.vn", MembershipRole.Viewer, "TQ.TU");
        var officer = (await app.CreateUserAsync("chain.office.reviewer@test.vn", MembershipRole.Officer, "TQ.VP")).Id;
        var leader = app.CreateBrowser();
        await Forms.SignInAsync(leader, "chain.leader@test.vn");
        var viewer = app.CreateBrowser();
        await Forms.SignInAsync(viewer, "chain.viewer@test.vn");
        var url = $"/Plans/Chain/Edit/{plan.Id}";
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(url)).StatusCode);
        var details = await Forms.HtmlAsync(await leader.GetAsync($"/Plans/Details/{plan.Id}"));
        Assert.Contains("Tỉnh ủy Tuyên Quang báo cáo Ban Tuyên giáo và Dân vận Trung ương · Ban Tuyên giáo và Dân vận Tỉnh ủy giúp tổng hợp", details, StringComparison.Ordinal);

        // Saved as it is, nothing changes; a value that is not a unit's id is said, never read as "none".
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await leader.GetStringAsync(url), "chain").PostAsync(leader, url)).StatusCode);
        Assert.Contains("Đơn vị giúp tổng hợp", await Forms.HtmlAsync(await HtmlForm.Read(await leader.GetStringAsync(url), "chain").Set("ConsolidatorId", "abc").PostAsync(leader, url)), StringComparison.Ordinal);
        Assert.Equal(plan.ConsolidatorId, await app.WithDbAsync((db, _) => db.Plans.Where(p => p.Id == plan.Id).Select(p => p.ConsolidatorId).SingleAsync()));

        // Only a unit directly below the issuer: a commune's board is refused, and nothing changes.
        var form = HtmlForm.Read(await leader.GetStringAsync(url), "chain");
        var communeBoard = (await app.OrganizationAsync("TL.BXDD")).Id.ToString();
        Assert.Contains("đơn vị trực thuộc", await Forms.HtmlAsync(await form.Set("ConsolidatorId", communeBoard).PostAsync(leader, url)), StringComparison.Ordinal);
        Assert.Equal(plan.ConsolidatorId, await app.WithDbAsync((db, _) => db.Plans.Where(p => p.Id == plan.Id).Select(p => p.ConsolidatorId).SingleAsync()));

        // The office takes it over; its reviewers are told; the recipient's name is tidied.
        var office = (await app.OrganizationAsync("TQ.VP")).Id;
        form = HtmlForm.Read(await leader.GetStringAsync(url), "chain").Set("ConsolidatorId", office.ToString()).Set("ReportsTo", "  Ban Tuyên giáo và Dân vận   Trung ương ");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(leader, url)).StatusCode);
        var saved = await app.WithDbAsync((db, _) => db.Plans.SingleAsync(p => p.Id == plan.Id));
        Assert.Equal((office, "Ban Tuyên giáo và Dân vận Trung ương"), (saved.ConsolidatorId!.Value, saved.ReportsTo));
        Assert.True(await app.WithDbAsync((db, _) => db.Notifications.AnyAsync(n => n.UserId == officer && n.Title.StartsWith("Được giao tổng hợp báo cáo"))));

        // A plan under a parent plan in DanVan reports up through it: an outside recipient is refused with the reason.
        var communeUrl = $"/Plans/Chain/Edit/{commune.Id}";
        await app.CreateUserAsync("chain.commune.leader@test.vn", MembershipRole.Leader, "TL.DU");
        var communeLeader = app.CreateBrowser();
        await Forms.SignInAsync(communeLeader, "chain.commune.leader@test.vn");
        var refused = await Forms.HtmlAsync(await Forms.PostAsync(communeLeader, communeUrl, new Dictionary<string, string> { ["ReportsTo"] = "Ban Dân vận Trung ương", ["ConsolidatorId"] = "" }));
        Assert.Contains("theo kỳ báo cáo của kế hoạch cấp trên", refused, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync((db, _) => db.Plans.Where(p => p.Id == commune.Id).Select(p => p.ReportsTo).SingleAsync()));

        // Put back as the demo has it, for the other tests of this class.
        form = HtmlForm.Read(await leader.GetStringAsync(url), "chain").Set("ConsolidatorId", plan.ConsolidatorId!.Value.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(leader, url)).StatusCode);
    }

    private Task<HttpClient> ApiAsync(string email) => app.ApiClientAsync(email);

    private Task<CompletenessFigures> CompletenessAsync(Guid periodId) => app.WithDbAsync(async (db, services) =>
    {
        var period = await db.ReportingPeriods.Include(p => p.Plan).SingleAsync(p => p.Id == periodId);
        var province = await db.Organizations.SingleAsync(o => o.Code == "TQ.TU");
        return (await services.GetRequiredService<CompletenessQuery>().ForAsync(period, province, new DateOnly(2026, 12, 1), CancellationToken.None)).Total;
    });
}

public sealed class ReportingChainTests_Sqlite(SqliteApp app) : ReportingChainTests(app), IClassFixture<SqliteApp>;

public sealed class ReportingChainTests_Postgres(PostgresApp app) : ReportingChainTests(app), IClassFixture<PostgresApp>;
