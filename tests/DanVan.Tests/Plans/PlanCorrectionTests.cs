using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
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
        Assert.Contains("đã có nhiệm vụ số V.9", await Forms.HtmlAsync(await add.PostAsync(client, editUrl + "?handler=AddTask")), StringComparison.Ordinal);
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
        var unconfirmed = await Forms.PostAsync(client, taskUrl, new Dictionary<string, string> { ["assignmentId"] = part.ToString(), ["Reason"] = "Giao nhầm đơn vị" }, taskUrl + "?handler=Unassign");
        Assert.Contains("Hãy đánh dấu ô xác nhận", await Forms.HtmlAsync(unconfirmed), StringComparison.Ordinal);
        var unassigned = await Forms.PostAsync(client, taskUrl, new Dictionary<string, string> { ["assignmentId"] = part.ToString(), ["Reason"] = "Giao nhầm đơn vị", ["Confirm"] = "true" }, taskUrl + "?handler=Unassign");
        Assert.Equal(HttpStatusCode.Redirect, unassigned.StatusCode);
        Assert.False(await app.WithDbAsync((db, _) => db.TaskAssignments.AnyAsync(a => a.TaskId == task.Id)));
        Assert.Contains(await NoticesAsync(farmer, "Kế hoạch được điều chỉnh"), n => n.Body.Contains("không còn giao cho Hội Nông dân", StringComparison.Ordinal));
        var removed = await Forms.PostAsync(client, taskUrl, new Dictionary<string, string> { ["Reason"] = "Đã gộp vào nhiệm vụ V.1", ["Confirm"] = "true" }, taskUrl + "?handler=Remove");
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
        var refused = await Forms.PostAsync(client, workedUrl, new Dictionary<string, string> { ["assignmentId"] = worked.AssignmentId.ToString(), ["Reason"] = "Thử bỏ giao", ["Confirm"] = "true" }, workedUrl + "?handler=Unassign");
        Assert.Contains("đã cập nhật tiến độ", await Forms.HtmlAsync(refused), StringComparison.Ordinal);
        refused = await Forms.PostAsync(client, workedUrl, new Dictionary<string, string> { ["Reason"] = "Thử bỏ nhiệm vụ", ["Confirm"] = "true" }, workedUrl + "?handler=Remove");
        Assert.Contains("không bỏ được", await Forms.HtmlAsync(refused), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync((db, _) => db.TaskAssignments.AnyAsync(a => a.Id == worked.AssignmentId)));

        // A reader of the commune sees no way to correct and is refused.
        var viewer = app.CreateBrowser();
        await Forms.SignInAsync(viewer, "correct.viewer@test.vn");
        Assert.DoesNotContain("Điều chỉnh kế hoạch", await viewer.GetStringAsync($"/Plans/Details/{plan.Id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(editUrl)).StatusCode);
        var corrections = await app.WithDbAsync((db, _) => db.PlanCorrections.CountAsync(c => c.PlanId == plan.Id));
        Assert.Equal(5, corrections);
    }

    private Task<List<DanVan.Web.Modules.Notifications.Notification>> NoticesAsync(string userId, string title) =>
        app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == userId && n.Title.StartsWith(title)).ToListAsync());
}

public sealed class PlanCorrectionTests_Sqlite(SqliteApp app) : PlanCorrectionTests(app), IClassFixture<SqliteApp>;

public sealed class PlanCorrectionTests_Postgres(PostgresApp app) : PlanCorrectionTests(app), IClassFixture<PostgresApp>;
