using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Plans.Cycles;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Progress;

/// <summary>
/// Records a progress note (and, when it says so, the completion) on a cycle of a unit's part of a task, with its
/// evidence, in one save. The progress page and the API record through here: the same permission (plan-manage rights at
/// the part's unit), the same entity rules, the same checks of the files.
/// </summary>
public sealed class ProgressRecording(AppDbContext db, TimeProvider clock)
{
    public const int MaxFiles = TaskProgress.MaxFiles;

    /// <summary>The cycle of the part the user may see: the one asked for (of this part only), else the oldest overdue, else the current one; null when none.</summary>
    public async Task<TaskCycle?> CycleAsync(Guid assignmentId, Guid? cycleId, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var cycles = await db.TaskCycles.AsNoTracking().Where(c => c.AssignmentId == assignmentId).OrderBy(c => c.StartsOn).ToListAsync(cancellationToken);
        if (cycles.Count == 0)
        {
            return null;
        }

        List<TaskCycle> begun = [cycles[0], .. cycles.Skip(1).Where(c => c.StartsOn <= today)];
        return cycleId is { } wanted ? begun.FirstOrDefault(c => c.Id == wanted)
            : begun.FirstOrDefault(c => c.CompletedOn is null && c.DueOn < today) ?? begun[^1];
    }

    /// <exception cref="AccessDeniedException">The user does not manage the part's unit.</exception>
    /// <exception cref="BusinessRuleException">A rule of the cycle or of a file: nothing is saved.</exception>
    /// <exception cref="DbUpdateConcurrencyException">Someone recorded or took back the cycle's completion in between: nothing is saved.</exception>
    public async Task<TaskProgress> RecordAsync(Guid cycleId, ProgressEntry entry, IReadOnlyList<EvidenceUpload> files, OrgScope scope, string userId, string userName, CancellationToken cancellationToken)
    {
        if (files.Count > MaxFiles)
        {
            throw new BusinessRuleException($"Mỗi lần cập nhật đính kèm không quá {MaxFiles} tệp.");
        }

        var cycle = await db.TaskCycles.Include(c => c.Assignment).ThenInclude(a => a!.Task)
            .Include(c => c.Assignment).ThenInclude(a => a!.Organization)
            .SingleAsync(c => c.Id == cycleId, cancellationToken);
        if (cycle.Assignment!.Organization is not { } unit || !scope.Allows(PlanPermissions.Manage, unit))
        {
            throw new AccessDeniedException("Bạn không có quyền cập nhật tiến độ nhiệm vụ của đơn vị này.");
        }

        // Nothing was done under a plan before it was issued (or its superior plan, for a plan without a date).
        var issuedOn = await PlanIssue.IssuedOnAsync(db, cycle.Assignment.Task!.PlanId, cancellationToken);
        var progress = cycle.Report(entry.Note ?? "", entry.OnDate, entry.Completes, entry.ExceededTarget, userId, userName, clock.GetUtcNow().UtcDateTime, clock.Today(), issuedOn);
        foreach (var file in files)
        {
            progress.Attach(file);
        }

        db.TaskProgress.Add(progress);
        await db.SaveChangesAsync(cancellationToken);
        return progress;
    }
}

public sealed record ProgressEntry(string? Note, DateOnly OnDate, bool Completes, bool ExceededTarget);
