using System.Text.Json;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>
/// A report's content as it was submitted, with the task numbers and indicator names of that day, so a
/// version reads the same even after the plan or the catalog changes.
/// </summary>
public sealed record ReportSnapshot(IReadOnlyList<SnapshotNarrative> Narratives, IReadOnlyList<SnapshotValue> Values)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportSnapshot FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? new ReportSnapshot([], []) : JsonSerializer.Deserialize<ReportSnapshot>(json, Json) ?? new ReportSnapshot([], []);
}

public sealed record SnapshotNarrative(Guid TaskId, string Number, string Heading, string? Results, string? Limitations, string? Proposals);

/// <summary>One value as shown: the indicator's code and name, the village if any, and the formatted value.</summary>
public sealed record SnapshotValue(string Code, string Name, string Unit, string? Area, string Value);
