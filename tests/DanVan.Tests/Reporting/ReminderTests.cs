using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Reporting.Reminders;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Reporting;

/// <summary>Deadline reminders reach the unit's writers in the app and, over real SMTP, by e-mail; each once.</summary>
public abstract class ReminderTests(DanVanApp app)
{
    private static readonly DateOnly Due = new(2027, 3, 20);

    [Fact]
    public async Task Units_that_have_not_submitted_are_reminded_7_3_1_days_before_and_when_overdue_once_each()
    {
        await app.CreateUserAsync("reminder.reviewer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        await app.CreateUserAsync("reminder.writer@test.vn", MembershipRole.Officer, "TL.HND");
        await app.CreateUserAsync("reminder.viewer@test.vn", MembershipRole.Viewer, "TL.HND");
        var reviewer = app.CreateBrowser();
        await Forms.SignInAsync(reviewer, "reminder.reviewer@test.vn");
        var planId = await Periods.OpenOnRequestAsync(app, reviewer, "Báo cáo nhanh công tác dân vận quý I/2027", "01/01/2027", "15/03/2027", "20/03/2027");
        var reports = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Period!.PlanId == planId && r.Period.DueOn == Due)
            .Select(r => new { r.Id, r.Organization!.Code }).ToDictionaryAsync(r => r.Code, r => r.Id));
        var farmers = reports["TL.HND"];

        // The women's union submits in time: it is never reminded after that.
        await app.CreateUserAsync("reminder.women@test.vn", MembershipRole.Officer, "TL.HPN");
        var women = app.CreateBrowser();
        await Forms.SignInAsync(women, "reminder.women@test.vn");
        var womenUrl = $"/Reporting/Reports/Edit/{reports["TL.HPN"]}";
        var womenForm = HtmlForm.Read(await women.GetStringAsync(womenUrl), "report-form").Set("Form.Narratives[0].Results", "Đã tổ chức đối thoại tại 3 thôn.");
        Assert.Equal(HttpStatusCode.Redirect, (await womenForm.PostAsync(women, $"{womenUrl}?handler=Submit")).StatusCode);

        Assert.Empty(await RunAtAsync(Due.AddDays(-10), farmers));
        Assert.Equal(["before-7"], await RunAtAsync(Due.AddDays(-7), farmers));
        Assert.Equal(["before-7"], await RunAtAsync(Due.AddDays(-7), farmers));
        Assert.Equal(["before-7", "before-3"], await RunAtAsync(Due.AddDays(-2), farmers)); // the 3-day pass was missed: caught up, once
        Assert.Equal(["before-7", "before-3", "before-1"], await RunAtAsync(Due.AddDays(-1), farmers));
        Assert.Equal(["before-7", "before-3", "before-1", ReportReminder.OverdueKind], await RunAtAsync(Due.AddDays(1), farmers));
        Assert.Equal(4, (await RunAtAsync(Due.AddDays(2), farmers)).Count);
        Assert.False(await app.WithDbAsync((db, _) => db.ReportReminders.AnyAsync(r => r.ReportId == reports["TL.HPN"])));

        // E-mail: four messages to the writer, none to the viewer, subject and body in Vietnamese with the link.
        var mails = app.Mail.To("reminder.writer@test.vn");
        Assert.Equal(4, mails.Count);
        Assert.Empty(app.Mail.To("reminder.viewer@test.vn"));
        Assert.Contains(mails, m => m.Subject == "[DanVan] Còn 7 ngày đến hạn gửi báo cáo: Báo cáo nhanh công tác dân vận quý I/2027");
        Assert.Contains(mails, m => m.Subject.StartsWith("[DanVan] Quá hạn gửi báo cáo", StringComparison.Ordinal) && m.Body.Contains("Đã quá hạn 1 ngày", StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Contains($"https://danvan.test.vn/Reporting/Reports/Edit/{farmers}", m.Body, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Equal("danvan@test.vn", m.From));

        // Units nobody could be reminded in are named to the receiving unit's reviewer, once per pass, never the
        // units that were reminded or that have submitted.
        var told = app.Mail.To("reminder.reviewer@test.vn").Where(m => m.Subject.StartsWith("[DanVan] Chưa nhắc được", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, told.Count);
        Assert.All(told, m => Assert.Contains("Hội Cựu chiến binh xã Thượng Lâm", m.Body, StringComparison.Ordinal));
        Assert.All(told, m => Assert.DoesNotContain("Hội Nông dân xã Thượng Lâm", m.Body, StringComparison.Ordinal));
        Assert.All(told, m => Assert.DoesNotContain("Hội Liên hiệp Phụ nữ xã Thượng Lâm", m.Body, StringComparison.Ordinal));

        // In the app: the bell counts them; opening one marks it read and leads to the report.
        var writer = app.CreateBrowser();
        await Forms.SignInAsync(writer, "reminder.writer@test.vn");
        var list = await Forms.HtmlAsync(await writer.GetAsync("/Notifications"));
        Assert.Contains("Còn 1 ngày đến hạn gửi báo cáo", list, StringComparison.Ordinal);
        Assert.Matches("Thông báo\\s*<span class=\"badge[^>]*>4<", list);
        var first = await app.WithDbAsync((db, _) => db.Notifications.Where(n => db.Set<AppUser>().Any(u => u.Id == n.UserId && u.Email == "reminder.writer@test.vn")).OrderBy(n => n.CreatedAt).Select(n => n.Id).FirstAsync());
        var opened = await Forms.PostAsync(writer, "/Notifications", new Dictionary<string, string>(), $"/Notifications?handler=Open&id={first}");
        Assert.Equal($"/Reporting/Reports/Edit/{farmers}", opened.Headers.Location!.OriginalString);
        Assert.Matches("Thông báo\\s*<span class=\"badge[^>]*>3<", await Forms.HtmlAsync(await writer.GetAsync("/Notifications")));

        // Somebody else's notification is not theirs to open.
        var viewer = app.CreateBrowser();
        await Forms.SignInAsync(viewer, "reminder.viewer@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(viewer, "/Notifications", new Dictionary<string, string>(), $"/Notifications?handler=Open&id={first}")).StatusCode);
        Assert.Contains("Chưa có thông báo nào", await Forms.HtmlAsync(await viewer.GetAsync("/Notifications")), StringComparison.Ordinal);
    }

    private async Task<List<string>> RunAtAsync(DateOnly day, Guid reportId)
    {
        using (app.Clock.At(day))
        {
            await app.WithDbAsync((_, services) => services.GetRequiredService<ReminderRun>().RunAsync(CancellationToken.None));
        }

        return await app.WithDbAsync((db, _) => db.ReportReminders.Where(r => r.ReportId == reportId).OrderBy(r => r.CreatedAt).Select(r => r.Kind).ToListAsync());
    }
}

public sealed class ReminderTests_Sqlite(SqliteApp app) : ReminderTests(app), IClassFixture<SqliteApp>;

public sealed class ReminderTests_Postgres(PostgresApp app) : ReminderTests(app), IClassFixture<PostgresApp>;
