namespace DanVan.Documents.Plans;

/// <summary>Reads which units a sentence of a plan names as who must act (for a task split from a bullet list).</summary>
public static class UnitSubjects
{
    /// <summary>"- Ủy ban nhân dân xã chỉ đạo …" → ["Ủy ban nhân dân xã"]; nothing when the sentence does not open with a unit that acts.</summary>
    public static IReadOnlyList<string> Of(string text) => AssignmentReader.SubjectUnits(text);
}
