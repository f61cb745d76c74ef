using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Plans;

/// <summary>
/// A unit's plan officers are told when it is given tasks and when a task of it changes deadline, in the save that makes
/// the change, whatever path makes it: one notice per unit and plan, in the app and by e-mail. On each engine.
/// </summary>
public abstract class TaskNoticeTests(DanVanApp app)
{
    [Fact]
    public async Task A_unit_is_told_once_of_the_tasks_a_plan_gives_it_and_of_a_changed_deadline()
    {
        var officer = (await app.CreateUserAsync("notice.officer@test.vn", MembershipRole.Officer, "TQ.BTGDV")).Id;
        var viewer = (await app.CreateUserAsync("notice.viewer@test.vn", MembershipRole.Viewer, "TQ.BTGDV")).Id;
        await app.CreateUserAsync("notice.importer@test.vn", MembershipRole.Officer, "TQ.TU", subtree: true);
        var province = await app.OrganizationAsync("TQ.TU");
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "notice.importer@test.vn");

        // The directive gives the board its part in "Tổ chức thực hiện": imported through the pages, the board's officer is told once.
        var (url, form, _) = await PlanUploads.ReviewAsync(client, "chi-thi-thong-bao.txt", System.Text.Encoding.UTF8.GetBytes(DanVan.Tests.Documents.DirectiveTests.Directive.Replace("12-CT/TU", "13-CT/TU", StringComparison.Ordinal)), province.Id);
        foreach (var name in form.Names.Where(n => n.EndsWith(".Name", StringComparison.Ordinal) && n.StartsWith("Draft.Units[", StringComparison.Ordinal)))
        {
            if (form[name.Replace(".Name", ".OrganizationIds", StringComparison.Ordinal)] is null)
            {
                form.Set(name.Replace(".Name", ".Unlisted", StringComparison.Ordinal), "true", "false");
            }
        }

        var confirmed = await form.PostAsync(client, url + "&handler=Confirm");
        Assert.True(confirmed.StatusCode == HttpStatusCode.Redirect, await Forms.HtmlAsync(confirmed));
        var plan = await app.WithDbAsync((db, _) => db.Plans.Include(p => p.Tasks).ThenInclude(t => t.Assignments).SingleAsync(p => p.Document!.Number == "13-CT/TU"));
        var board = (await app.OrganizationAsync("TQ.BTGDV")).Id;
        var given = plan.Tasks.Where(t => t.Assignments.Any(a => a.OrganizationId == board)).ToList();
        Assert.NotEmpty(given);
        var notices = await NoticesAsync(officer, "Nhiệm vụ mới được giao");
        var notice = Assert.Single(notices);
        Assert.Contains($"được giao {given.Count} nhiệm vụ của Chỉ thị số 13-CT/TU", notice.Body, StringComparison.Ordinal);
        Assert.Equal($"/Plans/Board?PlanId={plan.Id}&OrganizationId={board}", notice.Link);
        Assert.NotNull(notice.EmailTo);
        Assert.Empty(await NoticesAsync(viewer, "Nhiệm vụ mới được giao")); // a reader does not carry out tasks

        // The deadline of one of its tasks changes, by any path (here the entity, saved as a job would): told again, once.
        var task = given[0];
        await app.WithDbAsync(async (db, _) =>
        {
            var tracked = await db.PlanTasks.SingleAsync(t => t.Id == task.Id);
            tracked.Update(tracked.Number, tracked.Text, new TaskSchedule(TaskRecurrence.Once, new DateOnly(2026, 12, 31)));
            return await db.SaveChangesAsync();
        });
        var changed = Assert.Single(await NoticesAsync(officer, "Hạn nhiệm vụ thay đổi"));
        Assert.Contains($"Nhiệm vụ {task.Number}", changed.Body, StringComparison.Ordinal);
        Assert.Contains("hạn hoàn thành mới 31/12/2026", changed.Body, StringComparison.Ordinal);

        // A save that changes something else of the task tells nobody.
        await app.WithDbAsync(async (db, _) =>
        {
            var tracked = await db.PlanTasks.SingleAsync(t => t.Id == task.Id);
            tracked.Update(tracked.Number, tracked.Text + " (bổ sung)", new TaskSchedule(tracked.Recurrence, tracked.DueOn));
            return await db.SaveChangesAsync();
        });
        Assert.Single(await NoticesAsync(officer, "Hạn nhiệm vụ thay đổi"));

        // Task changes come by e-mail in the day's digest (the officer chose nothing else): nothing now, then the next
        // morning one letter to the real SMTP listener that lists both notices.
        await app.WithDbAsync((_, services) => services.GetRequiredService<INotifier>().DeliverEmailsAsync(CancellationToken.None));
        Assert.Empty(app.Mail.To("notice.officer@test.vn"));
        using (app.Clock.At(DanVan.Web.Infrastructure.Time.VietnamTime.Today(TimeProvider.System).AddDays(1), new TimeOnly(7, 30)))
        {
            for (var k = 0; k < 50 && app.Mail.To("notice.officer@test.vn").Count == 0; k++)
            {
                await app.WithDbAsync((_, services) => services.GetRequiredService<INotifier>().DeliverEmailsAsync(CancellationToken.None));
                await Task.Delay(100);
            }
        }

