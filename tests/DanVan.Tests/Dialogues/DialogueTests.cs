using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Audit;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Modules.Dialogues;
using DanVan.Web.Modules.Dialogues.Contracts;
using DanVan.Web.Modules.Notifications;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Dialogues;

/// <summary>
/// Dialogues through the pages, on each engine: the commune's committee plans one with the Front as co-organizer
/// (told), holds it, the Front records the questions (a name only with consent, each read audited), the committee
/// gives a commitment to a unit of its system (not beyond it), turns a question into a petition and issues the
/// minutes: the commitment is a task on the unit's board, done there, shown done on the dialogue and in the year's
/// view; the minutes open in LibreOffice. Someone of another branch reaches none of it.
/// </summary>
public abstract class DialogueTests(DanVanApp app)
{
    private const string Asker = "Triệu Văn Người Hỏi";

    [Fact]
    public async Task A_dialogue_is_recorded_and_its_commitment_becomes_a_task_done_on_the_units_board()
    {
        var day = new DateOnly(2027, 3, 10);
        using var clock = app.Clock.At(day);
        var du = await app.CreateUserAsync("dlg.du@test.vn", MembershipRole.Officer, "TL.DU");
        var front = await app.CreateUserAsync("dlg.front@test.vn", MembershipRole.Officer, "TL.MTTQ");
        await app.CreateUserAsync("dlg.ubnd@test.vn", MembershipRole.Officer, "TL.UBND");
        await app.CreateUserAsync("dlg.head@test.vn", MembershipRole.Leader, "TL.DU", subtree: true);
        await app.CreateUserAsync("dlg.other@test.vn", MembershipRole.Leader, "TQ.SNV", subtree: true);
        var committee = await app.OrganizationAsync("TL.DU");
        var mttq = await app.OrganizationAsync("TL.MTTQ");
        var ubnd = await app.OrganizationAsync("TL.UBND");
        var province = await app.OrganizationAsync("TQ.UBND");
        var village = await app.WithDbAsync((db, _) => db.Areas.Where(a => a.Name == "Thôn Khau Củm").Select(a => a.Id).SingleAsync());
        var host = await BrowserAsync("dlg.du@test.vn");
        var before = await app.WithDbAsync((db, _) => db.Dialogues.CountAsync());

        // Planned for today, the Front invited; a date that does not exist is told and nothing is written.
        var plan = HtmlForm.Read(await host.GetStringAsync("/Dialogues/Edit"), "dialogue-form")
            .Set("Input.Topic", "Đối thoại về sửa chữa đường nội thôn và nước sinh hoạt").Set("Input.ChairName", "Nông Văn Hải").Set("Input.ChairTitle", "Bí thư Đảng ủy xã")
            .Set("Input.Place", "Nhà văn hóa thôn Khau Củm").Set("Input.CoOrganizerId", mttq.Id.ToString()).Set("Input.AreaIds", committee.AreaId.ToString(), village.ToString())
            .Set("Input.HeldOn", "31/02/2027");
        Assert.Contains("Ngày đối thoại: hãy nhập theo dạng dd/MM/yyyy", await Forms.HtmlAsync(await plan.PostAsync(host, "/Dialogues/Edit")), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync((db, _) => db.Dialogues.CountAsync()));
        var planned = await plan.Set("Input.HeldOn", "10/03/2027").PostAsync(host, "/Dialogues/Edit");
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var url = planned.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);
        Assert.NotEmpty(await NoticesAsync(front.Id, "Phối hợp tổ chức đối thoại ngày 10/03/2027"));

