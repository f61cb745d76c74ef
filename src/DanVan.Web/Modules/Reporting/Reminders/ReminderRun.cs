using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Reporting.Reminders;

/// <summary>
/// One pass: every report not yet submitted whose deadline is near or past gets the reminder due for that day,
/// in the app and by e-mail, once. A pass missed (server down) sends the nearest reminder, not every skipped one.
/// </summary>
internal sealed class ReminderRun(AppDbContext db, INotifier notifier, IOptions<ReminderOptions> options, TimeProvider clock, DatabaseLocks locks, Plans.Contracts.ICycleReminders cycles, Petitions.Contracts.IPetitionReminders petitions, ILogger<ReminderRun> logger)
{
    /// <summary>One pass at a time over all servers (and the CLI): a pass that finds another running is skipped.</summary>
    public async Task<ReminderResult> RunAsync(CancellationToken cancellationToken)
    {
        await using var held = await locks.TryAcquireAsync("reminders", cancellationToken);
        if (held is null)
        {
            logger.LogInformation("Another server is running the reminder pass; this one is skipped");
            return new ReminderResult(0, 0, Skipped: true);
        }

        var settings = options.Value;
        var days = settings.Days.Order().ToArray();
        var today = clock.Today();
        var latest = today.AddDays(days.Length == 0 ? 0 : days[^1]);
        var earliest = settings.Overdue ? today.AddDays(-Math.Max(1, settings.OverdueLookbackDays)) : today;
        var open = new[] { ReportStatus.Draft, ReportStatus.Returned };
        var candidates = await db.Reports.AsNoTracking()
            .Where(r => open.Contains(r.Status) && (r.IsExternal && r.Period!.ExternalDueOn != null ? r.Period.ExternalDueOn.Value : r.Period!.DueOn) >= earliest && (r.IsExternal && r.Period!.ExternalDueOn != null ? r.Period.ExternalDueOn.Value : r.Period!.DueOn) <= latest)
            .Where(r => !r.Organization!.IsArchived)
            .Select(r => new
            {
                r.Id, r.OrganizationId, r.Status, UnitName = r.Organization!.Name, r.PeriodId, r.Period!.Title, DueOn = (r.IsExternal && r.Period!.ExternalDueOn != null ? r.Period.ExternalDueOn.Value : r.Period!.DueOn), IssuerId = r.Period.Plan!.OrganizationId,
                Sent = db.Set<ReportReminder>().Where(m => m.ReportId == r.Id).Select(m => m.Kind).ToList(),
            })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var due = new List<(Guid ReportId, Guid OrganizationId, string Kind, DateOnly DueOn, Guid IssuerId, Guid PeriodId, string Title, string UnitName, NotificationMessage Message)>();
        foreach (var report in candidates)
        {
            var left = report.DueOn.DayNumber - today.DayNumber;
            var kind = settings.KindOn(report.DueOn, today);
            if (kind is null || report.Sent.Contains(kind))
            {
                continue;
            }

            var dueText = VietnameseText.FormatDate(report.DueOn);
            var title = left switch
            {
                < 0 => $"Quá hạn gửi báo cáo: {report.Title}",
                0 => $"Hôm nay là hạn gửi báo cáo: {report.Title}",
                _ => $"Còn {left} ngày đến hạn gửi báo cáo: {report.Title}",
            };
            var body = $"{report.UnitName}: {report.Title}, hạn gửi {dueText}. Trạng thái: {report.Status.Vietnamese()}."
                + (left < 0 ? $" Đã quá hạn {-left} ngày; xin hoàn thành và gửi báo cáo sớm." : " Xin hoàn thành và gửi báo cáo trước hạn.");
            due.Add((report.Id, report.OrganizationId, kind, report.DueOn, report.IssuerId, report.PeriodId, report.Title, report.UnitName,
                new NotificationMessage(title, body, $"/Reporting/Reports/Edit/{report.Id}", NoticeKinds.ReportReminder)));
        }

        // In batches: one read of the units' members and one save per batch, so that a national pass neither asks
        // for members report by report nor holds every notification in one transaction.
        var created = 0;
        var unreached = new List<(Guid IssuerId, Guid PeriodId, string Title, DateOnly DueOn, string UnitName)>();
        foreach (var batch in due.Chunk(BatchSize))
        {
            var told = await notifier.NotifyUnitsAsync(batch.Select(r => (r.OrganizationId, r.Message)).ToList(), ReportPermissions.Write, cancellationToken);
            for (var k = 0; k < batch.Length; k++)
            {
                db.ReportReminders.Add(ReportReminder.Create(batch[k].ReportId, batch[k].Kind, batch[k].DueOn, told[k], now));
                if (told[k] == 0)
                {
                    unreached.Add((batch[k].IssuerId, batch[k].PeriodId, batch[k].Title, batch[k].DueOn, batch[k].UnitName));
                }
            }

            if (await SaveAsync(cancellationToken))
            {
                created += batch.Length;
            }
        }

        await TellReceiversAsync(unreached, cancellationToken);
        await SaveAsync(cancellationToken);

        // The task cycles near or past their deadline, in the same pass (and under the same lock), before the e-mails go.
        created += await cycles.RunAsync(cancellationToken);
        created += await petitions.RunAsync(cancellationToken);

        var emailed = await notifier.DeliverEmailsAsync(cancellationToken);
        return new ReminderResult(created, emailed);
    }

    public const int BatchSize = 500;

    /// <summary>Saves a batch; when another pass (a second server or the CLI) recorded the same reminders first, it sent them, and this batch is dropped.</summary>
    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Columns(e) is not null)
        {
            logger.LogInformation(e, "Reminders recorded concurrently; this batch is dropped");
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// A unit nobody could be reminded in (no account may write its report) is named to the receiving unit's
    /// reviewers, one message per period and pass, so that someone telephones it instead of trusting the reminder.
    /// </summary>
    private async Task TellReceiversAsync(IEnumerable<(Guid IssuerId, Guid PeriodId, string Title, DateOnly DueOn, string UnitName)> unreached, CancellationToken cancellationToken)
    {
        foreach (var period in unreached.GroupBy(u => (u.IssuerId, u.PeriodId, u.Title, u.DueOn)))
        {
            var units = string.Join(", ", period.Select(u => u.UnitName).Order(VietnameseText.Comparer));
            var title = $"Chưa nhắc được {period.Count()} đơn vị: {period.Key.Title}";
            var body = $"Các đơn vị sau chưa có tài khoản được phân quyền soạn báo cáo nên không nhận được nhắc hạn gửi {VietnameseText.FormatDate(period.Key.DueOn)}: {units}. "
                + "Xin liên hệ trực tiếp với đơn vị, hoặc đề nghị quản trị viên cấp tài khoản.";
            var told = await notifier.NotifyUnitAsync(period.Key.IssuerId, ReportPermissions.Review, new NotificationMessage(title, body, $"/Reporting/Periods/Details/{period.Key.PeriodId}", NoticeKinds.ReportReminder), cancellationToken);
            logger.LogWarning("{Count} units could not be reminded for period {PeriodId} (no account may write their report); {Told} reviewers told", period.Count(), period.Key.PeriodId, told);
        }
    }
}

internal sealed record ReminderResult(int Reminders, int EmailsSent, bool Skipped = false);
