using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Tests.Security.Records;

/// <summary>Plans: the commune's own plan, its document, a task and the victim unit's assignment of it.</summary>
public sealed class PlanRecords : IRecordFixture
{
    private string taskText = "", unit = "", plan = "", document = "", task = "", assignment = "", cycle = "", cycleKey = "", number = "", staged = "";

    /// <summary>
    /// The plan's number, or its title when no other plan shares it (the commune's plan and the province's it carries out have
    /// the same title, and the province's is read by all below it), and the text of the victim's task.
    /// </summary>
    public IEnumerable<string> Markers => [number, taskText];

    public async Task LoadAsync(AppDbContext db, IServiceProvider services, VictimBranch victim)
    {
        var found = await db.Plans.AsNoTracking().Include(p => p.Document).Where(p => p.OrganizationId == victim.CommuneId).FirstAsync();
        plan = found.Id.ToString();
        unit = victim.UnitId.ToString();
        document = found.DocumentId.ToString();
        var title = found.Document!.Title!;
        number = found.Document.Number
            ?? (await db.Plans.AnyAsync(p => p.Id != found.Id && p.Document!.Title == title) ? "" : title);
        var assigned = await db.TaskAssignments.AsNoTracking().Where(a => a.Task!.PlanId == found.Id && a.OrganizationId == victim.UnitId).FirstAsync();
        assignment = assigned.Id.ToString();
        task = assigned.TaskId.ToString();
        taskText = (await db.PlanTasks.AsNoTracking().SingleAsync(t => t.Id == assigned.TaskId)).Text.Split('\n', 2)[0];
        var firstCycle = await db.TaskCycles.AsNoTracking().Where(c => c.AssignmentId == assigned.Id).OrderBy(c => c.StartsOn).FirstAsync();
        (cycle, cycleKey) = (firstCycle.Id.ToString(), firstCycle.Key);

        // A plan the victim uploaded and has not confirmed yet: a draft is its uploader's alone.
        var upload = new DanVan.Web.Modules.Plans.Import.StagedUpload(victim.UserId, "ke-hoach.txt", victim.UnitId, null);
        var content = System.Text.Encoding.UTF8.GetBytes(DanVan.Tests.Documents.Samples.Text(DanVan.Tests.Documents.Samples.CommunePlan));
        staged = await services.GetRequiredService<DanVan.Web.Modules.Plans.Import.ImportStaging>().SaveAsync(upload, content, CancellationToken.None);
    }

    public string? ValueFor(Probe probe, ProbeValue value) => value switch
    {
        _ when value.Is("id") && probe.Under("/Plans/Registry") => document,
        _ when value.Is("id") && probe.Under("/Plans/Tasks") => task,
        _ when value.Is("id") && probe.Under("/Plans/Progress") => assignment,
        _ when value.Is("id") && probe.Under("/Plans/Details") => plan,
        _ when value.Is("id") && probe.Under("/Plans/Correction/Task") => task,
        _ when value.Is("id") && probe.Under("/Plans/Correction") => plan,
        _ when value.Is("assignmentId") && probe.Under("/Plans/Correction") => assignment,
        _ when value.Is("id") && probe.Under("/Plans/Cycles") => plan,
        _ when value.Is("id") && probe.Under("/Plans/Chain") => plan,
        _ when value.Is("id") && probe.Under("/api/v1/plans") => plan,
        _ when value.Is("id") && probe.Under("/api/v1/tasks") => task,
        _ when value.Is("id") && probe.Under("/api/v1/assignments") => assignment,
        _ when value.Is("role") && probe.Under("/api/v1/tasks") => "Lead",
        _ when value.Is("state") && probe.Under("/api/v1/tasks") => "Overdue",
        _ when value.Is("ConsolidatorId", "Draft.ConsolidatorId") => unit,
        _ when value.Is("Key") && probe.Under("/Plans/Cycles") => cycleKey,
        _ when value.Is("cycleId", "Input.CycleId", "Form.CompleteCycles") => cycle,
        _ when value.Is("Id") && probe.Under("/Plans/Import/Review") => staged,
        _ when value.Is("planId", "parentPlanId", "Draft.ParentPlanId", "Draft.SuggestedForParentPlanId") => plan,
        _ when value.Is("documentId") => document,
        _ when value.Is("task", "Input.TaskIds", "Form.Narratives[0].TaskId", "Draft.Tasks[0].ParentTaskId") => task,
        _ => null,
    };
}