        // Another branch reaches nothing; the Front reads it but does not hold it.
        var other = await BrowserAsync("dlg.other@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/Dialogues/Edit")).StatusCode);
        var frontBrowser = await BrowserAsync("dlg.front@test.vn");
        Assert.Equal(HttpStatusCode.OK, (await frontBrowser.GetAsync(url)).StatusCode);
        var page = await host.GetStringAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(other, "/Dialogues/Index", new Dictionary<string, string> { ["Step.Participants"] = "75" }, $"{url}?handler=Hold")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(frontBrowser, url, new Dictionary<string, string> { ["Step.Participants"] = "75" }, $"{url}?handler=Hold")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(page, "hold").Set("Step.Participants", "75").PostAsync(host, $"{url}?handler=Hold")).StatusCode);

        // The Front records the questions: a name without the asker's consent is refused and nothing is written.
        var ask = HtmlForm.Read(await frontBrowser.GetStringAsync(url), "ask").Set("Step.Text", "Đường nội thôn Khau Củm xuống cấp, đề nghị sửa trước mùa mưa.")
            .Set("Step.AreaId", village.ToString()).Set("Step.AskerName", Asker).Set("Step.Answer", "Xã sẽ đưa vào kế hoạch sửa chữa năm nay.");
        Assert.Contains("Chỉ ghi tên người nêu ý kiến khi họ đồng ý", await Forms.HtmlAsync(await ask.PostAsync(frontBrowser, $"{url}?handler=Ask")), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.DialogueQuestions.CountAsync(q => q.DialogueId == id)));
        Assert.Equal(HttpStatusCode.Redirect, (await ask.Set("Step.Consent", "true").PostAsync(frontBrowser, $"{url}?handler=Ask")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await frontBrowser.GetStringAsync(url), "ask").Set("Step.Text", "Nước sinh hoạt tự chảy bị đục vào mùa mưa.").Set("Step.Answer", "")
            .PostAsync(frontBrowser, $"{url}?handler=Ask")).StatusCode);
        Assert.DoesNotContain("id=\"commit\"", await frontBrowser.GetStringAsync(url), StringComparison.Ordinal); // the host commits; the Front records

        // A commitment for a unit beyond the committee's system is refused; one for the commune government is kept.
        var questions = await app.WithDbAsync((db, _) => db.DialogueQuestions.Where(q => q.DialogueId == id).OrderBy(q => q.Position).Select(q => q.Id).ToListAsync());
        var commit = HtmlForm.Read(await host.GetStringAsync(url), "commit").Set("Step.Text", "Sửa chữa 1,2 km đường nội thôn Khau Củm.").Set("Step.On", "10/04/2027")
            .Set("Step.QuestionId", questions[0].ToString()).Set("Step.UnitId", province.Id.ToString());
        Assert.Contains("Hãy chọn đơn vị thực hiện trong hệ thống của Đảng ủy xã Thượng Lâm", await Forms.HtmlAsync(await commit.PostAsync(host, $"{url}?handler=Commit")), StringComparison.Ordinal);
        Assert.Contains("Hạn thực hiện không được trước ngày đối thoại", await Forms.HtmlAsync(await commit.Set("Step.UnitId", ubnd.Id.ToString()).Set("Step.On", "01/03/2027").PostAsync(host, $"{url}?handler=Commit")), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.DialogueCommitments.CountAsync(c => c.DialogueId == id)));
        Assert.Equal(HttpStatusCode.Redirect, (await commit.Set("Step.On", "10/04/2027").PostAsync(host, $"{url}?handler=Commit")).StatusCode);
        Assert.Contains("Hãy đánh dấu xác nhận", await Forms.HtmlAsync(await HtmlForm.Read(await host.GetStringAsync(url), "remove-commitment-1").PostAsync(host, $"{url}?handler=RemoveCommitment")), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.DialogueCommitments.CountAsync(c => c.DialogueId == id)));

        // The second question becomes a petition of the committee, taken in at the dialogue; its staff are told.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await host.GetStringAsync(url), "raise-2").PostAsync(host, $"{url}?handler=Raise")).StatusCode);
        var raised = await app.WithDbAsync((db, _) => db.DialogueQuestions.Where(q => q.Id == questions[1]).Select(q => new { q.PetitionId, q.PetitionCode }).SingleAsync());
        var petition = await app.WithDbAsync((db, _) => db.Petitions.SingleAsync(p => p.Id == raised.PetitionId));
        Assert.Equal((PetitionChannel.Dialogue, committee.Id, raised.PetitionCode), (petition.Channel, petition.OrganizationId, (string?)petition.Code));
        Assert.NotEmpty(await NoticesAsync(du.Id, "Đơn mới"));

        // The minutes: the Front may not issue them; without the confirmation nothing happens; then the committee's next number.
        var minutes = HtmlForm.Read(await host.GetStringAsync(url), "minutes").Set("Step.Text", "Đảng ủy xã tiếp thu ý kiến, giao Ủy ban nhân dân xã sửa đường trước mùa mưa.");
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(frontBrowser, url, new Dictionary<string, string> { ["Step.Text"] = "Kết luận của Mặt trận.", ["Step.On"] = "10/03/2027", ["Step.Confirm"] = "true" }, $"{url}?handler=Minutes")).StatusCode);
        Assert.Contains("Hãy đánh dấu xác nhận", await Forms.HtmlAsync(await minutes.Set("Step.Confirm", []).PostAsync(host, $"{url}?handler=Minutes")), StringComparison.Ordinal);
        var expected = await app.WithDbAsync(async (db, _) => 1 + (await db.Set<DanVan.Web.Modules.Reporting.Documents.DocumentCounter>().Where(c => c.OrganizationId == committee.Id && c.Kind == "BB").Select(c => (int?)c.Last).SingleOrDefaultAsync() ?? 0));
        Assert.Equal(HttpStatusCode.Redirect, (await minutes.Set("Step.Confirm", "true").PostAsync(host, $"{url}?handler=Minutes")).StatusCode);
        var issued = await app.WithDbAsync((db, _) => db.Dialogues.Include(d => d.Commitments).SingleAsync(d => d.Id == id));
        Assert.Equal(DialogueStatus.MinutesIssued, issued.Status);
        Assert.Equal($"{expected:00}-BB/ĐU", issued.MinutesNumber);
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync($"/Dialogues/Edit/{id}")).StatusCode); // closed: nothing changes

        // The minutes open in LibreOffice with the number, the consenting asker, the answer and the commitment.
        var docx = await host.GetByteArrayAsync($"{url}?handler=Minutes");
        var text = System.Text.Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(docx, "docx", "txt:Text"));
        await PdfPages.SaveImageAsync(await LibreOffice.ConvertAsync(docx, "docx", "pdf"), $"dialogue-minutes-{app.Engine.ToString().ToLowerInvariant()}");
        foreach (var part in new[] { "BIÊN BẢN", $"Số {issued.MinutesNumber}", $"Ông/bà {Asker} (Thôn Khau Củm)", "Xã sẽ đưa vào kế hoạch sửa chữa năm nay.", "Sửa chữa 1,2 km đường nội thôn Khau Củm.", $"Được tiếp nhận thành đơn mã {raised.PetitionCode}" })
        {
            Assert.Contains(part, text, StringComparison.Ordinal);
        }

        // Each read of the asker's name is in the audit log, by whom.
        var reads = await app.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Action == AuditAction.Read && e.EntityType == nameof(DialogueQuestion) && e.EntityId == questions[0].ToString()).Select(e => e.UserId).Distinct().ToListAsync());
        Assert.Contains(du.Id, reads);
        Assert.Contains(front.Id, reads);

        // The commitment is the commune government's task on its board; done there, it shows done on the dialogue and in the year.
        var commitment = issued.Commitments.Single();
        var assignment = await app.WithDbAsync((db, _) => db.TaskAssignments.Where(a => a.TaskId == commitment.TaskId).Select(a => new { a.Id, a.OrganizationId }).SingleAsync());
        Assert.Equal(ubnd.Id, assignment.OrganizationId);
        var unit = await BrowserAsync("dlg.ubnd@test.vn");
        Assert.Contains("Sửa chữa 1,2 km đường nội thôn Khau Củm.", await unit.GetStringAsync($"/Plans/Board?planId={issued.FollowUpPlanId}"), StringComparison.Ordinal);
        Assert.Matches("data-commitment=\"1\">(?:(?!</li>).)*Chưa hoàn thành, trong hạn", Flat(await host.GetStringAsync(url)));
        var progressUrl = $"/Plans/Progress/Index/{assignment.Id}";
        var cycle = HtmlForm.Read(await unit.GetStringAsync(progressUrl), "progress")["Input.CycleId"]!;
        Assert.Equal(HttpStatusCode.Redirect, (await ProgressForms.CompleteAsync(unit, progressUrl, cycle, "Đã sửa xong 1,2 km đường.", "10/03/2027")).StatusCode);
        Assert.Matches("data-commitment=\"1\">(?:(?!</li>).)*Hoàn thành đúng hạn", Flat(await frontBrowser.GetStringAsync(url)));

        var year = Flat(await (await BrowserAsync("dlg.head@test.vn")).GetStringAsync("/Dialogues/Index?year=2027"));
        Assert.Matches(">Đảng ủy xã Thượng Lâm</a>\\s*</th>\\s*<td[^>]*>1</td>\\s*<td[^>]*>1</td>\\s*<td[^>]*>1</td>", year);
        Assert.Matches(">Ủy ban nhân dân xã Thượng Lâm</a>\\s*<span class=\"badge text-bg-danger\">Chưa đủ 1 buổi/năm theo quy định</span>", year);

        // The public page: the dialogue and its commitment's progress, never the asker; each plan's share per kind of
        // unit, figure by figure as the cycles stand.
        var open = Flat(await app.CreateBrowser().GetStringAsync("/Public"));
        Assert.Contains("Đối thoại về sửa chữa đường nội thôn và nước sinh hoạt", open, StringComparison.Ordinal);
        Assert.Contains("1 cam kết: 1 đã thực hiện (1 đúng hạn), 0 đang thực hiện, 0 quá hạn.", open, StringComparison.Ordinal);
        Assert.DoesNotContain(Asker, open, StringComparison.Ordinal);
        var cycles = await app.WithDbAsync((db, _) => db.TaskCycles.Where(c => c.Assignment!.OrganizationId != null && c.Assignment.Task!.Plan!.Document!.Kind == "Kế hoạch" && c.Assignment.Task.Plan.WithdrawnAt == null)
            .Select(c => new { c.Assignment!.Task!.PlanId, Kind = c.Assignment.Organization!.Kind!.Name, c.DueOn, c.CompletedOn }).ToListAsync());
        Assert.NotEmpty(cycles);
        foreach (var kind in cycles.GroupBy(c => (c.PlanId, c.Kind)))
        {
            var due = kind.Count(c => c.DueOn <= day);
            var done = kind.Count(c => c.DueOn <= day && c.CompletedOn != null);
            var shown = due == 0 ? "<span>chưa đến hạn</span>" : $"<progress[^>]*>[^<]*</progress><span class=\"text-nowrap\">{(int)Math.Round(100.0 * done / due, MidpointRounding.AwayFromZero)}% \\({done}/{due}\\)</span>";
            Assert.Matches($"{System.Text.RegularExpressions.Regex.Escape(kind.Key.Kind)} \\(\\d+ đơn vị\\)</span></div>\\s*<div[^>]*>{shown}", open);
        }
    }

    [Fact]
    public async Task A_dialogue_is_held_only_from_its_day_and_cancelled_only_with_a_reason_and_a_confirmation()
    {
        using var clock = app.Clock.At(new DateOnly(2027, 5, 4));
        await app.CreateUserAsync("dlg.gov@test.vn", MembershipRole.Leader, "TL.UBND");
        var ubnd = await app.OrganizationAsync("TL.UBND");
        var host = await BrowserAsync("dlg.gov@test.vn");
        var form = HtmlForm.Read(await host.GetStringAsync("/Dialogues/Edit"), "dialogue-form")
            .Set("Input.Topic", "Đối thoại về chương trình mục tiêu quốc gia").Set("Input.ChairName", "Hà Văn Tuấn").Set("Input.ChairTitle", "Chủ tịch Ủy ban nhân dân xã")
            .Set("Input.Place", "Hội trường xã").Set("Input.HeldOn", "20/05/2027").Set("Input.AreaIds", []);
        Assert.Contains("Hãy chọn ít nhất một địa bàn", await Forms.HtmlAsync(await form.PostAsync(host, "/Dialogues/Edit")), StringComparison.Ordinal);
        var planned = await form.Set("Input.AreaIds", ubnd.AreaId.ToString()).PostAsync(host, "/Dialogues/Edit");
        var url = planned.Headers.Location!.OriginalString;
        var page = await host.GetStringAsync(url);
        Assert.Contains("sau ngày đó mới ghi nhận đã tổ chức", await Forms.HtmlAsync(await HtmlForm.Read(page, "hold").PostAsync(host, $"{url}?handler=Hold")), StringComparison.Ordinal);
        Assert.Contains("Hãy đánh dấu xác nhận", await Forms.HtmlAsync(await HtmlForm.Read(page, "cancel").Set("Step.Text", "Trùng lịch họp Hội đồng nhân dân").PostAsync(host, $"{url}?handler=Cancel")), StringComparison.Ordinal);
        Assert.Contains("Lý do hủy: từ 5 đến 1000 ký tự", await Forms.HtmlAsync(await HtmlForm.Read(page, "cancel").Set("Step.Confirm", "true").PostAsync(host, $"{url}?handler=Cancel")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(page, "cancel").Set("Step.Text", "Trùng lịch họp Hội đồng nhân dân").Set("Step.Confirm", "true").PostAsync(host, $"{url}?handler=Cancel")).StatusCode);
        var id = Guid.Parse(url.Split('/')[^1]);
        Assert.Equal(DialogueStatus.Cancelled, await app.WithDbAsync((db, _) => db.Dialogues.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
        Assert.DoesNotContain("id=\"hold\"", await host.GetStringAsync(url), StringComparison.Ordinal);
    }

    private static string Flat(string html) => System.Net.WebUtility.HtmlDecode(html).ReplaceLineEndings(" ");

    private async Task<HttpClient> BrowserAsync(string email)
    {
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, email);
        return client;
    }

    private Task<List<Notification>> NoticesAsync(string userId, string title) =>
        app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == userId && n.Title.StartsWith(title)).ToListAsync());
}

public sealed class DialogueTests_Sqlite(SqliteApp app) : DialogueTests(app), IClassFixture<SqliteApp>;

public sealed class DialogueTests_Postgres(PostgresApp app) : DialogueTests(app), IClassFixture<PostgresApp>;
