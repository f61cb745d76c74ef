using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Petitions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Modules.Petitions.Handling;

/// <summary>
/// Before the acceptance deadline and the resolution deadline of each open case (the shared reminder days), and once
/// it has passed: its handler is told, or the unit's staff while nobody is assigned. Each reminder is recorded per
/// deadline and kind, so a pass is idempotent and an extended deadline is reminded afresh.
/// </summary>
internal sealed class PetitionReminders(AppDbContext db, INotifier notifier, IOptions<ReminderOptions> options, TimeProvider clock) : IPetitionReminders
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = clock.Today();
        var latest = today.AddDays(settings.Days.Length == 0 ? 0 : settings.Days.Max());
        var earliest = today.AddDays(-Math.Max(1, settings.OverdueLookbackDays));
        var open = await db.Petitions.AsNoTracking()
            .Where(p => (p.Status == PetitionStatus.Received && p.AcceptBy >= earliest && p.AcceptBy <= latest)
                || (p.Status == PetitionStatus.Accepted && p.DueOn >= earliest && p.DueOn <= latest))
            .Select(p => new { p.Id, p.Code, p.Title, p.Status, p.AcceptBy, p.DueOn, p.OrganizationId, p.HandlerUserId, Sent = db.Set<PetitionReminder>().Where(r => r.PetitionId == p.Id).Select(r => r.Deadline + "|" + r.Kind).ToList() })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var petition in open)
        {
            var accepting = petition.Status == PetitionStatus.Received;
            var deadline = accepting ? petition.AcceptBy : petition.DueOn!.Value;
            var key = $"{(accepting ? "accept" : "resolve")}-{deadline:yyyyMMdd}";
            var kind = settings.KindOn(deadline, today);
            if (kind is null || petition.Sent.Contains($"{key}|{kind}"))
            {
                continue;
            }

            var left = deadline.DayNumber - today.DayNumber;
            var what = accepting ? "thông báo thụ lý hoặc chuyển đơn" : "giải quyết";
            var title = left < 0 ? $"Quá hạn {what}: đơn {petition.Code}" : left == 0 ? $"Hôm nay là hạn {what}: đơn {petition.Code}" : $"Còn {left} ngày đến hạn {what}: đơn {petition.Code}";
            var message = new NotificationMessage(title, $"{VietnameseText.Shorten(petition.Title, 160)}. Hạn {what}: {VietnameseText.FormatDate(deadline)}.", $"/Petitions/Details/{petition.Id}", NoticeKinds.Petition);
            var told = petition.HandlerUserId is { } handler
                ? await notifier.NotifyUsersAsync([(handler, message)], cancellationToken)
                : await notifier.NotifyUnitAsync(petition.OrganizationId, PetitionPermissions.Handle, message, cancellationToken);
            db.PetitionReminders.Add(PetitionReminder.Create(petition.Id, key, kind, told, now));
            count++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Columns(e) is not null)
        {
            // Another pass recorded them first and sent them.
            count = 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return count;
    }
}
