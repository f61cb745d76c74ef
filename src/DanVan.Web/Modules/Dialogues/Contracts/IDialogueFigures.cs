namespace DanVan.Web.Modules.Dialogues.Contracts;

/// <summary>The dialogues held and their commitments' progress, as a page without an account shows them (no one's name).</summary>
public interface IDialogueFigures
{
    /// <summary>The latest <paramref name="take"/> dialogues held in the year (not the planned or cancelled ones), and how many were held in all.</summary>
    Task<HeldDialogues> HeldAsync(int year, int take, CancellationToken cancellationToken);
}

public sealed record HeldDialogues(IReadOnlyList<HeldDialogue> Latest, int Total);

public sealed record HeldDialogue(Guid Id, string Host, string Area, string Topic, string Chair, DateOnly HeldOn, string Place, int? Participants, CommitmentCounts Commitments);

/// <summary>Commitments by where their tasks stand; <see cref="Waiting"/> are not yet tasks (the minutes are not issued).</summary>
public sealed record CommitmentCounts(int DoneOnTime, int DoneLate, int InProgress, int Overdue, int Waiting)
{
    public static readonly CommitmentCounts None = new(0, 0, 0, 0, 0);

    public int Total => DoneOnTime + DoneLate + InProgress + Overdue + Waiting;

    public int Done => DoneOnTime + DoneLate;

    public CommitmentCounts Add(CommitmentCounts other) =>
        new(DoneOnTime + other.DoneOnTime, DoneLate + other.DoneLate, InProgress + other.InProgress, Overdue + other.Overdue, Waiting + other.Waiting);
}
