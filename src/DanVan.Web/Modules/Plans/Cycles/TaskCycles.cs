using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans.Progress;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Cycles;

internal sealed class TaskCycles(AppDbContext db, TimeProvider clock) : ITaskCycles
{
    public async Task<IReadOnlyList<CycleStatus>> OfUnitAsync(Guid planId, Guid unitId, DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        var cycles = await db.TaskCycles.AsNoTracking()
            .Where(c => c.Assignment!.OrganizationId == unitId && c.Assignment.Task!.PlanId == planId && c.StartsOn <= to && c.EndsOn >= from)
            .OrderBy(c => c.StartsOn)
            .Select(c => new { c.Id, c.Assignment!.TaskId, c.Key, c.DueOn, c.CompletedOn })
            .ToListAsync(cancellationToken);
        return cycles.Select(c => new CycleStatus(c.Id, c.TaskId, CycleCalendar.Label(c.Key), c.DueOn, c.CompletedOn, TaskStates.Of(c.DueOn, c.CompletedOn, today), c.Key != CycleCalendar.OnceKey)).ToList();
    }

    public async Task CompleteAsync(IReadOnlyCollection<Guid> cycleIds, Guid planId, Guid unitId, OrgScope scope, DateOnly on, Func<Guid, string> noteOfTask, string authorId, string authorName, CancellationToken cancellationToken)
    {
        if (cycleIds.Count == 0)
        {
            return;
        }

        var unit = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == unitId, cancellationToken);
        if (!scope.Allows(PlanPermissions.Manage, unit))
        {
            throw new BusinessRuleException("Bạn không có quyền ghi nhận hoàn thành nhiệm vụ của đơn vị này; hãy bỏ chọn ô “ghi nhận hoàn thành”.");
        }

        var cycles = await db.TaskCycles.Include(c => c.Assignment)
            .Where(c => cycleIds.Contains(c.Id) && c.Assignment!.OrganizationId == unitId && c.Assignment.Task!.PlanId == planId)
            .ToListAsync(cancellationToken);
        if (cycles.Count != cycleIds.Distinct().Count())
        {
            throw new BusinessRuleException("Có chu kỳ được chọn không thuộc nhiệm vụ của đơn vị trong kế hoạch này; chưa có gì được ghi.");
        }

        var issuedOn = await PlanIssue.IssuedOnAsync(db, planId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var cycle in cycles)
        {
            db.TaskProgress.Add(cycle.Report(noteOfTask(cycle.Assignment!.TaskId), on, completes: true, exceededTarget: false, authorId, authorName, now, clock.Today(), issuedOn));
        }
    }
}
