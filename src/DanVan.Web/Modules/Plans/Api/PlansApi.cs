using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Plans.Board;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans.Progress;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Api;

/// <summary>
/// Plans, tasks, their cycles and progress over /api/v1, with the pages' rules: a plan is found by those who may read it,
/// a unit's part of a task by those who see it on the task board (404 otherwise), progress is recorded by those who manage
/// the unit (403) through the same service as the progress page.
/// </summary>
internal sealed class PlansApi : IApiEndpoints
{
    public const int MaxPageSize = 100;

    public void Map(RouteGroupBuilder group)
    {
        var api = group.MapGroup("").WithTags("Plans");
        api.MapGet("/plans", GetPlansAsync).WithName("GetPlans")
            .WithSummary("The plans the caller may read, newest first, a page at a time (page, pageSize ≤ 100).");
        api.MapGet("/plans/{id:guid}", GetPlanAsync).WithName("GetPlan")
            .WithSummary("A plan: its document, issuer, parent plan, reporting chain and its tasks with the units assigned.");
        api.MapGet("/tasks", GetTasksAsync).WithName("GetTasks")
            .WithSummary("Units' parts of tasks in their current cycle, as the task board lists them; filters: planId, unitId (with includeSubunits), role (Lead, Coordinate), state (InProgress, DoneOnTime, DoneLate, Overdue), earlierUndone, q (words, diacritics ignored); paged.");
        api.MapGet("/tasks/{id:guid}", GetTaskAsync).WithName("GetTask")
            .WithSummary("A task: its text, recurrence, deadline, the superior task it carries out, and the units assigned.");
        api.MapGet("/tasks/{id:guid}/cycles", GetCyclesAsync).WithName("GetTaskCycles")
            .WithSummary("The cycles of each part of the task the caller sees: period, deadline, completion and state.");
        api.MapPost("/assignments/{id:guid}/progress", AddProgressAsync).WithName("AddProgress")
            .WithSummary("Records a progress note on a cycle of a unit's part (default: its oldest overdue cycle, else the current one); completes=true records the cycle done and needs cycleId, so a retried call never closes a second cycle. Evidence: up to 5 files (photo, PDF, Word), base64, each at most 10 MB; the request at most 30 MB.");
    }

