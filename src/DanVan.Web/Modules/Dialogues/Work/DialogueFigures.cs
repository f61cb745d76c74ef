using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Dialogues.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Dialogues.Work;

/// <summary>The year's dialogues held, each with its commitments counted by the state of their tasks.</summary>
internal sealed class DialogueFigures(AppDbContext db, DialogueWork work) : IDialogueFigures
{
    public async Task<HeldDialogues> HeldAsync(int year, int take, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var held = db.Dialogues.AsNoTracking()
            .Where(d => d.HeldOn >= from && d.HeldOn <= to && (d.Status == DialogueStatus.Held || d.Status == DialogueStatus.MinutesIssued));
        var total = await held.CountAsync(cancellationToken);
        var dialogues = await held.Include(d => d.Organization!).ThenInclude(o => o.Area).Include(d => d.Commitments)
            .OrderByDescending(d => d.HeldOn).ThenBy(d => d.Id).Take(Math.Clamp(take, 1, 200)).AsSplitQuery().ToListAsync(cancellationToken);
        var states = await work.StatesAsync(dialogues.SelectMany(d => d.Commitments).ToList(), cancellationToken);
        return new HeldDialogues(dialogues.Select(d => new HeldDialogue(d.Id, d.Organization!.Name, d.Organization.Area?.Name ?? "", d.Topic, $"{d.ChairTitle} {d.ChairName}", d.HeldOn, d.Place, d.Participants,
            Count(d.Commitments.Select(c => states[c.Id])))).ToList(), total);
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
