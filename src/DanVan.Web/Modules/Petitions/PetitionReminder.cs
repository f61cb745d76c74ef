namespace DanVan.Web.Modules.Petitions;

/// <summary>A reminder sent to a case's handler before (or after) one of its deadlines: once per deadline and kind.</summary>
public sealed class PetitionReminder
{
    private PetitionReminder()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PetitionId { get; private set; }

    /// <summary>"accept" or "resolve", with the deadline, so a new deadline (an extension) is reminded again.</summary>
    public string Deadline { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public int Told { get; private set; }

    public DateTime SentAt { get; private set; }

    public static PetitionReminder Create(Guid petitionId, string deadline, string kind, int told, DateTime utcNow) =>
        new() { PetitionId = petitionId, Deadline = deadline, Kind = kind, Told = told, SentAt = utcNow };
}
