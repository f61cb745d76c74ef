using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Infrastructure.Errors;

namespace DanVan.Web.Modules.Plans.Progress;

/// <summary>One progress update of a unit on its part of a task in one cycle: what was done, when, and the evidence.</summary>
public sealed class TaskProgress
{
    public const int MaxNoteLength = 4000;
    public const int MaxFiles = 5;

    private readonly List<EvidenceFile> evidence = [];

    private TaskProgress()
    {
    }

    internal TaskProgress(Cycles.TaskCycle cycle, string note, DateOnly on, bool completes, bool exceededTarget, string authorId, string authorName, DateTime utcNow)
    {
        note = (note ?? "").Trim();
        if (note.Length == 0)
        {
            throw new BusinessRuleException("Hãy ghi kết quả đã thực hiện.");
        }

        if (note.Length > MaxNoteLength)
        {
            throw new BusinessRuleException($"Nội dung cập nhật không quá {MaxNoteLength} ký tự.");
        }

        AssignmentId = cycle.AssignmentId;
        CycleId = cycle.Id;
        Note = note;
        OnDate = on;
        Completes = completes;
        ExceededTarget = exceededTarget;
        AuthorId = authorId;
        AuthorName = authorName;
        CreatedAt = utcNow;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid AssignmentId { get; private set; }

    /// <summary>The period this update is about; null only for updates made before cycles existed.</summary>
    public Guid? CycleId { get; private set; }

    public string Note { get; private set; } = "";

    public DateOnly OnDate { get; private set; }

    /// <summary>This update reported the unit's part as done.</summary>
    public bool Completes { get; private set; }

    public bool ExceededTarget { get; private set; }

    public string AuthorId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<EvidenceFile> Evidence => evidence;

    /// <summary>An update made before cycles existed goes to the cycle its date falls in.</summary>
    internal void PlaceIn(Cycles.TaskCycle cycle)
    {
        if (cycle.AssignmentId != AssignmentId)
        {
            throw new InvalidOperationException("An update stays with its unit's part of the task.");
        }

        CycleId = cycle.Id;
    }

    public void Attach(EvidenceUpload upload)
    {
        if (evidence.Count >= MaxFiles)
        {
            throw new BusinessRuleException($"Mỗi lần cập nhật đính kèm không quá {MaxFiles} tệp.");
        }

        evidence.Add(new EvidenceFile(this, upload));
    }
}
