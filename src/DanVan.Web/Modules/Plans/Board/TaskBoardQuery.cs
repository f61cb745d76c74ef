using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Plans.Board;

/// <summary>What the task board is filtered by; every field is optional.</summary>
public sealed record TaskBoardFilter(Guid? PlanId, Guid? OrganizationId, bool IncludeSubunits, AssignmentRole? Role, TaskState? State, string? Q);

/// <summary>One unit's part of one task, as the board lists it.</summary>
public sealed record TaskBoardRow(
    Guid AssignmentId,
    Guid TaskId,
    Guid PlanId,
    string PlanKind,
    string? PlanNumber,
    string TaskNumber,
    string TaskText,
    TaskRecurrence Recurrence,
    DateOnly? DueOn,
    string? ExpectedOutput,
    Guid? OrganizationId,
    string UnitName,
    AssignmentRole Role,
    DateOnly? CompletedOn,
    bool ExceededTarget)
{
    public string PlanLabel => OfficialDocument.LabelOf(PlanKind, PlanNumber);

    public string Heading => TaskText.Split('\n', 2)[0];

    public TaskState StateOn(DateOnly today) => TaskStates.Of(DueOn, CompletedOn, today);

    public string Schedule => DueOn is { } due ? $"Hạn {VietnameseText.FormatDate(due)}" : Recurrence.Vietnamese();
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

    public static IQueryable<TaskBoardRow> Rows(AppDbContext db, OrgScope scope, TaskBoardFilter filter, DateOnly today) => Filtered(db, scope, filter, today)
        .OrderByDescending(a => a.Task!.Plan!.CreatedAt).ThenBy(a => a.Task!.Position)
        .ThenByDescending(a => a.Role) // stored as text: "Lead" after "Coordinate"
        .ThenBy(a => a.UnitName)
        .Select(a => new TaskBoardRow(
            a.Id, a.TaskId, a.Task!.PlanId, a.Task.Plan!.Document!.Kind, a.Task.Plan.Document.Number, a.Task.Number, a.Task.Text,
            a.Task.Recurrence, a.Task.DueOn, a.Task.ExpectedOutput, a.OrganizationId, a.Organization != null ? a.Organization.Name : a.UnitName,
            a.Role, a.CompletedOn, a.ExceededTarget));

    private static IQueryable<TaskAssignment> Filtered(AppDbContext db, OrgScope scope, TaskBoardFilter filter, DateOnly today)
    {
        var query = VisibleAssignments(db, scope).AsNoTracking();

        if (filter.PlanId is { } planId)
        {
            query = query.Where(a => a.Task!.PlanId == planId);
        }

        if (filter.OrganizationId is { } organizationId)
        {
            if (filter.IncludeSubunits)
            {
                var path = db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Path);
                query = query.Where(a => a.Organization != null && path.Any(p => a.Organization.Path.StartsWith(p)));
            }
            else
            {
                query = query.Where(a => a.OrganizationId == organizationId);
            }
        }

        if (filter.Role is { } role)
        {
            query = query.Where(a => a.Role == role);
        }

        if (filter.State is { } state)
        {
            query = query.Select(WithState(today)).Where(x => x.State == state).Select(x => x.Assignment);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = VietnameseText.ContainsPattern(filter.Q);
            query = query.Where(a => EF.Functions.Like(a.Task!.SearchKey, pattern, "\\")
                || (a.Organization != null && EF.Functions.Like(a.Organization.SearchKey, pattern, "\\")));
        }

        return query;
    }

    /// <summary>How many rows of the filtered board are in each state.</summary>
    /// <summary>How many rows of the filtered board (whatever its state filter) are in each state, in one query.</summary>
    public static async Task<Dictionary<TaskState, int>> CountByStateAsync(AppDbContext db, OrgScope scope, TaskBoardFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var groups = await Filtered(db, scope, filter with { State = null }, today)
            .Select(WithState(today))
            .GroupBy(x => x.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Enum.GetValues<TaskState>().ToDictionary(s => s, s => groups.FirstOrDefault(g => g.State == s)?.Count ?? 0);
    }

    /// <summary>
    /// <see cref="TaskStates.Of"/> as SQL: the state of each row computed by the database, so that the board can
    /// filter on it and page. The rule is the same; TaskProgressTests compares both.
    /// </summary>
    private static System.Linq.Expressions.Expression<Func<TaskAssignment, AssignmentWithState>> WithState(DateOnly today) => a => new AssignmentWithState
    {
        Assignment = a,
        State = a.CompletedOn != null
            ? (a.Task!.DueOn == null || a.CompletedOn <= a.Task.DueOn ? TaskState.DoneOnTime : TaskState.DoneLate)
            : (a.Task!.DueOn == null || a.Task.DueOn >= today ? TaskState.InProgress : TaskState.Overdue),
    };

    private sealed class AssignmentWithState
    {
        public required TaskAssignment Assignment { get; init; }

        public TaskState State { get; init; }
    }
}