    private static async Task<Ok<Paged<PlanSummaryResponse>>> GetPlansAsync(AppDbContext db, CurrentUser currentUser, CancellationToken cancellationToken, int page = 1, int pageSize = 25)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var plans = db.Plans.AsNoTracking().VisibleTo(db, scope)
            .OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new PlanSummaryResponse(
                p.Id, p.Document!.Kind, p.Document.Number, p.Document.Title ?? "", p.Document.IssuedOn,
                new UnitRef(p.OrganizationId, p.Organization!.Code, p.Organization.Name), p.ParentPlanId, p.ImplementsDocument != null ? p.ImplementsDocument.Number : null,
                p.ReportsTo, p.Consolidator != null ? new UnitRef(p.Consolidator.Id, p.Consolidator.Code, p.Consolidator.Name) : null, p.Tasks.Count));
        return TypedResults.Ok(await Paged<PlanSummaryResponse>.CreateAsync(plans, page, Math.Clamp(pageSize, 1, MaxPageSize), cancellationToken));
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound>> GetPlanAsync(Guid id, AppDbContext db, CurrentUser currentUser, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, scope)
            .Include(p => p.Document).Include(p => p.Organization).Include(p => p.Consolidator).Include(p => p.ImplementsDocument)
            .Include(p => p.Tasks).ThenInclude(t => t.Assignments).ThenInclude(a => a.Organization)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return plan is null ? TypedResults.NotFound() : TypedResults.Ok(PlanResponse.Of(plan));
    }

    private static async Task<Results<Ok<Paged<TaskRowResponse>>, ValidationProblem>> GetTasksAsync(
        AppDbContext db, CurrentUser currentUser, TimeProvider clock, CancellationToken cancellationToken,
        Guid? planId = null, Guid? unitId = null, bool includeSubunits = false, string? role = null, string? state = null, bool earlierUndone = false, string? q = null, int page = 1, int pageSize = 25)
    {
        var errors = new Dictionary<string, string[]>();
        AssignmentRole? roleFilter = null;
        TaskState? stateFilter = null;
        if (role is not null)
        {
            if (Enum.TryParse<AssignmentRole>(role, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(role, out _))
            {
                roleFilter = parsed;
            }
            else
            {
                errors["role"] = ["Vai trò là Lead (chủ trì) hoặc Coordinate (phối hợp)."];
            }
        }

        if (state is not null)
        {
            if (Enum.TryParse<TaskState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(state, out _))
            {
                stateFilter = parsed;
            }
            else
            {
                errors["state"] = ["Trạng thái là InProgress, DoneOnTime, DoneLate hoặc Overdue."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Bộ lọc không hợp lệ.");
        }

        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var today = clock.Today();
        var filter = new TaskBoardFilter(planId, unitId, includeSubunits, roleFilter, stateFilter, q, earlierUndone);
        var rows = await Paged<TaskBoardRow>.CreateAsync(TaskBoardQuery.Rows(db, scope, filter, today), page, Math.Clamp(pageSize, 1, MaxPageSize), cancellationToken);
        return TypedResults.Ok(new Paged<TaskRowResponse>(rows.Items.Select(r => TaskRowResponse.Of(r, today)).ToList(), rows.Page, rows.PageSize, rows.Total));
    }

    private static async Task<Results<Ok<TaskResponse>, NotFound>> GetTaskAsync(Guid id, AppDbContext db, CurrentUser currentUser, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var plans = db.Plans.VisibleTo(db, scope);
        var task = await db.PlanTasks.AsNoTracking()
            .Include(t => t.Assignments).ThenInclude(a => a.Organization)
            .SingleOrDefaultAsync(t => t.Id == id && plans.Any(p => p.Id == t.PlanId), cancellationToken);
        return task is null ? TypedResults.NotFound() : TypedResults.Ok(TaskResponse.Of(task));
    }

    private static async Task<Results<Ok<List<PartCyclesResponse>>, NotFound>> GetCyclesAsync(Guid id, AppDbContext db, CurrentUser currentUser, TimeProvider clock, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var plans = db.Plans.VisibleTo(db, scope);
        if (!await db.PlanTasks.AnyAsync(t => t.Id == id && plans.Any(p => p.Id == t.PlanId), cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var today = clock.Today();
        var parts = await TaskBoardQuery.VisibleAssignments(db, scope).AsNoTracking()
            .Where(a => a.TaskId == id)
            .Include(a => a.Organization).Include(a => a.Cycles)
            .OrderByDescending(a => a.Role).ThenBy(a => a.UnitName)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(parts.Select(a => new PartCyclesResponse(
            PartResponse.Of(a),
            a.Cycles.Where(c => c.StartsOn <= today || c == a.Cycles.MinBy(x => x.StartsOn)).OrderBy(c => c.StartsOn).Select(c => CycleResponse.Of(c, today)).ToList())).ToList());
    }

    private static async Task<Results<Created<ProgressResponse>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> AddProgressAsync(
        Guid id, ProgressRequest request, AppDbContext db, CurrentUser currentUser, ProgressRecording recording, TimeProvider clock, CancellationToken cancellationToken)
    {
        var state = await currentUser.GetStateAsync(cancellationToken);
        if (!await TaskBoardQuery.VisibleAssignments(db, state.Scope).AnyAsync(a => a.Id == id, cancellationToken)
            || await recording.CycleAsync(id, request.CycleId, cancellationToken) is not { } cycle)
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        if (request.Completes && request.CycleId is null)
        {
            // A retried call must not close the next cycle too: a completion names the cycle it closes.
            errors["cycleId"] = ["Khi ghi nhận hoàn thành, hãy ghi rõ chu kỳ (cycleId) được hoàn thành."];
        }

        var files = new List<EvidenceUpload>();
        var evidence = request.Evidence ?? [];
        if (evidence.Count > ProgressRecording.MaxFiles)
        {
            errors["evidence"] = [$"Mỗi lần cập nhật đính kèm không quá {ProgressRecording.MaxFiles} tệp."];
        }

        for (var i = 0; i < evidence.Count && errors.Count == 0; i++)
        {
            try
            {
                var bytes = Convert.FromBase64String(evidence[i].Content ?? "");
                using var stream = new MemoryStream(bytes);
                files.Add(await EvidenceUpload.ReadAsync(evidence[i].FileName ?? "", bytes.Length, stream, cancellationToken));
            }
            catch (FormatException)
            {
                errors[$"evidence[{i}].content"] = [$"Tệp “{evidence[i].FileName}”: nội dung phải là base64."];
            }
            catch (BusinessRuleException e)
            {
                errors[$"evidence[{i}]"] = [e.Message];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Chưa ghi tiến độ: dữ liệu chưa hợp lệ.");
        }

        try
        {
            var entry = new ProgressEntry(request.Note, request.OnDate ?? clock.Today(), request.Completes, request.ExceededTarget);
            var progress = await recording.RecordAsync(cycle.Id, entry, files, state.Scope, currentUser.Id!, state.FullName, cancellationToken);
            var saved = await db.TaskCycles.AsNoTracking().Include(c => c.Assignment).SingleAsync(c => c.Id == cycle.Id, cancellationToken);
            return TypedResults.Created($"/api/v1/tasks/{saved.Assignment!.TaskId}/cycles", ProgressResponse.Of(progress, saved, clock.Today()));
        }
        catch (AccessDeniedException)
        {
            db.ChangeTracker.Clear();
            return TypedResults.Forbid();
        }
        catch (BusinessRuleException e)
        {
            db.ChangeTracker.Clear();
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Không thực hiện được");
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return TypedResults.Problem("Trong lúc ghi, người khác vừa đánh dấu hoặc bỏ đánh dấu hoàn thành chu kỳ này; chưa có gì được ghi. Hãy đọc lại rồi gửi lại.",
                statusCode: StatusCodes.Status409Conflict, title: "Xung đột");
        }
    }
}
