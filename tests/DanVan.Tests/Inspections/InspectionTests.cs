using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Inspections;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Inspections;

/// <summary>
/// An inspection from programme to closing through the pages, on each engine: the province plans it, the commune is
/// told and sends its self-report with a document, the team (one member from another unit) records findings and
/// recommendations, the conclusion is issued with the province's next number as a .docx LibreOffice opens, the
/// recommendations are the commune's tasks on its board, one is completed there, the other carried over, and the
/// inspection closes. Bad input is told and changes nothing; a reader and the commune before it is told are refused.
/// </summary>
public abstract class InspectionTests(DanVanApp app)
{
    [Fact]
    public async Task A_committee_inspects_a_unit_from_programme_to_closing()
    {
        var today = DanVan.Web.Infrastructure.Time.VietnamTime.Today(app.Clock);
        string Date(DateOnly day) => day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var headUser = await app.CreateUserAsync("insp.head@test.vn", MembershipRole.Inspector, "TQ.TU", subtree: true);
        var member = await app.CreateUserAsync("insp.member@test.vn", MembershipRole.Officer, "TL.HND");
        await app.CreateUserAsync("insp.reader@test.vn", MembershipRole.Viewer, "TQ.TU", subtree: true);
        var communeOfficer = await app.CreateUserAsync("insp.commune@test.vn", MembershipRole.Officer, "TL.DU");
        await app.CreateUserAsync("insp.own@test.vn", MembershipRole.Inspector, "TL.DU");
        var province = await app.OrganizationAsync("TQ.TU");
        var commune = await app.OrganizationAsync("TL.DU");
        var plan = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.OrganizationId == commune.Id).Select(p => p.Id).SingleAsync());
        var head = app.CreateBrowser();
        await Forms.SignInAsync(head, "insp.head@test.vn");

        // The programme: a year out of range is told, then the programme is made.
        var create = HtmlForm.Read(await head.GetStringAsync("/Inspections/Programmes/Create"), "programme-form")
            .Set("Input.OrganizationId", province.Id.ToString()).Set("Input.Kind", "Party").Set("Input.Title", "Chương trình kiểm tra, giám sát của Ban Thường vụ Tỉnh ủy").Set("Input.Year", "1900");
        Assert.Contains("Năm: từ 2000 đến 2100", await Forms.HtmlAsync(await create.PostAsync(head, "/Inspections/Programmes/Create")), StringComparison.Ordinal);
        var created = await create.Set("Input.Year", $"{today.Year}").PostAsync(head, "/Inspections/Programmes/Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var programmeUrl = created.Headers.Location!.OriginalString;

        // The inspection: bad dates and an unknown member are told, nothing is saved; then planned.
        var planUrl = $"/Inspections/Plan?programmeId={programmeUrl.Split('/')[^1]}";
        var planForm = HtmlForm.Read(await head.GetStringAsync(planUrl), "inspection-form")
            .Set("Input.Title", "Kiểm tra việc thực hiện kế hoạch của xã Thượng Lâm về Kết luận 236").Set("Input.Subject", "Plan").Set("Input.SubjectPlanId", plan.ToString());
        // Without JavaScript the form shows the chosen plan's tasks again; with htmx the handler answers them alone.
        var reloaded = await Forms.HtmlAsync(await planForm.PostAsync(head, "/Inspections/Plan?handler=Reload"));
        var offered = System.Text.RegularExpressions.Regex.Matches(reloaded, "name=\"Input.ContentTaskIds\" value=\"([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(offered.Count >= 2, reloaded);
        Assert.Contains(offered[0], await head.GetStringAsync($"{planUrl}&handler=Tasks&Input.SubjectPlanId={plan}"), StringComparison.Ordinal);
        planForm.Set("Input.ContentTaskIds", offered.Take(2).ToArray()).Set("Input.OtherContents", "Việc đối thoại với Nhân dân ở các thôn")
            .Set("Input.UnitIds", commune.Id.ToString()).Set("Input.Method", "OnSite")
            .Set("Input.CoversFrom", $"01/01/{today.Year}").Set("Input.CoversTo", Date(today)).Set("Input.StartsOn", Date(today)).Set("Input.EndsOn", "31/02/2026")
            .Set("Input.HeadEmail", "insp.head@test.vn").Set("Input.MemberEmails", "khong.co@test.vn");
        Assert.Contains("Tiến hành đến ngày: hãy nhập ngày theo dạng dd/MM/yyyy", await Forms.HtmlAsync(await planForm.PostAsync(head, planUrl)), StringComparison.Ordinal);
        Assert.Contains("Không có người dùng nào đang hoạt động với email “khong.co@test.vn”", await Forms.HtmlAsync(await planForm.Set("Input.EndsOn", Date(today)).PostAsync(head, planUrl)), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.Inspections.AnyAsync(i => i.Title.Contains("xã Thượng Lâm về Kết luận 236"))));
        Assert.Contains("là cán bộ của đơn vị được kiểm tra, không ở trong đoàn được", await Forms.HtmlAsync(await planForm.Set("Input.MemberEmails", "insp.commune@test.vn").PostAsync(head, planUrl)), StringComparison.Ordinal);
        var planned = await planForm.Set("Input.MemberEmails", "insp.member@test.vn").PostAsync(head, planUrl);
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var url = planned.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);

        // Before the units are told, the commune does not see it; a reader of the province cannot tell them.
        var unit = app.CreateBrowser();
        await Forms.SignInAsync(unit, "insp.commune@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync(url)).StatusCode);
        var reader = app.CreateBrowser();
        await Forms.SignInAsync(reader, "insp.reader@test.vn");
        Assert.DoesNotContain("notify-form", await reader.GetStringAsync(url), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(reader, url, new Dictionary<string, string>(), $"{url}?handler=Notify")).StatusCode);
        Assert.Equal(InspectionStatus.Planned, await StatusAsync(id));
        var own = app.CreateBrowser();
        await Forms.SignInAsync(own, "insp.own@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await own.GetAsync(url)).StatusCode);

        // Told: the commune's officer and the team member each get a notice.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await head.GetStringAsync(url), "notify-form").PostAsync(head, $"{url}?handler=Notify")).StatusCode);
        Assert.Single(await NoticesAsync(communeOfficer.Id, "Cuộc kiểm tra của"));
        Assert.Single(await NoticesAsync(member.Id, "Anh/chị là thành viên đoàn"));

        // The commune's own inspector reads it once told (not before), and does not answer for the commune.
        var ownPage = await own.GetStringAsync(url);
        Assert.DoesNotContain("name=\"Report.Text\"", ownPage, StringComparison.Ordinal);
        Assert.Contains(url, await own.GetStringAsync("/Inspections"), StringComparison.Ordinal);

        // The commune answers: a file that is not what it says is refused and nothing is kept; then the report and a PDF.
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
        var refused = await Forms.HtmlAsync(await SelfReportAsync(unit, url, commune.Id, "Báo cáo tự kiểm tra của Đảng ủy xã.", ("bao-cao.pdf", "MZ"u8.ToArray())));
        Assert.Contains("không phải PDF", refused, StringComparison.Ordinal);
        Assert.Contains("Báo cáo tự kiểm tra của Đảng ủy xã.</textarea>", refused, StringComparison.Ordinal); // what was typed is kept
        Assert.Null(await app.WithDbAsync((db, _) => db.Set<InspectedUnit>().Where(u => u.InspectionId == id).Select(u => u.SelfReport).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await SelfReportAsync(unit, url, commune.Id, "Báo cáo tự kiểm tra của Đảng ủy xã.", ("bao-cao.pdf", pdf))).StatusCode);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.InspectionFiles.CountAsync(f => f.InspectionId == id)));
        Assert.Single(await NoticesAsync(headUser.Id, "Đảng ủy xã Thượng Lâm đã gửi báo cáo tự kiểm tra"));

        // The member from another unit records the findings and recommendations; a bad deadline is told.
        var team = app.CreateBrowser();
        await Forms.SignInAsync(team, "insp.member@test.vn");
        var page = await team.GetStringAsync(url);
        var contents = HtmlForm.Read(page, "finding-form").Values("Finding.ContentId");
        var finding = HtmlForm.Read(page, "finding-form").Set("Finding.UnitId", commune.Id.ToString());
        Assert.Contains("Hãy ghi ưu điểm hoặc hạn chế", await Forms.HtmlAsync(await finding.PostAsync(team, $"{url}?handler=Finding")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await finding.Set("Finding.Strengths", "Quán triệt kịp thời.").Set("Finding.Shortcomings", "Biên bản chi bộ chưa đủ.").PostAsync(team, $"{url}?handler=Finding")).StatusCode);
        var options = System.Text.RegularExpressions.Regex.Matches(page, "<option value=\"([0-9a-f-]{36})\">[0-9]+\\.").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await team.GetStringAsync(url), "finding-form").Set("Finding.ContentId", options[^1]).Set("Finding.UnitId", commune.Id.ToString())
            .Set("Finding.Shortcomings", "Còn kiến nghị chưa trả lời.").PostAsync(team, $"{url}?handler=Finding")).StatusCode);
        var findings = await app.WithDbAsync((db, _) => db.Set<Finding>().Where(f => f.InspectionId == id).OrderBy(f => f.RecordedAt).Select(f => f.Id).ToListAsync());
        Assert.Equal(2, findings.Count);
        var recommend = HtmlForm.Read(await team.GetStringAsync(url), $"recommend-{findings[0]:N}").Set("Recommendation.Text", "Bổ sung biên bản sinh hoạt chi bộ.").Set("Recommendation.DueOn", "32/13/2026");
        Assert.Contains("Hạn khắc phục: hãy nhập ngày", await Forms.HtmlAsync(await recommend.PostAsync(team, $"{url}?handler=Recommend")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await recommend.Set("Recommendation.DueOn", Date(today.AddDays(30))).PostAsync(team, $"{url}?handler=Recommend")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await team.GetStringAsync(url), $"recommend-{findings[1]:N}").Set("Recommendation.Text", "Trả lời dứt điểm các kiến nghị.").Set("Recommendation.DueOn", Date(today.AddDays(60))).PostAsync(team, $"{url}?handler=Recommend")).StatusCode);
        Assert.DoesNotContain("conclude-link", await team.GetStringAsync(url), StringComparison.Ordinal); // the team records; the committee concludes

        // The conclusion: the province's next number for notices; the recommendations become the commune's tasks.
        var expected = await app.WithDbAsync(async (db, _) => 1 + (await db.Set<DanVan.Web.Modules.Reporting.Documents.DocumentCounter>().Where(c => c.OrganizationId == province.Id && c.Kind == "TB").Select(c => (int?)c.Last).SingleOrDefaultAsync() ?? 0));
        var concludeUrl = $"/Inspections/Conclude/{id}";
        var conclusion = HtmlForm.Read(await head.GetStringAsync(concludeUrl), "conclusion-form").Set("Input.SignerName", "Nguyễn Văn Hùng").Set("Input.SignerPosition", "Phó Bí thư");
        Assert.Contains("Ngày ký không được sau hôm nay", await Forms.HtmlAsync(await conclusion.Set("Input.IssuedOn", Date(today.AddDays(1))).PostAsync(head, concludeUrl)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await conclusion.Set("Input.IssuedOn", Date(today)).PostAsync(head, concludeUrl)).StatusCode);
        var concluded = await app.WithDbAsync((db, _) => db.Inspections.Include(i => i.Recommendations).SingleAsync(i => i.Id == id));
        Assert.Equal(InspectionStatus.Concluded, concluded.Status);
        Assert.Equal($"{expected:00}-TB/TU", concluded.ConclusionSymbol);
        var followUp = await app.WithDbAsync((db, _) => db.TaskAssignments.Where(a => a.Task!.PlanId == concluded.FollowUpPlanId).OrderBy(a => a.Task!.Position)
            .Select(a => new { a.Id, a.TaskId, a.OrganizationId, a.Task!.DueOn }).ToListAsync());
        Assert.Equal([commune.Id, commune.Id], followUp.Select(a => a.OrganizationId));
        Assert.Equal([today.AddDays(30), today.AddDays(60)], followUp.Select(a => a.DueOn!.Value));
        Assert.Equal(concluded.Recommendations.OrderBy(r => r.Position).Select(r => r.TaskId), followUp.Select(a => (Guid?)a.TaskId));
        Assert.NotEmpty(await NoticesAsync(communeOfficer.Id, "Đã có thông báo kết luận kiểm tra"));
        Assert.Contains(concluded.ConclusionSymbol!, await app.WithDbAsync((db, _) => db.Documents.Where(d => d.Id == concluded.FollowUpDocumentId).Select(d => d.Number!).SingleAsync()), StringComparison.Ordinal);

        // The .docx opens in LibreOffice with its number, findings and recommendations.
        var text = System.Text.Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await head.GetByteArrayAsync($"{url}?handler=Docx"), "docx", "txt:Text"));
        Assert.Contains($"Số {concluded.ConclusionSymbol}", text, StringComparison.Ordinal);
        Assert.Contains("THÔNG BÁO", text, StringComparison.Ordinal);
        Assert.Contains("Hạn chế, khuyết điểm: Biên bản chi bộ chưa đủ.", text, StringComparison.Ordinal);
        Assert.Contains("Bổ sung biên bản sinh hoạt chi bộ.", text, StringComparison.Ordinal);
        var printed = await head.GetByteArrayAsync($"{url}?handler=Pdf");
        var lines = PdfPages.Lines(printed);
        foreach (var whole in new[] { "ĐẢNG CỘNG SẢN VIỆT NAM", $"Số {concluded.ConclusionSymbol}", "THÔNG BÁO", "I. KẾT QUẢ", "KIẾN NGHỊ" })
        {
            Assert.True(lines.Any(l => l.Contains(whole, StringComparison.Ordinal)), $"'{whole}' is not on one line: {string.Join(" | ", lines.Take(12))}");
        }

        await PdfPages.SaveImageAsync(printed, $"conclusion-party-{app.Engine.ToString().ToLowerInvariant()}");

        // On the commune's board; it completes the first on its progress page: the team sees it done, the other open.
        var board = await unit.GetStringAsync($"/Plans/Board?planId={concluded.FollowUpPlanId}");
        Assert.Contains("Bổ sung biên bản sinh hoạt chi bộ.", board, StringComparison.Ordinal);
        var progressUrl = $"/Plans/Progress/Index/{followUp[0].Id}";
        var cycle = HtmlForm.Read(await unit.GetStringAsync(progressUrl), "progress")["Input.CycleId"]!;
        Assert.Equal(HttpStatusCode.Redirect, (await ProgressForms.CompleteAsync(unit, progressUrl, cycle, "Đã bổ sung biên bản của 6 chi bộ.", Date(today))).StatusCode);
        var states = await team.GetStringAsync(url);
        Assert.Matches("data-recommendation=\"1\">[^<]*<div[^>]*>[^<]*<span[^>]*>Kiến nghị 1</span>[^<]*<span class=\"badge[^\"]*\">Hoàn thành đúng hạn<", states);
        Assert.Matches("data-recommendation=\"2\">[^<]*<div[^>]*>[^<]*<span[^>]*>Kiến nghị 2</span>[^<]*<span class=\"badge[^\"]*\">Chưa hoàn thành, trong hạn<", states);

        // Closing waits for the second: carried over with a reason (too short a reason is told), then closed.
        Assert.Contains("Còn 1 kiến nghị chưa khắc phục xong (2)", await Forms.HtmlAsync(await HtmlForm.Read(await head.GetStringAsync(url), "close-form").PostAsync(head, $"{url}?handler=Close")), StringComparison.Ordinal);
        var carry = HtmlForm.Read(await head.GetStringAsync(url), "carry-2");
        var action = System.Text.RegularExpressions.Regex.Match(await head.GetStringAsync(url), "action=\"([^\"]*CarryOver[^\"]*)\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Contains("Lý do chuyển: từ 5 đến 1000 ký tự", await Forms.HtmlAsync(await carry.Set("Reason", "ừ").PostAsync(head, action)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await carry.Set("Reason", "Chờ kinh phí làm đường năm sau").PostAsync(head, action)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await head.GetStringAsync(url), "close-form").PostAsync(head, $"{url}?handler=Close")).StatusCode);
        Assert.Equal(InspectionStatus.Closed, await StatusAsync(id));
        Assert.Contains("Chuyển sang kỳ sau", await unit.GetStringAsync(url), StringComparison.Ordinal);

        // The unit takes back the first task's completion afterwards: the closed inspection keeps what it closed on.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await unit.GetStringAsync(progressUrl), "reopen").PostAsync(unit, $"{progressUrl}?handler=Reopen")).StatusCode);
        Assert.Matches("data-recommendation=\"1\">[^<]*<div[^>]*>[^<]*<span[^>]*>Kiến nghị 1</span>[^<]*<span class=\"badge[^\"]*\">Hoàn thành đúng hạn<", await team.GetStringAsync(url));
    }

    [Fact]
    public async Task A_peoples_council_supervises_the_state_bodies_of_its_level_and_its_pages_say_supervision()
    {
        var today = DanVan.Web.Infrastructure.Time.VietnamTime.Today(app.Clock);
        await app.CreateUserAsync("council.leader@test.vn", MembershipRole.Leader, "TL.HDND");
        await app.CreateUserAsync("council.party@test.vn", MembershipRole.Leader, "TL.DU");
        var council = await app.OrganizationAsync("TL.HDND");
        var commune = await app.OrganizationAsync("TL.DU");
        var government = await app.OrganizationAsync("TL.UBND");
        var leader = app.CreateBrowser();
        await Forms.SignInAsync(leader, "council.leader@test.vn");

        // The council makes a supervision programme, not a Party inspection programme; the Party committee no supervision one.
        var create = HtmlForm.Read(await leader.GetStringAsync("/Inspections/Programmes/Create"), "programme-form")
            .Set("Input.OrganizationId", council.Id.ToString()).Set("Input.Kind", "Party").Set("Input.Title", "Chương trình giám sát năm của Hội đồng nhân dân xã").Set("Input.Year", $"{today.Year}");
        Assert.Contains("không lập chương trình kiểm tra, giám sát của cấp ủy", await Forms.HtmlAsync(await create.PostAsync(leader, "/Inspections/Programmes/Create")), StringComparison.Ordinal);
        var party = app.CreateBrowser();
        await Forms.SignInAsync(party, "council.party@test.vn");
        var partyCreate = HtmlForm.Read(await party.GetStringAsync("/Inspections/Programmes/Create"), "programme-form")
            .Set("Input.OrganizationId", commune.Id.ToString()).Set("Input.Kind", "Council").Set("Input.Title", "Giám sát chuyên đề của Đảng ủy").Set("Input.Year", $"{today.Year}");
        Assert.Contains("không lập chương trình giám sát của Hội đồng nhân dân", await Forms.HtmlAsync(await partyCreate.PostAsync(party, "/Inspections/Programmes/Create")), StringComparison.Ordinal);
        var created = await create.Set("Input.Kind", "Council").PostAsync(leader, "/Inspections/Programmes/Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        // It supervises the commune's People's Committee (its sibling), never the Party committee above it nor itself.
        var planUrl = $"/Inspections/Plan?programmeId={created.Headers.Location!.OriginalString.Split('/')[^1]}";
        var page = await Forms.HtmlAsync(await leader.GetAsync(planUrl));
        var offered = System.Text.RegularExpressions.Regex.Matches(page, "name=\"Input.UnitIds\" value=\"([0-9a-f-]{36})\"").Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        Assert.Contains(government.Id, offered);
        Assert.DoesNotContain(commune.Id, offered);
        Assert.DoesNotContain(council.Id, offered);
        Assert.Contains("Lập cuộc giám sát", page, StringComparison.Ordinal);
        Assert.Contains("Đoàn giám sát", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Đoàn kiểm tra", page, StringComparison.Ordinal);

        // A unit the form did not offer is refused on the post as well.
        var form = HtmlForm.Read(page, "inspection-form").Set("Input.Title", "Giám sát việc giải quyết kiến nghị của cử tri").Set("Input.Subject", "Topic")
            .Set("Input.OtherContents", "Việc trả lời kiến nghị của cử tri").Set("Input.UnitIds", commune.Id.ToString()).Set("Input.Method", "Documents")
            .Set("Input.CoversFrom", $"01/01/{today.Year}").Set("Input.CoversTo", today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))
            .Set("Input.StartsOn", today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)).Set("Input.EndsOn", today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))
            .Set("Input.HeadEmail", "council.leader@test.vn");
        Assert.Contains("Hãy chọn đơn vị trong danh sách", await Forms.HtmlAsync(await form.PostAsync(leader, planUrl)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Input.UnitIds", government.Id.ToString()).PostAsync(leader, planUrl)).StatusCode);
    }

    private Task<InspectionStatus> StatusAsync(Guid id) => app.WithDbAsync((db, _) => db.Inspections.Where(i => i.Id == id).Select(i => i.Status).SingleAsync());

    private Task<List<DanVan.Web.Modules.Notifications.Notification>> NoticesAsync(string userId, string title) =>
        app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == userId && n.Title.StartsWith(title)).ToListAsync());

    private static async Task<HttpResponseMessage> SelfReportAsync(HttpClient client, string url, Guid unitId, string text, (string Name, byte[] Bytes) file)
    {
        var token = await Forms.AntiforgeryTokenAsync(client, url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(text), "Report.Text" },
            { new ByteArrayContent(file.Bytes), "Uploads", file.Name },
        };
        return await client.PostAsync($"{url}?handler=SelfReport&unitId={unitId}", form);
    }
}

public sealed class InspectionTests_Sqlite(SqliteApp app) : InspectionTests(app), IClassFixture<SqliteApp>;

public sealed class InspectionTests_Postgres(PostgresApp app) : InspectionTests(app), IClassFixture<PostgresApp>;
