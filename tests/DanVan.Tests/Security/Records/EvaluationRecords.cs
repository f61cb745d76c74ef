using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Evaluation;
using DanVan.Web.Modules.Evaluation.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security.Records;

/// <summary>Evaluation: the demo commune's round of its units (at appraisal), one unit's evaluation and one head's in it, and a criteria set.</summary>
public sealed class EvaluationRecords : IRecordFixture
{
    private string round = "", unit = "", head = "", set = "", commune = "", criterion = "";

    /// <summary>The victim unit's self-comment is shown only to who may read its evaluation.</summary>
    public IEnumerable<string> Markers => ["Đơn vị đã hoàn thành các nhiệm vụ trọng tâm", "Đã lãnh đạo đơn vị triển khai"];

    public async Task LoadAsync(AppDbContext db, IServiceProvider services, VictimBranch victim)
    {
        var found = await db.EvaluationRounds.Include(r => r.Units).ThenInclude(u => u.Organization).Include(r => r.Units).ThenInclude(u => u.Heads).Include(r => r.Set!).ThenInclude(s => s.Criteria).FirstAsync(r => r.OrganizationId == victim.CommuneId);
        round = found.Id.ToString();
        // A unit of the round whose members are none of the attackers (the parent-only administrator is at TL.MTTQ).
        unit = found.Units.First(u => u.Organization!.Code != "TL.MTTQ").Id.ToString();
        head = found.Units.Where(u => u.Organization!.Code != "TL.MTTQ").SelectMany(u => u.Heads).First().Id.ToString();
        set = found.SetId.ToString();
        commune = victim.CommuneId.ToString();
        criterion = found.Set!.Criteria[0].Id.ToString();
    }

    public string? ValueFor(Probe probe, ProbeValue value) => value switch
    {
        _ when value.Is("id") && probe.Under("/Evaluation/Rounds/Unit") => unit,
        _ when value.Is("id") && probe.Under("/Evaluation/Rounds/Head") => head,
        _ when value.Is("id") && probe.Under("/Evaluation/Rounds") => round,
        _ when value.Is("id") && probe.Under("/Evaluation/Sets") => set,
        _ when value.Is("Open.OrganizationId") => commune,
        _ when value.Is("Open.SetId") => set,
        _ when value.Name.StartsWith("Entered[", StringComparison.Ordinal) || value.Name.StartsWith("Adjust[", StringComparison.Ordinal) => criterion,
        _ => null,
    };
}
