using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Notifications;

/// <summary>
/// Each person chooses, kind by kind, how e-mail brings notices: at once, in one letter a day, or not at all. What waits
/// for one address goes in one letter, and the day's digest goes once, after the digest hour (7:00), over real SMTP.
/// </summary>
public abstract class EmailDigestTests(DanVanApp app)
{
    private static readonly DateOnly Day = new(2027, 4, 5);

    [Fact]
    public async Task Notices_that_fall_together_reach_a_person_in_one_letter_and_the_daily_ones_once_a_day()
    {
        const string address = "digest.officer@test.vn";
        var officer = (await app.CreateUserAsync(address, MembershipRole.Officer, "TL.CCB")).Id;
        var unit = (await app.OrganizationAsync("TL.CCB")).Id;

        // The settings page shows each kind's default and keeps what the officer chooses: "other" notices in the app only.
        var browser = app.CreateBrowser();
        await Forms.SignInAsync(browser, address);
        var settings = HtmlForm.Read(await browser.GetStringAsync("/Notifications/Settings"), "notice-settings");
        Assert.Equal(nameof(EmailDelivery.Immediate), settings[$"Email[{NoticeKinds.ReportReview}]"]);
        Assert.Equal(nameof(EmailDelivery.Daily), settings[$"Email[{NoticeKinds.TaskChange}]"]);
        settings.Set($"Email[{NoticeKinds.Other}]", nameof(EmailDelivery.None));
        Assert.Equal(HttpStatusCode.Redirect, (await settings.PostAsync(browser, "/Notifications/Settings")).StatusCode);
        Assert.Equal(nameof(EmailDelivery.None), HtmlForm.Read(await browser.GetStringAsync("/Notifications/Settings"), "notice-settings")[$"Email[{NoticeKinds.Other}]"]);

        // Two tabs: each saves only what was changed in it, so the older form does not undo the other's choice.
        var tabA = HtmlForm.Read(await browser.GetStringAsync("/Notifications/Settings"), "notice-settings");
        var tabB = HtmlForm.Read(await browser.GetStringAsync("/Notifications/Settings"), "notice-settings");
        Assert.Equal(HttpStatusCode.Redirect, (await tabB.Set($"Email[{NoticeKinds.ReportReminder}]", nameof(EmailDelivery.Daily)).PostAsync(browser, "/Notifications/Settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await tabA.Set($"Email[{NoticeKinds.TaskReminder}]", nameof(EmailDelivery.Daily)).PostAsync(browser, "/Notifications/Settings")).StatusCode);
        var both = HtmlForm.Read(await browser.GetStringAsync("/Notifications/Settings"), "notice-settings");
        Assert.Equal((nameof(EmailDelivery.Daily), nameof(EmailDelivery.Daily)), (both[$"Email[{NoticeKinds.ReportReminder}]"], both[$"Email[{NoticeKinds.TaskReminder}]"]));
        Assert.Equal(HttpStatusCode.Redirect, (await both.Set($"Email[{NoticeKinds.ReportReminder}]", nameof(EmailDelivery.Immediate)).Set($"Email[{NoticeKinds.TaskReminder}]", nameof(EmailDelivery.Immediate)).PostAsync(browser, "/Notifications/Settings")).StatusCode);

        // A value that is not a choice (a number, two names, a made-up one) is refused with one message, and nothing changes.
        foreach (var forged in new[] { "0", "Immediate, Daily" })
        {
            var refusedForm = await Forms.PostAsync(browser, "/Notifications/Settings", new Dictionary<string, string> { [$"Email[{NoticeKinds.TaskChange}]"] = forged });
            Assert.Contains("Lựa chọn không hợp lệ", await Forms.HtmlAsync(refusedForm), StringComparison.Ordinal);
        }

        var bad = await Forms.PostAsync(browser, "/Notifications/Settings", new Dictionary<string, string> { [$"Email[{NoticeKinds.TaskChange}]"] = "Hourly" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Lựa chọn không hợp lệ", await Forms.HtmlAsync(bad), StringComparison.Ordinal);
        Assert.Equal(nameof(EmailDelivery.Daily), HtmlForm.Read(await browser.GetStringAsync("/Notifications/Settings"), "notice-settings")[$"Email[{NoticeKinds.TaskChange}]"]);

        // At 9:00 two report notices, three task changes and one other notice fall for the unit's officer.
        using (app.Clock.At(Day))
        {
            await NotifyAsync(unit, ("Báo cáo bị trả lại: quý I/2027", NoticeKinds.ReportReview), ("Ý kiến trao đổi về báo cáo quý I/2027", NoticeKinds.ReportReview),
                ("Nhiệm vụ mới được giao: Kế hoạch 01", NoticeKinds.TaskChange), ("Hạn nhiệm vụ thay đổi: Kế hoạch 01", NoticeKinds.TaskChange),
                ("Nhiệm vụ mới được giao: Kế hoạch 02", NoticeKinds.TaskChange), ("Thông báo khác của ngày", NoticeKinds.Other));
            await DeliverAsync(address, 1);
        }

        // The two taken at once came together, in one letter that lists both; the "other" one never goes by e-mail.
        var first = Assert.Single(app.Mail.To(address));
        Assert.Equal("[DanVan] 2 thông báo mới ngày 05/04/2027", first.Subject);
        Assert.Contains("1. Báo cáo bị trả lại: quý I/2027", first.Body, StringComparison.Ordinal);
        Assert.Contains("2. Ý kiến trao đổi về báo cáo quý I/2027", first.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Nhiệm vụ mới được giao", first.Body, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == officer && n.Title == "Thông báo khác của ngày").Select(n => n.EmailTo).SingleAsync()));

        // Later that day the task changes still wait for the digest, and so does one more.
        using (app.Clock.At(Day, new TimeOnly(20, 0)))
        {
            await NotifyAsync(unit, ("Hạn nhiệm vụ thay đổi: Kế hoạch 02", NoticeKinds.TaskChange));
            await DeliverAsync(address, 1);
        }

        Assert.Single(app.Mail.To(address));

        // The next morning after 7:00: one digest with the four of the day, then nothing more that day.
        using (app.Clock.At(Day.AddDays(1), new TimeOnly(7, 30)))
        {
            await DeliverAsync(address, 2);
            await DeliverAsync(address, 2);
        }

        var mails = app.Mail.To(address);
        Assert.Equal(2, mails.Count);
        var digest = mails[1];
        Assert.Equal("[DanVan] 4 thông báo mới ngày 06/04/2027", digest.Subject);
        Assert.Contains("4. Hạn nhiệm vụ thay đổi: Kế hoạch 02", digest.Body, StringComparison.Ordinal);
        Assert.Contains($"Xem trên DanVan: https://danvan.test.vn/Plans/Board?OrganizationId={unit}", digest.Body, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Notifications.CountAsync(n => n.UserId == officer && n.EmailTo != null && n.EmailSentAt == null)));

        // One notice alone is its own letter, with its own subject.
        using (app.Clock.At(Day.AddDays(1), new TimeOnly(10, 0)))
        {
            await NotifyAsync(unit, ("Báo cáo đã được tiếp nhận: quý I/2027", NoticeKinds.ReportReview));
            await DeliverAsync(address, 3);
        }

        Assert.Equal("[DanVan] Báo cáo đã được tiếp nhận: quý I/2027", app.Mail.To(address)[^1].Subject);
    }

    private Task NotifyAsync(Guid unit, params (string Title, string Kind)[] notices) => app.WithDbAsync(async (db, services) =>
    {
        var notifier = services.GetRequiredService<INotifier>();
        await notifier.NotifyUnitsAsync(notices.Select(n => (unit, new NotificationMessage(n.Title, $"Nội dung: {n.Title}.", $"/Plans/Board?OrganizationId={unit}", n.Kind))).ToList(), PlanPermissions.Manage, CancellationToken.None);
        return await db.SaveChangesAsync();
    });

    /// <summary>
    /// Delivers what waits until the address has <paramref name="expected"/> letters: a pass of the app's own reminder
    /// service may hold the outbox at the same moment (then this pass delivers nothing and that one does).
    /// </summary>
    private async Task DeliverAsync(string address, int expected)
    {
        for (var k = 0; k < 50 && app.Mail.To(address).Count < expected; k++)
        {
            await app.WithDbAsync((_, services) => services.GetRequiredService<INotifier>().DeliverEmailsAsync(CancellationToken.None));
            if (app.Mail.To(address).Count < expected)
            {
                await Task.Delay(200);
            }
        }

        await app.WithDbAsync((_, services) => services.GetRequiredService<INotifier>().DeliverEmailsAsync(CancellationToken.None));
        Assert.Equal(expected, app.Mail.To(address).Count);
    }
}

public sealed class EmailDigestTests_Sqlite(SqliteApp app) : EmailDigestTests(app), IClassFixture<SqliteApp>;

public sealed class EmailDigestTests_Postgres(PostgresApp app) : EmailDigestTests(app), IClassFixture<PostgresApp>;
