using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DanVan.Web.Modules.Plans.Tasks;

/// <summary>
/// Tells a unit's plan officers, in the app and by e-mail, when it is given tasks or a task of it changes deadline or
/// recurrence, in the SaveChanges that makes the change, whichever path makes it (import, cascade, API, a page, a job):
/// one notice per unit and plan for what one save did, never one per task.
/// </summary>
internal sealed class TaskNotices : SaveChangesInterceptor
{
    /// <summary>How many task numbers a notice names before "…".</summary>
    private const int Named = 10;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            NotifyAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            await NotifyAsync(db, cancellationToken);
        }

        return result;
    }

    private static async Task NotifyAsync(DbContext db, CancellationToken cancellationToken)
    {
        // The cycles' interceptor ran before and detected the changes; read the entries without detecting again.
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        List<TaskAssignment> added;
        List<PlanTask> changed;
        try
        {
            added = db.ChangeTracker.Entries<TaskAssignment>().Where(e => e.State == EntityState.Added && e.Entity.OrganizationId != null).Select(e => e.Entity).ToList();
            // A task corrected in this save is told by its correction, with the reason (Correction/PlanCorrections).
            var corrected = db.ChangeTracker.Entries<Correction.PlanCorrection>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.TaskId).ToHashSet();
            changed = db.ChangeTracker.Entries<PlanTask>()
                .Where(e => e.State == EntityState.Modified && (e.Property(t => t.Recurrence).IsModified || e.Property(t => t.DueOn).IsModified))
                .Where(e => !corrected.Contains(e.Entity.Id))
                .Select(e => e.Entity).ToList();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        if (added.Count == 0 && changed.Count == 0)
        {
            return;
        }

        var notices = new List<(Guid OrganizationId, NotificationMessage Message)>();
        // For each notice, whose division of work names who follows it: the issuer, and the tasks' fields.
        var followers = new List<(Guid IssuerId, Guid UnitId, IReadOnlyList<string?> Fields, NotificationMessage Message)>();
        foreach (var group in added.Where(a => a.Task is not null).GroupBy(a => (Unit: a.OrganizationId!.Value, a.Task!.PlanId)))
        {
            var plan = await PlanOfAsync(db, group.First().Task!, cancellationToken);
            var tasks = group.Select(a => a.Task!).DistinctBy(t => t.Id).OrderBy(t => t.Position).ToList();
            var unitName = group.First().Organization?.Name ?? group.First().UnitName;
            var message = new NotificationMessage(
                $"Nhiệm vụ mới được giao: {plan.Document?.Label}",
                $"{unitName} được giao {tasks.Count} nhiệm vụ của {plan.Document?.Label}: {Numbers(tasks)}. Hãy xem hạn và cập nhật tiến độ trên bảng theo dõi nhiệm vụ.",
                $"/Plans/Board?PlanId={plan.Id}&OrganizationId={group.Key.Unit}", NoticeKinds.TaskChange);
            notices.Add((group.Key.Unit, message));
            followers.Add((plan.OrganizationId, group.Key.Unit, tasks.Select(t => t.Field).Distinct().ToList(), message));
        }

        var newly = added.Select(a => (a.OrganizationId!.Value, a.TaskId)).ToHashSet();
        foreach (var task in changed)
        {
            var plan = await PlanOfAsync(db, task, cancellationToken);
            var units = await db.Set<TaskAssignment>().AsNoTracking()
                .Where(a => a.TaskId == task.Id && a.OrganizationId != null).Select(a => a.OrganizationId!.Value).Distinct().ToListAsync(cancellationToken);
            var schedule = task.Recurrence == TaskRecurrence.Once
                ? $"hạn hoàn thành mới {(task.DueOn is { } due ? VietnameseText.FormatDate(due) : "chưa ghi")}"
                : $"thực hiện {task.Recurrence.Vietnamese().ToLowerInvariant()}{(task.DueOn is { } until ? ", hạn " + VietnameseText.FormatDate(until) : "")}; hạn từng chu kỳ đã được tính lại";
            foreach (var unit in units.Where(u => !newly.Contains((u, task.Id))))
            {
                var message = new NotificationMessage(
                    $"Hạn nhiệm vụ thay đổi: {plan.Document?.Label}",
                    $"Nhiệm vụ {task.Number} ({Short(task.Heading)}) của {plan.Document?.Label}: {schedule}.",
                    $"/Plans/Board?PlanId={plan.Id}&OrganizationId={unit}", NoticeKinds.TaskChange);
                notices.Add((unit, message));
                followers.Add((plan.OrganizationId, unit, [task.Field], message));
            }
        }

        if (notices.Count == 0)
        {
            return;
        }

        // The scope's notifier writes into this same context, so the notices commit with the change.
        var services = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider
            ?? throw new InvalidOperationException("The context has no application services to notify with.");
        var notifier = services.GetRequiredService<INotifier>();
        await notifier.NotifyUnitsAsync(notices, PlanPermissions.Manage, cancellationToken);

        // The issuer's member in charge of the unit's village or of the task's field follows the task: told the same.
        var responsibilities = services.GetRequiredService<IResponsibilities>();
        var personal = new List<(string UserId, NotificationMessage Message)>();
        foreach (var follower in followers)
        {
            foreach (var field in follower.Fields)
            {
                var people = await responsibilities.InChargeAsync(follower.IssuerId, field, [follower.UnitId], cancellationToken);
                personal.AddRange(people.Select(p => (p.UserId, follower.Message with { Body = $"(Anh/chị phụ trách {(p.ForUnitId is null ? "lĩnh vực" : "địa bàn")} {p.Scope}) " + follower.Message.Body })));
            }
        }

        if (personal.Count > 0)
        {
            await notifier.NotifyUsersAsync(personal.DistinctBy(p => (p.UserId, p.Message.Title, p.Message.Link)).ToList(), cancellationToken);
        }
    }

    private static async Task<Plan> PlanOfAsync(DbContext db, PlanTask task, CancellationToken cancellationToken)
    {
        if (task.Plan is null)
        {
            await db.Entry(task).Reference(t => t.Plan).LoadAsync(cancellationToken);
        }

        if (task.Plan!.Document is null)
        {
            await db.Entry(task.Plan).Reference(p => p.Document).LoadAsync(cancellationToken);
        }

        return task.Plan;
    }

    private static string Numbers(IReadOnlyList<PlanTask> tasks) =>
        string.Join(", ", tasks.Take(Named).Select(t => t.Number)) + (tasks.Count > Named ? $" và {tasks.Count - Named} nhiệm vụ khác" : "");

    private static string Short(string text) => VietnameseText.Shorten(text, 80);
}
