using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Plans;

/// <summary>
/// A confirmed plan is corrected by its issuer's officers through the pages: its details, a task added, edited, taken
/// back from a unit and removed; each with its reason, in the plan's history and the audit log, the units concerned
/// told once; what units have done is never removed; readers and bad input change nothing. On each engine.
/// </summary>
public abstract class PlanCorrectionTests(DanVanApp app)
{
    [Fact]
    public async Task The_issuer_corrects_its_plan_and_the_units_concerned_are_told_with_the_reason()
    {
        var officer = await app.CreateUserAsync("correct.officer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        await app.CreateUserAsync("correct.viewer@test.vn", MembershipRole.Viewer, "TL.DU", subtree: true);
        var farmer = (await app.CreateUserAsync("correct.farmers@test.vn", MembershipRole.Officer, "TL.HND")).Id;
        var hnd = await app.OrganizationAsync("TL.HND");
        var plan = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU")
            .Select(p => new { p.Id, p.Document!.Title, p.Document.IssuedOn, Tasks = p.Tasks.Count }).SingleAsync());
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "correct.officer@test.vn");
        var editUrl = $"/Plans/Correction/Edit/{plan.Id}";
        Assert.Contains("Điều chỉnh kế hoạch", await client.GetStringAsync($"/Plans/Details/{plan.Id}"), StringComparison.Ordinal);

        // Bad input: no reason, a date that does not exist, another document's number. Each is told; nothing changes.
        var form = HtmlForm.Read(await client.GetStringAsync(editUrl), "plan-form").Set("Input.Title", plan.Title + " (điều chỉnh)");
        Assert.Contains("Hãy ghi lý do điều chỉnh", await Forms.HtmlAsync(await form.PostAsync(client, editUrl)), StringComparison.Ordinal);
        Assert.Contains("Ngày ban hành không hợp lệ", await Forms.HtmlAsync(await form.Set("Input.Reason", "Sửa lỗi đánh máy").Set("Input.IssuedOn", "31/02/2026").PostAsync(client, editUrl)), StringComparison.Ordinal);
        Assert.Contains("Số 236-KL/TW đã có trong sổ văn bản", await Forms.HtmlAsync(await form.Set("Input.IssuedOn", "").Set("Input.Number", "236-KL/TW").PostAsync(client, editUrl)), StringComparison.Ordinal);
        Assert.Equal(plan.Title, await app.WithDbAsync((db, _) => db.Plans.Where(p => p.Id == plan.Id).Select(p => p.Document!.Title).SingleAsync()));

