using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Cycles;

namespace DanVan.Web.Modules.Plans.Board;

/// <summary>What the task board is filtered by; every field is optional.</summary>
/// <param name="EarlierUndone">Only parts with an earlier cycle never done (whatever the current cycle's state).</param>
public sealed record TaskBoardFilter(Guid? PlanId, Guid? OrganizationId, bool IncludeSubunits, AssignmentRole? Role, TaskState? State, string? Q, bool EarlierUndone = false);

/// <summary>One unit's part of one task in its current cycle, as the board lists it, with how its earlier cycles ended.</summary>
public sealed record TaskBoardRow(
    Guid AssignmentId,
    Guid CycleId,
    Guid TaskId,
    Guid PlanId,
    string PlanKind,
    string? PlanNumber,
    string TaskNumber,
    string TaskText,
    TaskRecurrence Recurrence,
    string CycleKey,
    DateOnly DueOn,
    string? ExpectedOutput,
    Guid? OrganizationId,
    string? UnitPath,
    string UnitName,
    AssignmentRole Role,
    DateOnly? CompletedOn,
    bool ExceededTarget,
    int EarlierOnTime,
    int EarlierLate,
    int EarlierNotDone)
{
    public string PlanLabel => OfficialDocument.LabelOf(PlanKind, PlanNumber);

    public string Heading => TaskText.Split('\n', 2)[0];

    /// <summary>The heading as a card shows it, at most two lines on a phone; the full text is one tap away.</summary>
    public string ShortHeading => VietnameseText.Shorten(Heading, 160);

    /// <summary>Whether the card's short heading leaves part of the task unsaid.</summary>
    public bool HasMoreText => ShortHeading != TaskText.Trim();

    public string CycleLabel => CycleCalendar.Label(CycleKey);

    public bool IsRecurring => CycleKey != CycleCalendar.OnceKey;

    public TaskState StateOn(DateOnly today) => TaskStates.Of(DueOn, CompletedOn, today);

    public string Schedule => IsRecurring
        ? $"{Recurrence.Vietnamese()} · {CycleLabel}, hạn {VietnameseText.FormatDate(DueOn)}"
        : $"Hạn {VietnameseText.FormatDate(DueOn)}";

    /// <summary>"Chu kỳ trước: 1 hoàn thành đúng hạn, 1 hoàn thành quá hạn, 1 chưa hoàn thành", or null when there is none.</summary>
    public string? Earlier => EarlierOnTime + EarlierLate + EarlierNotDone == 0 ? null
        : "Chu kỳ trước: " + string.Join(", ", new[]
        {
            EarlierOnTime > 0 ? $"{EarlierOnTime} hoàn thành đúng hạn" : null,
            EarlierLate > 0 ? $"{EarlierLate} hoàn thành quá hạn" : null,
            EarlierNotDone > 0 ? $"{EarlierNotDone} chưa hoàn thành" : null,
        }.Where(x => x is not null));
}

/// <summary>
/// The rows of the task board a user may see: parts of tasks of plans they can read, where the plan's issuer
/// or the unit doing the part is in their branch. The four states are computed in the query from the
/// deadline and the completion date, so filtering and paging happen in the database.
/// </summary>
internal static class TaskBoardQuery
{
    /// <summary>Parts of tasks the user may follow: the plan is readable, and its issuer or the unit is in the user's branch.</summary>
    public static IQueryable<TaskAssignment> VisibleAssignments(AppDbContext db, OrgScope scope)
    {
        var plans = db.Plans.VisibleTo(db, scope);
        var query = db.TaskAssignments.Where(a => plans.Any(p => p.Id == a.Task!.PlanId));
        if (scope.IsAdministrator)
        {
            return query;
        }

        var branch = db.Organizations.VisibleTo(scope, PlanPermissions.View).Select(o => o.Id);
        return query.Where(a => branch.Contains(a.Task!.Plan!.OrganizationId) || (a.OrganizationId != null && branch.Contains(a.OrganizationId.Value)));
    }

    /// <summary>
    /// The current cycle of each visible part: the latest that has begun (a part whose first cycle has not begun shows
    /// that one). Earlier cycles stay in the part's history.
    /// </summary>
    public static IQueryable<TaskCycle> CurrentCycles(AppDbContext db, OrgScope scope, DateOnly today)
    {
        var visible = VisibleAssignments(db, scope).Select(a => a.Id);
        return db.TaskCycles.AsNoTracking()
            .Where(c => visible.Contains(c.AssignmentId)
                && (c.StartsOn <= today || !db.Set<TaskCycle>().Any(o => o.AssignmentId == c.AssignmentId && o.StartsOn < c.StartsOn))
                && !db.Set<TaskCycle>().Any(o => o.AssignmentId == c.AssignmentId && o.StartsOn > c.StartsOn && o.StartsOn <= today));
    }

