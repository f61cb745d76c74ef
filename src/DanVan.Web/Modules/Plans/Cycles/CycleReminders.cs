using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Modules.Plans.Cycles;

/// <summary>
/// One pass of the task reminders: every cycle not done whose deadline is near (the configured days, 7/3/1 by default)
/// or past gets the reminder due for that day, once; a unit's officers get one notice per pass listing all of them (a
/// digest, not one message per task), in the app and by e-mail. A pass missed sends the nearest reminder only.
/// </summary>
internal sealed class CycleReminders(AppDbContext db, INotifier notifier, IOptions<ReminderOptions> options, TimeProvider clock) : ICycleReminders
{
    /// <summary>How many cycles a notice lists before "…".</summary>
    private const int Listed = 15;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var days = settings.Days.Order().ToArray();
        var today = clock.Today();
        var latest = today.AddDays(days.Length == 0 ? 0 : days[^1]);
        var earliest = settings.Overdue ? today.AddDays(-Math.Max(1, settings.OverdueLookbackDays)) : today;
        var open = await db.TaskCycles.AsNoTracking()
            .Where(c => c.CompletedOn == null && c.StartsOn <= today && c.DueOn >= earliest && c.DueOn <= latest)
            .Where(c => c.Assignment!.OrganizationId != null && !c.Assignment.Organization!.IsArchived)
            .OrderBy(c => c.DueOn).ThenBy(c => c.Assignment!.Task!.Position)
            .Select(c => new
            {
                c.Id, c.Key, c.DueOn, UnitId = c.Assignment!.OrganizationId!.Value, c.Assignment.Task!.Number, c.Assignment.Task.Text,
                PlanKind = c.Assignment.Task.Plan!.Document!.Kind, PlanNumber = c.Assignment.Task.Plan.Document.Number, Issuer = c.Assignment.Task.Plan.Organization!.Name,
                Sent = db.Set<CycleReminder>().Where(r => r.CycleId == c.Id).Select(r => r.Kind).ToList(),
            })
            .ToListAsync(cancellationToken);

        var due = new List<(Guid UnitId, Guid CycleId, string Kind, DateOnly DueOn, string Line)>();
        foreach (var cycle in open)
        {
            var left = cycle.DueOn.DayNumber - today.DayNumber;
            var kind = settings.KindOn(cycle.DueOn, today);
            if (kind is null || cycle.Sent.Contains(kind))
            {
                continue;
            }

            var heading = cycle.Text.Split('\n', 2)[0];
            heading = heading.Length <= 70 ? heading : heading[..69].TrimEnd() + "…";
            var when = left < 0 ? $"quá hạn {-left} ngày" : left == 0 ? "hạn hôm nay" : $"còn {left} ngày";
            due.Add((cycle.UnitId, cycle.Id, kind, cycle.DueOn,
                $"{OfficialDocument.LabelOf(cycle.PlanKind, cycle.PlanNumber)} của {cycle.Issuer}, nhiệm vụ {cycle.Number} ({heading}) – {CycleCalendar.Label(cycle.Key)}: hạn {VietnameseText.FormatDate(cycle.DueOn)}, {when}"));
        }

        if (due.Count == 0)
        {
            return 0;
        }

        // Beside what fell due now, each unit is told how many of its cycles are overdue in all (older ones were reminded before).
        var unitIds = due.Select(d => d.UnitId).Distinct().ToList();
        var overdueInAll = await db.TaskCycles.AsNoTracking()
            .Where(c => c.CompletedOn == null && c.DueOn < today && c.Assignment!.OrganizationId != null && unitIds.Contains(c.Assignment.OrganizationId.Value))
            .GroupBy(c => c.Assignment!.OrganizationId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var notices = due.GroupBy(d => d.UnitId).Select(unit =>
        {
            var overdue = unit.Count(d => d.Kind == CycleReminder.OverdueKind);
            var title = overdue > 0 ? $"Nhiệm vụ quá hạn: {overdue} chu kỳ vừa quá hạn" : $"Nhiệm vụ sắp đến hạn: {unit.Count()} chu kỳ";
            var lines = unit.Take(Listed).Select(d => "- " + d.Line).ToList();
            if (unit.Count() > Listed)
            {
                lines.Add($"- và {unit.Count() - Listed} chu kỳ khác.");
            }

            if (overdueInAll.GetValueOrDefault(unit.Key) is var all and > 0)
            {
                lines.Add($"Đơn vị đang có {all} chu kỳ nhiệm vụ quá hạn chưa hoàn thành (kể cả các chu kỳ trước); xem trên bảng theo dõi nhiệm vụ của đơn vị.");
            }

            return (unit.Key, new NotificationMessage(title, string.Join('\n', lines), $"/Plans/Board?OrganizationId={unit.Key}{(overdue > 0 ? "" : "&State=InProgress")}", NoticeKinds.TaskReminder));
        }).ToList();
        await notifier.NotifyUnitsAsync(notices, PlanPermissions.Manage, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var reminder in due)
        {
            db.Set<CycleReminder>().Add(CycleReminder.Create(reminder.CycleId, reminder.Kind, reminder.DueOn, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return due.Count;
        }
        catch (DbUpdateException e) when (UniqueViolation.Columns(e) is not null)
        {
            // Another pass (a second server) recorded them first and told the units: this one's notices are dropped with them.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