        // The title corrected: recorded with its reason, audited, and every unit given a task told once.
        form = HtmlForm.Read(await client.GetStringAsync(editUrl), "plan-form").Set("Input.Title", plan.Title + " (điều chỉnh)").Set("Input.Reason", "Sửa trích yếu theo bản đã ký");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(client, editUrl)).StatusCode);
        Assert.Equal(plan.Title + " (điều chỉnh)", await app.WithDbAsync((db, _) => db.Plans.Where(p => p.Id == plan.Id).Select(p => p.Document!.Title).SingleAsync()));
        var told = Assert.Single(await NoticesAsync(farmer, "Kế hoạch được điều chỉnh"));
        Assert.Contains("trích yếu", told.Body, StringComparison.Ordinal);
        Assert.Contains("Lý do: Sửa trích yếu theo bản đã ký", told.Body, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(e => e.UserId == officer.Id && e.EntityType == "OfficialDocument" && e.After!.Contains("(điều chỉnh)"))));
        Assert.Contains("Sửa trích yếu theo bản đã ký", await client.GetStringAsync($"/Plans/Details/{plan.Id}"), StringComparison.Ordinal);

        // A task added at the end, given to the farmers' association (told as a new task), then its deadline corrected:
        // the cycle moves, and the association is told once, by the correction with its reason.
        var add = HtmlForm.Read(await client.GetStringAsync(editUrl), "add-task-form")
            .Set("NewTask.Number", "V.9").Set("NewTask.Text", "Tổ chức hội nghị đối thoại với Nhân dân thôn Bản Bó về chính sách hỗ trợ sản xuất.")
            .Set("NewTask.Recurrence", "Once").Set("NewTask.DueOn", "31/12/2026").Set("NewTask.Reason", "Bổ sung theo chỉ đạo của Ban Thường vụ");
        var added = await add.PostAsync(client, editUrl + "?handler=AddTask");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var task = await app.WithDbAsync((db, _) => db.PlanTasks.SingleAsync(t => t.PlanId == plan.Id && t.Number == "V.9"));
        Assert.Equal(plan.Tasks + 1, await app.WithDbAsync((db, _) => db.PlanTasks.CountAsync(t => t.PlanId == plan.Id)));
        // The same form sent again (a second click, another tab) is older than the plan: nothing saved; a fresh one with the same number is refused.
        Assert.Contains("vừa được điều chỉnh ở nơi khác", await Forms.HtmlAsync(await add.PostAsync(client, editUrl + "?handler=AddTask")), StringComparison.Ordinal);
        var again = HtmlForm.Read(await client.GetStringAsync(editUrl), "add-task-form").Set("NewTask.Number", "V.9").Set("NewTask.Text", "Một nhiệm vụ khác.").Set("NewTask.Reason", "Thử trùng số");
        Assert.Contains("đã có nhiệm vụ số V.9", await Forms.HtmlAsync(await again.PostAsync(client, editUrl + "?handler=AddTask")), StringComparison.Ordinal);

        // Three clicks at once: one task, the others told the plan changed.
        var racing = HtmlForm.Read(await client.GetStringAsync(editUrl), "add-task-form").Set("NewTask.Number", "V.10").Set("NewTask.Text", "Nhiệm vụ gửi ba lần cùng lúc.").Set("NewTask.Reason", "Bấm ba lần");
        var raced = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => racing.PostAsync(client, editUrl + "?handler=AddTask")));
        Assert.Equal(1, raced.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.PlanTasks.CountAsync(t => t.PlanId == plan.Id && t.Number == "V.10")));
        var assign = HtmlForm.Read(await client.GetStringAsync($"/Plans/Tasks/Details/{task.Id}"), "assign").Set("AssignOrganizationId", hnd.Id.ToString()).Set("AssignRole", "Lead");
        Assert.Equal(HttpStatusCode.Redirect, (await assign.PostAsync(client, $"/Plans/Tasks/Details/{task.Id}?handler=Assign")).StatusCode);
        Assert.Single(await NoticesAsync(farmer, "Nhiệm vụ mới được giao"));

        var taskUrl = $"/Plans/Correction/Task/{task.Id}";
        var edit = HtmlForm.Read(await client.GetStringAsync(taskUrl), "task-form").Set("Input.DueOn", "15/01/2027").Set("Input.Reason", "Lùi hạn vì mùa vụ");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.PostAsync(client, taskUrl)).StatusCode);
        Assert.Equal(new DateOnly(2027, 1, 15), await app.WithDbAsync((db, _) => db.TaskCycles.Where(c => c.Assignment!.TaskId == task.Id).Select(c => c.DueOn).SingleAsync()));
        var moved = await NoticesAsync(farmer, "Kế hoạch được điều chỉnh");
        Assert.Equal(2, moved.Count);
        Assert.Contains(moved, n => n.Body.Contains("nhiệm vụ V.9: thời hạn: Một lần (có hạn), hạn 31/12/2026 → Một lần (có hạn), hạn 15/01/2027", StringComparison.Ordinal) && n.Body.Contains("Lùi hạn vì mùa vụ", StringComparison.Ordinal));
        Assert.Empty(await NoticesAsync(farmer, "Hạn nhiệm vụ thay đổi"));

        // Taken back from the association, which is told; then out of the plan.
        var part = await app.WithDbAsync((db, _) => db.TaskAssignments.Where(a => a.TaskId == task.Id).Select(a => a.Id).SingleAsync());
        var seen = HtmlForm.Read(await client.GetStringAsync(taskUrl), "task-form")["Seen"]!;
        var unconfirmed = await Forms.PostAsync(client, taskUrl, new Dictionary<string, string> { ["assignmentId"] = part.ToString(), ["Reason"] = "Giao nhầm đơn vị", ["Seen"] = seen }, taskUrl + "?handler=Unassign");
        Assert.Contains("Hãy đánh dấu ô xác nhận", await Forms.HtmlAsync(unconfirmed), StringComparison.Ordinal);
        var unassigned = await Forms.PostAsync(client, taskUrl, new Dictionary<string, string> { ["assignmentId"] = part.ToString(), ["Reason"] = "Giao nhầm đơn vị", ["Confirm"] = "true", ["Seen"] = seen }, taskUrl + "?handler=Unassign");
        Assert.Equal(HttpStatusCode.Redirect, unassigned.StatusCode);
        Assert.False(await app.WithDbAsync((db, _) => db.TaskAssignments.AnyAsync(a => a.TaskId == task.Id)));
        Assert.Contains(await NoticesAsync(farmer, "Kế hoạch được điều chỉnh"), n => n.Body.Contains("không còn giao cho Hội Nông dân", StringComparison.Ordinal));
        // A form shown before the last correction (another tab) saves nothing.
        var stale = await Forms.PostAsync(client, taskUrl, new Dictionary<string, string> { ["Reason"] = "Đã gộp vào nhiệm vụ V.1", ["Confirm"] = "true", ["Seen"] = seen }, taskUrl + "?handler=Remove");
        Assert.Contains("vừa được điều chỉnh ở nơi khác", await Forms.HtmlAsync(stale), StringComparison.Ordinal);
        seen = HtmlForm.Read(await client.GetStringAsync(taskUrl), "remove-task-form")["Seen"]!;
        var removed = await Forms.PostAsync(client, taskUrl, new Dictionary<string, string> { ["Reason"] = "Đã gộp vào nhiệm vụ V.1", ["Confirm"] = "true", ["Seen"] = seen }, taskUrl + "?handler=Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.WithDbAsync((db, _) => db.PlanTasks.AnyAsync(t => t.Id == task.Id)));
        Assert.Contains("bỏ nhiệm vụ V.9", await client.GetStringAsync($"/Plans/Details/{plan.Id}"), StringComparison.Ordinal);

        // What a unit has done stays: a part with progress is not taken back, a task with progress not removed.
        var worked = await app.WithDbAsync((db, _) =>
        {
            var parts = db.TaskAssignments;
            return db.TaskProgress.Join(parts, p => p.AssignmentId, a => a.Id, (p, a) => new { p.AssignmentId, a.TaskId, a.Task!.PlanId })
                .Where(x => x.PlanId == plan.Id).Select(x => new { x.AssignmentId, x.TaskId }).FirstAsync();
        });
        var workedUrl = $"/Plans/Correction/Task/{worked.TaskId}";
        var workedPage = await client.GetStringAsync(workedUrl);
        Assert.Contains("Đã cập nhật tiến độ: giữ nguyên", workedPage, StringComparison.Ordinal);
        seen = HtmlForm.Read(workedPage, "task-form")["Seen"]!;
        var refused = await Forms.PostAsync(client, workedUrl, new Dictionary<string, string> { ["assignmentId"] = worked.AssignmentId.ToString(), ["Reason"] = "Thử bỏ giao", ["Confirm"] = "true", ["Seen"] = seen }, workedUrl + "?handler=Unassign");
        Assert.Contains("đã cập nhật tiến độ", await Forms.HtmlAsync(refused), StringComparison.Ordinal);
        refused = await Forms.PostAsync(client, workedUrl, new Dictionary<string, string> { ["Reason"] = "Thử bỏ nhiệm vụ", ["Confirm"] = "true", ["Seen"] = seen }, workedUrl + "?handler=Remove");
        Assert.Contains("không bỏ được", await Forms.HtmlAsync(refused), StringComparison.Ordinal);

        // A task worked on keeps how often it is done; no deadline goes before the plan's date of issue.
        var recurrence = HtmlForm.Read(workedPage, "task-form");
        var other = recurrence["Input.Recurrence"] == "Once" ? "Annual" : "Once";
        var changedRecurrence = await recurrence.Set("Input.Recurrence", other).Set("Input.DueOn", "31/12/2026").Set("Input.Reason", "Đổi cách thực hiện").PostAsync(client, workedUrl);
        Assert.Contains("không đổi cách thực hiện được", await Forms.HtmlAsync(changedRecurrence), StringComparison.Ordinal);
        var early = await HtmlForm.Read(workedPage, "task-form").Set("Input.DueOn", "01/01/2020").Set("Input.Reason", "Hạn sớm").PostAsync(client, workedUrl);
        Assert.Contains("trước ngày ban hành kế hoạch", await Forms.HtmlAsync(early), StringComparison.Ordinal);

        // A date of issue in the future, or before the plan it carries out, is refused; a task number differing only by case or spaces is the same.
        var future = await HtmlForm.Read(await client.GetStringAsync(editUrl), "plan-form").Set("Input.IssuedOn", "01/06/2099").Set("Input.Reason", "Sửa ngày").PostAsync(client, editUrl);
        Assert.Contains("còn ở tương lai", await Forms.HtmlAsync(future), StringComparison.Ordinal);
        var before = await HtmlForm.Read(await client.GetStringAsync(editUrl), "plan-form").Set("Input.IssuedOn", "01/01/2026").Set("Input.Reason", "Sửa ngày").PostAsync(client, editUrl);
        Assert.Contains("mà kế hoạch này thực hiện", await Forms.HtmlAsync(before), StringComparison.Ordinal);
        var sameNumber = await HtmlForm.Read(await client.GetStringAsync(editUrl), "add-task-form").Set("NewTask.Number", " iv.1 ").Set("NewTask.Text", "Một nhiệm vụ trùng số.").Set("NewTask.Reason", "Thử trùng số").PostAsync(client, editUrl + "?handler=AddTask");
        Assert.Contains("đã có nhiệm vụ số IV.1", await Forms.HtmlAsync(sameNumber), StringComparison.Ordinal);

        // Two tabs: the second, shown before the first saved, saves nothing over it.
        var tabA = HtmlForm.Read(await client.GetStringAsync(editUrl), "plan-form");
        var tabB = HtmlForm.Read(await client.GetStringAsync(editUrl), "plan-form");
        Assert.Equal(HttpStatusCode.Redirect, (await tabA.Set("Input.SignerTitle", "BÍ THƯ").Set("Input.Reason", "Sửa chức vụ").PostAsync(client, editUrl)).StatusCode);
        Assert.Contains("vừa được điều chỉnh ở nơi khác", await Forms.HtmlAsync(await tabB.Set("Input.Place", "Xã Thượng Lâm").Set("Input.Reason", "Sửa địa danh").PostAsync(client, editUrl)), StringComparison.Ordinal);
        Assert.Equal("BÍ THƯ", await app.WithDbAsync((db, _) => db.Plans.Where(p => p.Id == plan.Id).Select(p => p.SignerTitle).SingleAsync()));
        Assert.True(await app.WithDbAsync((db, _) => db.TaskAssignments.AnyAsync(a => a.Id == worked.AssignmentId)));

        // A reader of the commune sees no way to correct and is refused.
        var viewer = app.CreateBrowser();
        await Forms.SignInAsync(viewer, "correct.viewer@test.vn");
        Assert.DoesNotContain("Điều chỉnh kế hoạch", await viewer.GetStringAsync($"/Plans/Details/{plan.Id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(editUrl)).StatusCode);
        var corrections = await app.WithDbAsync((db, _) => db.PlanCorrections.CountAsync(c => c.PlanId == plan.Id));
        Assert.Equal(7, corrections);
    }

    [Fact]
    public async Task A_plan_nobody_worked_on_is_withdrawn_and_stays_in_the_registry_as_withdrawn()
    {
        await app.CreateUserAsync("withdraw.officer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        var farmer = (await app.CreateUserAsync("withdraw.farmers@test.vn", MembershipRole.Officer, "TL.HND")).Id;
        var (planId, documentId) = await app.WithDbAsync(async (db, _) =>
        {
            var commune = await db.Organizations.SingleAsync(o => o.Code == "TL.DU");
            var hnd = await db.Organizations.SingleAsync(o => o.Code == "TL.HND");
            var document = OfficialDocument.Create("Kế hoạch", "77-KH/ĐU", "Đảng ủy xã Thượng Lâm", new DateOnly(2026, 11, 20), "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026", commune.Id, DateTime.UtcNow);
            var plan = Plan.Create(document, commune, null, null, new PlanReporting(false, true, false), DateTime.UtcNow);
            plan.AddTask("1", "Tổ chức Ngày hội ở các thôn.", new TaskSchedule(TaskRecurrence.Once, new DateOnly(2026, 12, 20)), null).Assign(hnd, hnd.Name, AssignmentRole.Lead);
            db.Documents.Add(document);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return (plan.Id, document.Id);
        });
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "withdraw.officer@test.vn");
        var url = $"/Plans/Correction/Edit/{planId}";

        // Unconfirmed, or without a reason: nothing happens. The demo plan, which has reporting periods, is never withdrawn.
        Assert.Contains("Hãy đánh dấu ô xác nhận", await Forms.HtmlAsync(await Forms.PostAsync(client, url, new Dictionary<string, string> { ["WithdrawReason"] = "Trùng với kế hoạch 12-KH/ĐU" }, url + "?handler=Withdraw")), StringComparison.Ordinal);
        var demoSeen = "";
        Assert.Contains("Hãy ghi lý do", await Forms.HtmlAsync(await Forms.PostAsync(client, url, new Dictionary<string, string> { ["ConfirmWithdraw"] = "true" }, url + "?handler=Withdraw")), StringComparison.Ordinal);
        var demo = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync());
        var demoUrl = $"/Plans/Correction/Edit/{demo}";
        demoSeen = HtmlForm.Read(await client.GetStringAsync(demoUrl), "withdraw-form")["Seen"]!;
        Assert.Contains("đã có kỳ báo cáo", await Forms.HtmlAsync(await Forms.PostAsync(client, demoUrl, new Dictionary<string, string> { ["WithdrawReason"] = "Thử thu hồi", ["ConfirmWithdraw"] = "true", ["Seen"] = demoSeen }, demoUrl + "?handler=Withdraw")), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync((db, _) => db.Plans.Where(p => p.Id == demo).Select(p => p.WithdrawnAt).SingleAsync()));

        // Withdrawn: the plan and its document stay, marked; its tasks are no longer followed; the unit is told.
        var withdrawn = await Forms.PostAsync(client, url, new Dictionary<string, string> { ["WithdrawReason"] = "Trùng với kế hoạch 12-KH/ĐU", ["ConfirmWithdraw"] = "true" }, url + "?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.NotNull(await app.WithDbAsync((db, _) => db.Plans.Where(p => p.Id == planId).Select(p => p.WithdrawnAt).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.PlanTasks.CountAsync(t => t.PlanId == planId)));
        Assert.Contains(await NoticesAsync(farmer, "Kế hoạch được điều chỉnh"), n => n.Body.Contains("thu hồi kế hoạch", StringComparison.Ordinal) && n.Body.Contains("Trùng với kế hoạch 12-KH/ĐU", StringComparison.Ordinal));
        Assert.Contains("đã được thu hồi", await client.GetStringAsync($"/Plans/Details/{planId}"), StringComparison.Ordinal);
        Assert.Contains("đã được thu hồi", await client.GetStringAsync($"/Plans/Registry/Details/{documentId}"), StringComparison.Ordinal);
        Assert.Contains("Đã thu hồi", await client.GetStringAsync("/Plans?q=77-KH"), StringComparison.Ordinal);

        // Nothing of it changes any more.
        var form = HtmlForm.Read(await client.GetStringAsync(url), "plan-form").Set("Input.Title", "Đổi sau khi thu hồi").Set("Input.Reason", "Thử sửa");
        Assert.Contains("đã được thu hồi", await Forms.HtmlAsync(await form.PostAsync(client, url)), StringComparison.Ordinal);
        Assert.Equal("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026", await app.WithDbAsync((db, _) => db.Documents.Where(d => d.Id == documentId).Select(d => d.Title).SingleAsync()));
    }

    private Task<List<DanVan.Web.Modules.Notifications.Notification>> NoticesAsync(string userId, string title) =>
        app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == userId && n.Title.StartsWith(title)).ToListAsync());
}

public sealed class PlanCorrectionTests_Sqlite(SqliteApp app) : PlanCorrectionTests(app), IClassFixture<SqliteApp>;

public sealed class PlanCorrectionTests_Postgres(PostgresApp app) : PlanCorrectionTests(app), IClassFixture<PostgresApp>;
