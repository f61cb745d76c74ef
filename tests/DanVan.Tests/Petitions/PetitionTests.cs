using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Audit;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Modules.Notifications;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Petitions.Handling;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Petitions;

/// <summary>
/// Petitions through the pages, on each engine: a citizen files one on the public form without an account and gets a
/// code, the commune routes it, the handler accepts and answers within the deadlines, the citizen rates it (not
/// satisfied takes it to the superior), the public page counts it with small counts hidden and never a name; a
/// denouncer is read by the handler alone and each read is audited; the form refuses robots, replays, banned senders
/// and floods, writing nothing.
/// </summary>
public abstract class PetitionTests(DanVanApp app)
{
    private const string Citizen = "Nguyễn Thị Người Dân";

    [Fact]
    public async Task A_citizen_files_on_the_public_form_and_follows_it_to_a_rated_answer()
    {
        await app.CreateUserAsync("pet.du@test.vn", MembershipRole.Officer, "TL.DU");
        await app.CreateUserAsync("pet.leader@test.vn", MembershipRole.Leader, "TL.UBND");
        var handler = await app.CreateUserAsync("pet.handler@test.vn", MembershipRole.Officer, "TL.UBND");
        var commune = await app.OrganizationAsync("TL.DU");
        var ubnd = await app.OrganizationAsync("TL.UBND");
        var village = await app.WithDbAsync((db, _) => db.Areas.Where(a => a.Name == "Thôn Nà Thôm").Select(a => a.Id).SingleAsync());
        var before = await CountAsync();

        // On the public form, no account: without consent it is refused and nothing is written.
        var citizen = app.CreateBrowser();
        var (form, action) = await PetitionForms.OpenAsync(citizen);
        form.Set("Input.AreaId", village.ToString()).Set("Input.OrganizationId", "").Set("Input.Kind", "Suggestion")
            .Set("Input.Title", "Đường vào thôn Nà Thôm sạt lở sau mưa").Set("Input.Content", "Đoạn đường bê tông từ cầu treo vào thôn bị sạt một nửa mặt đường, xe máy không qua được.")
            .Set("Input.Name", Citizen).Set("Input.Email", "nguoi.dan@test.vn").Set("Input.Phone", "0912 000 111");
        var refused = await Forms.HtmlAsync(await form.PostAsync(citizen, action));
        Assert.True(refused.Contains("Hãy đánh dấu đồng ý cho cơ quan xử lý thông tin cá nhân", StringComparison.Ordinal), refused[..Math.Min(refused.Length, 6000)]);
        Assert.Equal(before, await CountAsync());

        // The page asks a new question; with consent the petition is filed and the citizen gets the code.
        form = HtmlForm.Read(refused, "petition-form").Set("Answer", PetitionForms.AnswerOf(refused)).Set("Input.Consent", "true");
        var sent = await form.PostAsync(citizen, action);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var code = PetitionForms.CodeOf(sent);
        var status = await Forms.HtmlAsync(await citizen.GetAsync(sent.Headers.Location));
        Assert.Contains($"id=\"new-code\">{code}<", status, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizen, status, StringComparison.Ordinal);
        var petition = await PetitionAsync(code);
        Assert.Equal(commune.Id, petition.OrganizationId); // "I don't know": the commune's committee takes it
        Assert.Equal(PetitionStatus.Received, petition.Status);

        // The citizen's letter with the code, through the real SMTP listener.
        await app.WithDbAsync((_, sp) => sp.GetRequiredService<INotifier>().DeliverEmailsAsync(CancellationToken.None));
        Assert.Contains(await app.Mail.WaitForAsync("nguoi.dan@test.vn"), m => m.Subject.Contains(code, StringComparison.Ordinal));

        // The commune's office sees it first, with its sender, classifies it and routes it to the People's Committee.
        var office = app.CreateBrowser();
        await Forms.SignInAsync(office, "pet.du@test.vn");
        Assert.Contains(code, await office.GetStringAsync("/Petitions?q=sat+lo+na+thom"), StringComparison.Ordinal);
        var details = $"/Petitions/Details/{petition.Id}";
        Assert.Contains(Citizen, await Forms.HtmlAsync(await office.GetAsync(details)), StringComparison.Ordinal);
        await StepAsync(office, details, "Classify", new() { ["Step.Kind"] = "Suggestion", ["Step.Remote"] = "true" });
        await StepAsync(office, details, "Transfer", new() { ["Step.ToId"] = ubnd.Id.ToString(), ["Step.Reason"] = "Đường nội thôn do Ủy ban nhân dân xã quản lý." });
        petition = await PetitionAsync(code);
        Assert.Equal(ubnd.Id, petition.OrganizationId);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync(details)).StatusCode);

        // The committee's leader assigns a handler, who accepts it: the deadline follows the kind and the remote area.
        var leader = app.CreateBrowser();
        await Forms.SignInAsync(leader, "pet.leader@test.vn");
        await StepAsync(leader, details, "Assign", new() { ["Step.HandlerId"] = handler.Id });
        var worker = app.CreateBrowser();
        await Forms.SignInAsync(worker, "pet.handler@test.vn");
        await StepAsync(worker, details, "Accept", []);
        petition = await PetitionAsync(code);
        var today = DanVan.Web.Infrastructure.Time.VietnamTime.Today(app.Clock);
        var calendar = await app.WithDbAsync((_, sp) => sp.GetRequiredService<PetitionWork>().CalendarAsync(CancellationToken.None));
        Assert.Equal(calendar.Add(today, 45, workingDays: false), petition.DueOn);
        Assert.True(petition.AcceptedOn <= petition.AcceptBy);

        // An answer too short is told; then it is answered with the unit's next number, and the letter opens in LibreOffice.
        Assert.Contains("Nội dung trả lời: từ 10 đến 4000 ký tự", await Forms.HtmlAsync(await Forms.PostAsync(worker, details, new Dictionary<string, string> { ["Step.Answer"] = "Đã xong." }, details + "?handler=Respond")), StringComparison.Ordinal);
        await StepAsync(worker, details, "Respond", new() { ["Step.Answer"] = "Ủy ban nhân dân xã đã huy động Nhân dân và máy xúc dọn đất, kè tạm đoạn sạt; đường đã thông.", ["Step.Summary"] = "Đoạn đường sạt đã được dọn và kè tạm; đường đã thông." });
        petition = await PetitionAsync(code);
        Assert.Equal(PetitionStatus.Answered, petition.Status);
        Assert.False(string.IsNullOrEmpty(petition.AnswerNumber));
        var docx = await worker.GetByteArrayAsync(details + "?handler=Answer");
        var text = System.Text.Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(docx, "docx", "txt"));
        Assert.Contains("đường đã thông", text, StringComparison.Ordinal);
        Assert.Contains(petition.AnswerNumber!, text, StringComparison.Ordinal);
        await PdfPages.SaveImageAsync(await LibreOffice.ConvertAsync(docx, "docx", "pdf"), $"petition-answer-{app.Engine.ToString().ToLowerInvariant()}");

        // Not satisfied, the citizen takes it to the superior: a second round at the commune's committee.
        await RateAsync(citizen, code, satisfied: false);
        petition = await PetitionAsync(code);
        Assert.Equal((2, commune.Id, PetitionStatus.Received), (petition.Round, petition.OrganizationId, petition.Status));
        await StepAsync(office, details, "Accept", []);
        await StepAsync(office, details, "Respond", new() { ["Step.Answer"] = "Đảng ủy xã đã kiểm tra hiện trường và chỉ đạo xây kè kiên cố trong quý I năm sau.", ["Step.Summary"] = "Kè kiên cố sẽ được xây trong quý I năm sau." });
        await RateAsync(citizen, code, satisfied: true);
        petition = await PetitionAsync(code);
        Assert.Equal((PetitionStatus.Closed, true), (petition.Status, petition.Satisfied));

        // The citizen's page and the public page show what happened, never a name; small counts are "< 5".
        var page = await Forms.HtmlAsync(await citizen.GetAsync($"/Public/Petitions/Status?code={code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)}"));
        Assert.Contains("Kè kiên cố sẽ được xây trong quý I năm sau.", page, StringComparison.Ordinal);
        Assert.Contains("chuyển đến Đảng ủy xã Thượng Lâm giải quyết lần hai", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizen, page, StringComparison.Ordinal);
        var figures = await app.WithDbAsync((db, _) => db.Petitions.Where(p => p.ReceivedOn.Year == today.Year && p.Status != PetitionStatus.Merged && (p.Area!.ParentId == ubnd.AreaId || p.AreaId == ubnd.AreaId))
            .GroupBy(_ => 1).Select(g => new { Received = g.Count(), Satisfied = g.Count(p => p.Satisfied == true) }).SingleAsync());
        var open = await Forms.HtmlAsync(await app.CreateBrowser().GetAsync("/Public"));
        var row = System.Text.RegularExpressions.Regex.Match(open, "<tr><th scope=\"row\">Thượng Lâm[^<]*</th>(.*?)</tr>").Groups[1].Value;
        Assert.Contains($">{DanVan.Web.Modules.Petitions.Public.IndexModel.Shown(figures.Received)}<", row, StringComparison.Ordinal);
        Assert.Contains($">{DanVan.Web.Modules.Petitions.Public.IndexModel.Shown(figures.Satisfied)}<", row, StringComparison.Ordinal);
        Assert.Contains("< 5", row, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizen, open, StringComparison.Ordinal);

        // The case ended and no law keeps the sender of a suggestion: erased on request, the case kept.
        await StepAsync(office, details, "ErasePerson", []);
        Assert.False(await app.WithDbAsync((db, _) => db.Petitioners.AnyAsync(p => p.PetitionId == petition.Id)));
        Assert.Contains("Xóa thông tin cá nhân", await Forms.HtmlAsync(await office.GetAsync(details)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_denouncer_is_read_by_the_assigned_handler_alone_and_every_read_is_audited()
    {
        await app.CreateUserAsync("den.leader@test.vn", MembershipRole.Leader, "TL.UBND");
        var handler = await app.CreateUserAsync("den.handler@test.vn", MembershipRole.Officer, "TL.UBND");
        await app.CreateUserAsync("den.colleague@test.vn", MembershipRole.Officer, "TL.UBND");
        var ubnd = await app.OrganizationAsync("TL.UBND");
        const string denouncer = "Lò Văn Người Tố Cáo";

        // A colleague takes in a denunciation brought on paper; once saved, even they no longer read who sent it.
        var desk = app.CreateBrowser();
        await Forms.SignInAsync(desk, "den.colleague@test.vn");
        var intake = HtmlForm.Read(await desk.GetStringAsync($"/Petitions/Intake?unit={ubnd.Id}"), "intake-form")
            .Set("Input.Kind", "Denunciation").Set("Input.Channel", "Mail").Set("Input.Title", "Tố cáo việc thu tiền khi làm hồ sơ")
            .Set("Input.Content", "Cán bộ thôn thu 300.000 đồng mỗi hộ khi làm hồ sơ đề nghị hỗ trợ, không có biên lai.")
            .Set("Input.Name", denouncer).Set("Input.Address", "Thôn Bản Bó").Set("Input.Consent", "true");
        var noName = await Forms.HtmlAsync(await HtmlForm.Read(await desk.GetStringAsync($"/Petitions/Intake?unit={ubnd.Id}"), "intake-form").Set("Input.Kind", "Denunciation")
            .Set("Input.Title", "Tố cáo không tên").Set("Input.Content", "Nội dung tố cáo không ghi tên người gửi.").PostAsync(desk, "/Petitions/Intake"));
        Assert.True(noName.Contains("Khiếu nại, tố cáo phải ghi rõ họ tên", StringComparison.Ordinal), System.Text.RegularExpressions.Regex.Replace(noName, "<[^>]+>", " "));
        var saved = await intake.PostAsync(desk, "/Petitions/Intake");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = saved.Headers.Location!.OriginalString;
        var id = Guid.Parse(details.Split('/')[^1]);
        var person = await app.WithDbAsync((db, _) => db.Petitioners.Where(p => p.PetitionId == id).Select(p => p.Id).SingleAsync());
        var hidden = await Forms.HtmlAsync(await desk.GetAsync(details));
        Assert.DoesNotContain(denouncer, hidden, StringComparison.Ordinal);
        Assert.Contains("Danh tính người tố cáo được giữ bí mật", hidden, StringComparison.Ordinal);

        // The leader assigns the handler without reading it either; the handler reads it, the colleague still not.
        var leader = app.CreateBrowser();
        await Forms.SignInAsync(leader, "den.leader@test.vn");
        Assert.DoesNotContain(denouncer, await Forms.HtmlAsync(await leader.GetAsync(details)), StringComparison.Ordinal);
        await StepAsync(leader, details, "Assign", new() { ["Step.HandlerId"] = handler.Id });
        var worker = app.CreateBrowser();
        await Forms.SignInAsync(worker, "den.handler@test.vn");
        Assert.Contains(denouncer, await Forms.HtmlAsync(await worker.GetAsync(details)), StringComparison.Ordinal);
        Assert.DoesNotContain(denouncer, await Forms.HtmlAsync(await desk.GetAsync(details)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.GetAsync(details + "?handler=Person")).StatusCode);
        Assert.Contains(denouncer, await worker.GetStringAsync(details + "?handler=Person"), StringComparison.Ordinal);

        // Every read is in the audit log, by whom; nobody else read it. The law keeps a denunciation's file.
        var reads = await app.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Action == AuditAction.Read && e.EntityType == nameof(Petitioner) && e.EntityId == person.ToString()).Select(e => e.UserId).ToListAsync());
        Assert.Equal(2, reads.Count(u => u == handler.Id));
        Assert.All(reads, u => Assert.Equal(handler.Id, u));
        await StepAsync(worker, details, "Accept", []);
        await StepAsync(worker, details, "Respond", new() { ["Step.Answer"] = "Đã xác minh; cán bộ thôn đã hoàn trả tiền cho các hộ và bị kiểm điểm.", ["Step.Summary"] = "Tố cáo đúng; đã xử lý theo quy định." });
        Assert.Contains("Hồ sơ khiếu nại, tố cáo phải lưu trữ", await Forms.HtmlAsync(await Forms.PostAsync(worker, details, new Dictionary<string, string>(), details + "?handler=ErasePerson")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_form_refuses_robots_replays_banned_senders_and_floods_and_writes_nothing()
    {
        var before = await CountAsync();
        var client = app.CreateBrowser();
        HtmlForm Fill(HtmlForm form) => form.Set("Input.Kind", "Suggestion").Set("Input.Title", "Phản ánh thử").Set("Input.Content", "Nội dung phản ánh để thử biểu mẫu công khai.");

        // A robot fills the hidden field; another answers wrong.
        var (form, action) = await PetitionForms.OpenAsync(client);
        Assert.Contains("Không gửi được đơn", await Forms.HtmlAsync(await Fill(form).Set("Website", "http://spam.example").PostAsync(client, action)), StringComparison.Ordinal);
        (form, action) = await PetitionForms.OpenAsync(client);
        Assert.Contains("Câu trả lời kiểm tra chưa đúng", await Forms.HtmlAsync(await Fill(form).Set("Answer", "99").PostAsync(client, action)), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());

        // A real post, then the same form again: taken once.
        (form, action) = await PetitionForms.OpenAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, (await Fill(form).PostAsync(client, action)).StatusCode);
        Assert.Contains("Biểu mẫu này đã được gửi", await Forms.HtmlAsync(await form.PostAsync(client, action)), StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountAsync());

        // An administrator bans an address; its posts are refused, the list holds no contact in clear.
        await app.CreateUserAsync("pet.admin@test.vn", administrator: true);
        var key = await app.EnableTwoFactorAsync("pet.admin@test.vn");
        var admin = app.CreateBrowser();
        await Forms.SignInAsync(admin, "pet.admin@test.vn", totpKey: key);
        var settings = "/Petitions/Calendar/Settings";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, settings, new Dictionary<string, string> { ["Ban.Value"] = "Spam@Test.vn", ["Ban.Reason"] = "Gửi hàng trăm đơn rác" }, settings + "?handler=Ban")).StatusCode);
        Assert.DoesNotContain("spam@test.vn", await app.WithDbAsync((db, _) => db.BannedSenders.Select(b => b.Label + b.Hash).ToListAsync()).ContinueWith(t => string.Join(" ", t.Result)), StringComparison.Ordinal);
        (form, action) = await PetitionForms.OpenAsync(client);
        Assert.Contains("đang bị tạm dừng gửi đơn trực tuyến", await Forms.HtmlAsync(await Fill(form).Set("Input.Name", "Người Gửi Rác").Set("Input.Email", "spam@test.vn").Set("Input.Consent", "true").PostAsync(client, action)), StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountAsync());

        // A holiday added by the administrator counts: a bad date is told.
        Assert.Contains("Ngày nghỉ: hãy nhập theo dạng dd/MM/yyyy", await Forms.HtmlAsync(await Forms.PostAsync(admin, settings, new Dictionary<string, string> { ["Holiday.Date"] = "31/02/2027", ["Holiday.Name"] = "Sai" }, settings + "?handler=Holiday")), StringComparison.Ordinal);

        // Too soon after the form was shown, and too many from one address: refused, then 429.
        await using var strict = app.WithWebHostBuilder(b => b.UseSetting("Petitions:MinFillSeconds", "3600").UseSetting("Petitions:PostsPerAddress", "2"));
        var hurried = strict.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        for (var k = 0; k < 2; k++)
        {
            (form, action) = await PetitionForms.OpenAsync(hurried);
            Assert.Contains("Biểu mẫu được gửi quá nhanh", await Forms.HtmlAsync(await Fill(form).PostAsync(hurried, action)), StringComparison.Ordinal);
        }

        (form, action) = await PetitionForms.OpenAsync(hurried);
        var flooded = await Fill(form).PostAsync(hurried, action);
        Assert.Equal(HttpStatusCode.TooManyRequests, flooded.StatusCode);
        Assert.Contains("Quá nhiều yêu cầu", await Forms.HtmlAsync(flooded), StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountAsync());

        // The limit for all addresses counts only what a person could have sent: junk does not use it up, and the
        // post over it comes back with what was written.
        await using var busy = app.WithWebHostBuilder(b => b.UseSetting("Petitions:PostsOverall", "1"));
        var crowd = busy.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        for (var k = 0; k < 3; k++)
        {
            (form, action) = await PetitionForms.OpenAsync(crowd);
            Assert.Contains("Không gửi được đơn", await Forms.HtmlAsync(await Fill(form).Set("Website", "http://spam.example").PostAsync(crowd, action)), StringComparison.Ordinal);
        }

        (form, action) = await PetitionForms.OpenAsync(crowd);
        Assert.Equal(HttpStatusCode.Redirect, (await Fill(form).PostAsync(crowd, action)).StatusCode);
        (form, action) = await PetitionForms.OpenAsync(crowd);
        var held = await Fill(form).Set("Input.Title", "Phản ánh giữ lại khi quá tải").PostAsync(crowd, action);
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        var kept = await Forms.HtmlAsync(held);
        Assert.Contains("nội dung vẫn còn trên trang", kept, StringComparison.Ordinal);
        Assert.Contains("value=\"Phản ánh giữ lại khi quá tải\"", kept, StringComparison.Ordinal);
        Assert.Equal(before + 2, await CountAsync());
    }

    [Fact]
    public async Task The_Front_of_the_commune_supervises_its_levels_cases_on_the_page_without_reading_the_sender()
    {
        await app.CreateUserAsync("pet.front@test.vn", MembershipRole.Officer, "TL.MTTQ");
        await app.CreateUserAsync("pet.front.province@test.vn", MembershipRole.Officer, "TQ.MTTQ", subtree: true);
        var id = await app.WithDbAsync((db, _) => db.Petitions.Where(p => p.Title == "Khiếu nại việc thu hồi đất làm đường nội thôn").Select(p => p.Id).SingleAsync());
        var url = $"/Petitions/Details/{id}";
        var front = app.CreateBrowser();
        await Forms.SignInAsync(front, "pet.front@test.vn");
        var page = await Forms.HtmlAsync(await front.GetAsync(url));
        Assert.Contains("id=\"supervise-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ma Văn Thiện", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"accept\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await front.GetAsync($"{url}?handler=Person")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(front, url, new Dictionary<string, string> { ["Step.Reason"] = "Mặt trận tự đóng vụ việc" }, $"{url}?handler=Close")).StatusCode);

        var events = await app.WithDbAsync((db, _) => db.PetitionEvents.CountAsync(e => e.PetitionId == id));
        Assert.Contains("Nội dung giám sát: từ 10 đến 2000 ký tự", await Forms.HtmlAsync(await HtmlForm.Read(page, "supervise-form").Set("Step.Text", "ừ").PostAsync(front, $"{url}?handler=Supervise")), StringComparison.Ordinal);
        Assert.Equal(events, await app.WithDbAsync((db, _) => db.PetitionEvents.CountAsync(e => e.PetitionId == id)));
        var text = "Đề nghị Ủy ban nhân dân xã trả lời người khiếu nại trước ngày 15/12/2026.";
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(page, "supervise-form").Set("Step.Text", text).PostAsync(front, $"{url}?handler=Supervise")).StatusCode);
        var recorded = await app.WithDbAsync((db, _) => db.PetitionEvents.Where(e => e.PetitionId == id && e.Kind == PetitionEventKind.Supervision).Select(e => new { e.Text, e.IsPublic }).ToListAsync());
        Assert.Contains(recorded, e => e.Text == text && !e.IsPublic);
        Assert.Contains(text, await Forms.HtmlAsync(await front.GetAsync(url)), StringComparison.Ordinal);

        // The province's Front supervises the province's bodies, not the commune's.
        var province = app.CreateBrowser();
        await Forms.SignInAsync(province, "pet.front.province@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Reminders_before_and_after_a_deadline_reach_the_handler_once()
    {
        using var day = app.Clock.At(new DateOnly(2026, 12, 2));
        var leader = await app.CreateUserAsync("rem.leader@test.vn", MembershipRole.Leader, "TL.UBND");
        var first = await app.WithDbAsync((_, sp) => sp.GetRequiredService<IPetitionReminders>().RunAsync(CancellationToken.None));
        var again = await app.WithDbAsync((_, sp) => sp.GetRequiredService<IPetitionReminders>().RunAsync(CancellationToken.None));
        Assert.True(first >= 1, $"{first} reminders");
        Assert.Equal(0, again);
        var overdue = await app.WithDbAsync((db, _) => db.Petitions.Where(p => p.IsDemo && p.Status == PetitionStatus.Accepted && p.DueOn < new DateOnly(2026, 12, 2)).Select(p => p.Code).FirstAsync());
        Assert.True(await app.WithDbAsync((db, _) => db.Notifications.AnyAsync(n => n.UserId == leader.Id && n.Title == $"Quá hạn giải quyết: đơn {overdue}")));
    }

    private async Task StepAsync(HttpClient client, string details, string handler, Dictionary<string, string> fields)
    {
        var response = await Forms.PostAsync(client, details, fields, $"{details}?handler={handler}");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode} {await Forms.HtmlAsync(response)}");
    }

    private static async Task RateAsync(HttpClient citizen, string code, bool satisfied)
    {
        var url = $"/Public/Petitions/Status?code={code}";
        var response = await Forms.PostAsync(citizen, url, new Dictionary<string, string> { ["code"] = code, ["Satisfied"] = satisfied ? "true" : "false" }, "/Public/Petitions/Status?handler=Rate");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<int> CountAsync() => app.WithDbAsync((db, _) => db.Petitions.CountAsync());

    private Task<Petition> PetitionAsync(string code) => app.WithDbAsync((db, _) => db.Petitions.AsNoTracking().SingleAsync(p => p.Code == code));
}

public sealed class PetitionTests_Sqlite(SqliteApp app) : PetitionTests(app), IClassFixture<SqliteApp>;

public sealed class PetitionTests_Postgres(PostgresApp app) : PetitionTests(app), IClassFixture<PostgresApp>;
