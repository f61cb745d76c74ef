using DanVan.Web.Modules.Plans.Cycles;
using DanVan.Web.Modules.Plans.Board;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans.Progress;

namespace DanVan.Web.Modules.Plans.Api;

internal sealed record UnitRef(Guid Id, string Code, string Name);

/// <param name="Implements">The number of the directive the plan carries out, e.g. "236-KL/TW".</param>
/// <param name="ReportsTo">The body outside DanVan the issuer reports to, when the plan says so.</param>
/// <param name="Consolidator">The unit that consolidates the reports for the issuer.</param>
internal sealed record PlanSummaryResponse(
    Guid Id, string Kind, string? Number, string Title, DateOnly? IssuedOn, UnitRef Issuer, Guid? ParentPlanId, string? Implements,
    string? ReportsTo, UnitRef? Consolidator, int TaskCount);

internal sealed record PlanResponse(
    Guid Id, string Kind, string? Number, string Title, DateOnly? IssuedOn, UnitRef Issuer, Guid? ParentPlanId, string? Implements,
    string? ReportsTo, UnitRef? Consolidator, bool ReportsSixMonthly, bool ReportsAnnually, bool ReportsOnRequest, IReadOnlyList<TaskResponse> Tasks)
{
    public static PlanResponse Of(Plan plan) => new(
        plan.Id, plan.Document!.Kind, plan.Document.Number, plan.Document.Title ?? "", plan.Document.IssuedOn,
        new UnitRef(plan.OrganizationId, plan.Organization!.Code, plan.Organization.Name), plan.ParentPlanId, plan.ImplementsDocument?.Number,
        plan.ReportsTo, plan.Consolidator is { } c ? new UnitRef(c.Id, c.Code, c.Name) : null,
        plan.ReportsSixMonthly, plan.ReportsAnnually, plan.ReportsOnRequest,
        plan.Tasks.OrderBy(t => t.Position).Select(TaskResponse.Of).ToList());
}

/// <param name="Recurrence">Once, Ongoing, Yearly, SixMonthly, Quarterly or Monthly.</param>
/// <param name="ParentTaskId">The superior plan's task this one carries out.</param>
internal sealed record TaskResponse(Guid Id, Guid PlanId, string Number, string Text, string Recurrence, DateOnly? DueOn, string? ExpectedOutput, Guid? ParentTaskId, IReadOnlyList<PartResponse> Units)
{
    public static TaskResponse Of(PlanTask task) => new(
        task.Id, task.PlanId, task.Number, task.Text, task.Recurrence.ToString(), task.DueOn, task.ExpectedOutput, task.ParentTaskId,
        task.Assignments.OrderByDescending(a => a.Role).ThenBy(a => a.UnitName).Select(PartResponse.Of).ToList());
}

/// <param name="AssignmentId">The unit's part of the task: where its cycles and progress are.</param>
/// <param name="UnitId">Null when the plan names a unit that is not in DanVan.</param>
/// <param name="Role">Lead (chủ trì) or Coordinate (phối hợp).</param>
internal sealed record PartResponse(Guid AssignmentId, Guid? UnitId, string UnitName, string Role)
{
    public static PartResponse Of(TaskAssignment a) => new(a.Id, a.OrganizationId, a.Organization?.Name ?? a.UnitName, a.Role.ToString());
}

/// <param name="Key">The period: "2026-H1", "2026", "2026-Q3", "2026-M05", or "once".</param>
/// <param name="State">InProgress, DoneOnTime, DoneLate or Overdue, on the day of the request.</param>
internal sealed record CycleResponse(Guid Id, string Key, string Label, DateOnly StartsOn, DateOnly EndsOn, DateOnly DueOn, DateOnly? CompletedOn, bool ExceededTarget, string State)
{
    public static CycleResponse Of(TaskCycle c, DateOnly today) =>
        new(c.Id, c.Key, c.Label, c.StartsOn, c.EndsOn, c.DueOn, c.CompletedOn, c.ExceededTarget, c.StateOn(today).ToString());
}

internal sealed record PartCyclesResponse(PartResponse Part, IReadOnlyList<CycleResponse> Cycles);

/// <param name="Earlier">How the part's earlier cycles ended: on time, late, never done.</param>
internal sealed record TaskRowResponse(
    Guid AssignmentId, Guid TaskId, Guid PlanId, string Plan, string TaskNumber, string Heading, Guid? UnitId, string UnitName, string Role,
    CurrentCycleResponse Cycle, EarlierResponse Earlier)
{
    public static TaskRowResponse Of(TaskBoardRow r, DateOnly today) => new(
        r.AssignmentId, r.TaskId, r.PlanId, r.PlanLabel, r.TaskNumber, r.Heading, r.OrganizationId, r.UnitName, r.Role.ToString(),
        new CurrentCycleResponse(r.CycleId, r.CycleKey, r.CycleLabel, r.DueOn, r.CompletedOn, r.ExceededTarget, r.StateOn(today).ToString()),
        new EarlierResponse(r.EarlierOnTime, r.EarlierLate, r.EarlierNotDone));
}

internal sealed record CurrentCycleResponse(Guid Id, string Key, string Label, DateOnly DueOn, DateOnly? CompletedOn, bool ExceededTarget, string State);

internal sealed record EarlierResponse(int DoneOnTime, int DoneLate, int NotDone);

/// <param name="CycleId">The cycle to record on; default: the part's oldest overdue cycle, else its current one. Required with completes.</param>
/// <param name="OnDate">The day the work was done (default today); a completion is dated by it.</param>
internal sealed record ProgressRequest(Guid? CycleId, string? Note, DateOnly? OnDate, bool Completes, bool ExceededTarget, IReadOnlyList<EvidenceRequest>? Evidence);

/// <param name="Content">The file's bytes in base64.</param>
internal sealed record EvidenceRequest(string? FileName, string? Content);

internal sealed record ProgressResponse(Guid Id, Guid AssignmentId, string Note, DateOnly OnDate, bool Completes, bool ExceededTarget, IReadOnlyList<EvidenceResponse> Evidence, CycleResponse Cycle)
{
    public static ProgressResponse Of(TaskProgress p, TaskCycle cycle, DateOnly today) => new(
        p.Id, p.AssignmentId, p.Note, p.OnDate, p.Completes, p.ExceededTarget,
        p.Evidence.Select(e => new EvidenceResponse(e.Id, e.FileName, e.ContentType, e.Size)).ToList(), CycleResponse.Of(cycle, today));
}

internal sealed record EvidenceResponse(Guid Id, string FileName, string ContentType, long Size);
