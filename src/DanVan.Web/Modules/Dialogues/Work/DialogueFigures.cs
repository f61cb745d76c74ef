using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Dialogues.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Dialogues.Work;

/// <summary>The year's dialogues held, each with its commitments counted by the state of their tasks.</summary>
internal sealed class DialogueFigures(AppDbContext db, DialogueWork work) : IDialogueFigures
{
    public async Task<IReadOnlyList<HeldDialogue>> HeldAsync(int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var dialogues = await db.Dialogues.AsNoTracking().Include(d => d.Organization!).ThenInclude(o => o.Area).Include(d => d.Commitments)
            .Where(d => d.HeldOn >= from && d.HeldOn <= to && (d.Status == DialogueStatus.Held || d.Status == DialogueStatus.MinutesIssued))
            .OrderByDescending(d => d.HeldOn).AsSplitQuery().ToListAsync(cancellationToken);
        var states = await work.StatesAsync(dialogues.SelectMany(d => d.Commitments).ToList(), cancellationToken);
        return dialogues.Select(d => new HeldDialogue(d.Id, d.Organization!.Name, d.Organization.Area?.Name ?? "", d.Topic, $"{d.ChairTitle} {d.ChairName}", d.HeldOn, d.Place, d.Participants,
            Count(d.Commitments.Select(c => states[c.Id])))).ToList();
    }

    public static CommitmentCounts Count(IEnumerable<CommitmentState> states) =>
        states.Aggregate(CommitmentCounts.None, (sum, s) => sum.Add(s.State switch
        {
            TaskState.DoneOnTime => new(1, 0, 0, 0, 0),
            TaskState.DoneLate => new(0, 1, 0, 0, 0),
            TaskState.InProgress => new(0, 0, 1, 0, 0),
            TaskState.Overdue => new(0, 0, 0, 1, 0),
            _ => new(0, 0, 0, 0, 1),
        }));
}
