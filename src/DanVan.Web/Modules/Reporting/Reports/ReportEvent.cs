namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>
/// A step of a report's workflow, kept for good (the table is append-only). A submission carries the full
/// content as it was sent, so every version stays readable and comparable.
/// </summary>
public sealed class ReportEvent
{
    private ReportEvent()
    {
    }

    internal ReportEvent(Guid reportId, int sequence, ReportAction action, int version, string? snapshot, string? comment, string byId, string byName, DateTime utcNow)
    {
        ReportId = reportId;
        Sequence = sequence;
        Action = action;
        Version = version;
        Snapshot = snapshot;
        Comment = comment;
        ById = byId;
        ByName = byName;
        At = utcNow;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ReportId { get; private set; }

    public int Sequence { get; private set; }

    public ReportAction Action { get; private set; }

    /// <summary>The version the step concerns: a submission creates it; a return or acceptance judges it.</summary>
    public int Version { get; private set; }

    /// <summary>JSON of <see cref="ReportSnapshot"/>; only on submissions.</summary>
    public string? Snapshot { get; private set; }

    public string? Comment { get; private set; }

    public string ById { get; private set; } = "";

    public string ByName { get; private set; } = "";

    public DateTime At { get; private set; }
}