        var digest = Assert.Single(app.Mail.To("notice.officer@test.vn"));
        Assert.StartsWith("[DanVan] 2 thông báo mới ngày", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("1. Nhiệm vụ mới được giao: Chỉ thị số 13-CT/TU", digest.Body, StringComparison.Ordinal);
        Assert.Contains("2. Hạn nhiệm vụ thay đổi", digest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_units_officers_get_one_digest_of_its_cycles_due_soon_or_overdue_once_per_reminder()
    {
        // The unit's open cycles whose deadline is within the reminder days or passed within the look-back.
        var unit = await app.OrganizationAsync("TL.HPN");
        var officer = (await app.CreateUserAsync("cycle.reminder@test.vn", MembershipRole.Officer, "TL.HPN")).Id;

        // A second officer chooses, on the settings page, not to get task reminders by e-mail: in the app only.
        var quiet = (await app.CreateUserAsync("cycle.quiet@test.vn", MembershipRole.Officer, "TL.HPN")).Id;
        var browser = app.CreateBrowser();
        await Forms.SignInAsync(browser, "cycle.quiet@test.vn");
        var settings = HtmlForm.Read(await browser.GetStringAsync("/Notifications/Settings"), "notice-settings");
        Assert.All(NoticeKinds.All, k => Assert.Equal(k.Default.ToString(), settings[$"Email[{k.Kind}]"]));
        settings.Set($"Email[{NoticeKinds.TaskReminder}]", nameof(EmailDelivery.None));
        Assert.Equal(HttpStatusCode.Redirect, (await settings.PostAsync(browser, "/Notifications/Settings")).StatusCode);
        Assert.Equal(nameof(EmailDelivery.None), HtmlForm.Read(await browser.GetStringAsync("/Notifications/Settings"), "notice-settings")[$"Email[{NoticeKinds.TaskReminder}]"]);
        // Three days before the half-year's deadline (14/12): the unit's open cycles of the half-year are due soon.
        var today = new DateOnly(2026, 12, 11);
        using var day = app.Clock.At(today);
        var expected = await app.WithDbAsync((db, _) => db.TaskCycles.CountAsync(c => c.Assignment!.OrganizationId == unit.Id && c.CompletedOn == null
            && c.StartsOn <= today && c.DueOn >= today.AddDays(-30) && c.DueOn <= today.AddDays(7)));
        Assert.True(expected > 0, "the demo leaves the unit cycles overdue or due soon");

        var first = await app.WithDbAsync((_, services) => services.GetRequiredService<DanVan.Web.Modules.Reporting.Reminders.ReminderRun>().RunAsync(CancellationToken.None));
        var digest = Assert.Single(await NoticesAsync(officer, "Nhiệm vụ"));
        Assert.Equal(Math.Min(expected, 15), digest.Body.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains(": hạn ", StringComparison.Ordinal)));
        Assert.Matches(@"(quá hạn \d+ ngày|còn \d+ ngày|hạn hôm nay)", digest.Body);
        Assert.Equal(expected, await app.WithDbAsync((db, _) =>
        {
            var cycles = db.TaskCycles.Where(c => c.Assignment!.OrganizationId == unit.Id).Select(c => c.Id);
            return db.Set<DanVan.Web.Modules.Plans.Cycles.CycleReminder>().CountAsync(r => cycles.Contains(r.CycleId));
        }));
        Assert.Contains(app.Mail.To("cycle.reminder@test.vn"), m => m.Subject.Contains("Nhiệm vụ sắp đến hạn", StringComparison.Ordinal));
        Assert.Contains("của Đảng ủy xã Thượng Lâm, nhiệm vụ", digest.Body, StringComparison.Ordinal);

        var quietNotice = Assert.Single(await NoticesAsync(quiet, "Nhiệm vụ"));
        Assert.Equal((NoticeKinds.TaskReminder, (string?)null), (quietNotice.Kind, quietNotice.EmailTo));
        Assert.Empty(app.Mail.To("cycle.quiet@test.vn"));

        // The same day again: nothing new.
        await app.WithDbAsync((_, services) => services.GetRequiredService<DanVan.Web.Modules.Reporting.Reminders.ReminderRun>().RunAsync(CancellationToken.None));
        Assert.Single(await NoticesAsync(officer, "Nhiệm vụ"));
        Assert.True(first.Reminders >= expected);
    }

    private Task<List<DanVan.Web.Modules.Notifications.Notification>> NoticesAsync(string userId, string title) =>
        app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == userId && n.Title.StartsWith(title)).ToListAsync());
}

public sealed class TaskNoticeTests_Sqlite(SqliteApp app) : TaskNoticeTests(app), IClassFixture<SqliteApp>;

public sealed class TaskNoticeTests_Postgres(PostgresApp app) : TaskNoticeTests(app), IClassFixture<PostgresApp>;
