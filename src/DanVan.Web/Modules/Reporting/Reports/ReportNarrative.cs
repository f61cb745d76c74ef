namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>What a unit writes about one task in a report, in the usual three parts.</summary>
public sealed class ReportNarrative
{
    public const int MaxLength = 20_000;

    private ReportNarrative()
    {
    }

    internal ReportNarrative(Guid reportId, Guid taskId)
    {
        ReportId = reportId;
        TaskId = taskId;
    }

    public Guid ReportId { get; private set; }

    public Guid TaskId { get; private set; }

    /// <summary>Kết quả đạt được.</summary>
    public string? Results { get; private set; }

    /// <summary>Hạn chế, nguyên nhân.</summary>
    public string? Limitations { get; private set; }

    /// <summary>Đề xuất, kiến nghị.</summary>
    public string? Proposals { get; private set; }

    public bool IsEmpty => Results is null && Limitations is null && Proposals is null;

    internal void Set(string? results, string? limitations, string? proposals)
    {
        Results = Clean(results);
        Limitations = Clean(limitations);
        Proposals = Clean(proposals);
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
