using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Dialogues;
using DanVan.Web.Modules.Dialogues.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security.Records;

/// <summary>
/// Dialogues: the victim commune's committee holding one, a question with its consenting asker, a commitment to the
/// victim unit. The topic and the asker are the markers; the asker's name is personal.
/// </summary>
public sealed class DialogueRecords : IRecordFixture
{
    private const string Topic = "Đối thoại của phép thử về đường giao thông nông thôn";
    private const string Asker = "Người Hỏi Của Phép Thử";

    private string dialogue = "", question = "", commitment = "", host = "", unit = "", area = "";

    public IEnumerable<string> Markers => [Topic, Asker];

    public IEnumerable<string> Personal => [Asker];

    public async Task LoadAsync(AppDbContext db, IServiceProvider services, VictimBranch victim)
    {
        // The committee's officers may change it (the walk lets them): each walk starts from a fresh one.
        db.Dialogues.RemoveRange(await db.Dialogues.Include(d => d.Questions).Include(d => d.Commitments).Where(d => d.Topic == Topic).ToListAsync());
        await db.SaveChangesAsync();
        var committee = await db.Organizations.Include(o => o.Kind).SingleAsync(o => o.Id == victim.CommuneId);
        var victimUnit = await db.Organizations.SingleAsync(o => o.Id == victim.UnitId);
        var village = await db.Areas.FirstAsync(a => a.ParentId == committee.AreaId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var existing = Dialogue.Plan(committee, null, new DialogueInput(Topic, "Chủ trì thử", "Bí thư (phép thử)", today.AddDays(-1), "Hội trường thử", null), [village], "Nạn nhân", DateTime.UtcNow);
        existing.Hold(30, today);
        var asked = existing.Ask("Ý kiến của phép thử về con đường.", Asker, true, village, null, null);
        existing.Commit("Cam kết của phép thử.", victimUnit, today.AddDays(30), asked.Id);
        db.Dialogues.Add(existing);
        await db.SaveChangesAsync();

        dialogue = existing.Id.ToString();
        question = existing.Questions.First().Id.ToString();
        commitment = existing.Commitments.First().Id.ToString();
        host = committee.Id.ToString();
        unit = victimUnit.Id.ToString();
        area = village.Id.ToString();
    }

    public string? ValueFor(Probe probe, ProbeValue value) => value switch
    {
        _ when !probe.Under("/Dialogues") => null,
        _ when value.Is("id") => dialogue,
        _ when value.Is("Step.QuestionId") => question,
        _ when value.Is("Step.CommitmentId") => commitment,
        _ when value.Is("host", "unit") => host,
        _ when value.Is("Step.UnitId") => unit,
        _ when value.Is("Step.AreaId", "Input.AreaIds") => area,
        _ when value.Is("Step.Confirm") => "true",
        _ => null,
    };
}