    public static IQueryable<TaskBoardRow> Rows(AppDbContext db, OrgScope scope, TaskBoardFilter filter, DateOnly today) => Filtered(db, scope, filter, today)
        .OrderByDescending(c => c.Assignment!.Task!.Plan!.CreatedAt).ThenBy(c => c.Assignment!.Task!.Position)
        .ThenByDescending(c => c.Assignment!.Role) // stored as text: "Lead" after "Coordinate"
        .ThenBy(c => c.Assignment!.UnitName)
        .Select(c => new TaskBoardRow(
            c.AssignmentId, c.Id, c.Assignment!.TaskId, c.Assignment.Task!.PlanId, c.Assignment.Task.Plan!.Document!.Kind, c.Assignment.Task.Plan.Document.Number,
            c.Assignment.Task.Number, c.Assignment.Task.Text, c.Assignment.Task.Recurrence, c.Key, c.DueOn, c.Assignment.Task.ExpectedOutput,
            c.Assignment.OrganizationId, c.Assignment.Organization != null ? c.Assignment.Organization.Path : null,
            c.Assignment.Organization != null ? c.Assignment.Organization.Name : c.Assignment.UnitName,
            c.Assignment.Role, c.CompletedOn, c.ExceededTarget,
            db.Set<TaskCycle>().Count(o => o.AssignmentId == c.AssignmentId && o.StartsOn < c.StartsOn && o.CompletedOn != null && o.CompletedOn <= o.DueOn),
            db.Set<TaskCycle>().Count(o => o.AssignmentId == c.AssignmentId && o.StartsOn < c.StartsOn && o.CompletedOn != null && o.CompletedOn > o.DueOn),
            db.Set<TaskCycle>().Count(o => o.AssignmentId == c.AssignmentId && o.StartsOn < c.StartsOn && o.CompletedOn == null)));

    private static IQueryable<TaskCycle> Filtered(AppDbContext db, OrgScope scope, TaskBoardFilter filter, DateOnly today)
    {
        var query = CurrentCycles(db, scope, today);

        if (filter.PlanId is { } planId)
        {
            query = query.Where(c => c.Assignment!.Task!.PlanId == planId);
        }

        if (filter.OrganizationId is { } organizationId)
        {
            if (filter.IncludeSubunits)
            {
                var path = db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Path);
                query = query.Where(c => c.Assignment!.Organization != null && path.Any(p => c.Assignment.Organization.Path.StartsWith(p)));
            }
            else
            {
                query = query.Where(c => c.Assignment!.OrganizationId == organizationId);
            }
        }

        if (filter.Role is { } role)
        {
            query = query.Where(c => c.Assignment!.Role == role);
        }

        if (filter.State is { } state)
        {
            query = query.Where(StateIs(state, today));
        }

        if (filter.EarlierUndone)
        {
            query = query.Where(c => db.Set<TaskCycle>().Any(o => o.AssignmentId == c.AssignmentId && o.StartsOn < c.StartsOn && o.CompletedOn == null));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // Every word, in any order, in the task or the unit's name ("Hội Phụ nữ tuyên truyền").
            foreach (var pattern in VietnameseText.WordPatterns(filter.Q))
            {
                query = query.Where(c => EF.Functions.Like(c.Assignment!.Task!.SearchKey, pattern, "\\")
                    || (c.Assignment.Organization != null && EF.Functions.Like(c.Assignment.Organization.SearchKey, pattern, "\\")));
            }
        }

        return query;
    }

    /// <summary>How many rows of the filtered board (whatever its state filter) are in each state, in one query.</summary>
    public static async Task<Dictionary<TaskState, int>> CountByStateAsync(AppDbContext db, OrgScope scope, TaskBoardFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var counts = await Filtered(db, scope, filter with { State = null }, today)
            .GroupBy(c => 1)
            .Select(g => new
            {
                OnTime = g.Count(c => c.CompletedOn != null && c.CompletedOn <= c.DueOn),
                Late = g.Count(c => c.CompletedOn != null && c.CompletedOn > c.DueOn),
                InProgress = g.Count(c => c.CompletedOn == null && c.DueOn >= today),
                Overdue = g.Count(c => c.CompletedOn == null && c.DueOn < today),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return new Dictionary<TaskState, int>
        {
            [TaskState.DoneOnTime] = counts?.OnTime ?? 0,
            [TaskState.DoneLate] = counts?.Late ?? 0,
            [TaskState.InProgress] = counts?.InProgress ?? 0,
            [TaskState.Overdue] = counts?.Overdue ?? 0,
        };
    }

    /// <summary>
    /// <see cref="TaskStates.Of"/> as SQL, so that the board can filter on a state and page in the database. The rule is
    /// the same (every cycle has a deadline); TaskProgressTests compares both.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<TaskCycle, bool>> StateIs(TaskState state, DateOnly today) => state switch
    {
        TaskState.DoneOnTime => c => c.CompletedOn != null && c.CompletedOn <= c.DueOn,
        TaskState.DoneLate => c => c.CompletedOn != null && c.CompletedOn > c.DueOn,
        TaskState.InProgress => c => c.CompletedOn == null && c.DueOn >= today,
        _ => c => c.CompletedOn == null && c.DueOn < today,
    };
}
