namespace DanVan.Web.Modules.Evaluation.Scoring;

/// <summary>What a criterion's points are measured by: entered with evidence, or computed from DanVan's data.</summary>
public enum Measure
{
    /// <summary>Entered by the unit (self-assessment) and the appraisers, with evidence.</summary>
    Entered = 0,

    /// <summary>Task cycles due in the period done by their deadline, of those due.</summary>
    CyclesOnTime = 1,

    /// <summary>Reports due in the period sent by their deadline, of those due.</summary>
    ReportsOnTime = 2,

    /// <summary>Task cycles due in the period done beyond their target, of those due.</summary>
    TargetsExceeded = 3,

    /// <summary>Recommendations of inspections due in the period remedied by their deadline, of those due.</summary>
    RecommendationsRemedied = 4,
}

/// <summary>One criterion of a criteria set: its name, its maximum and what measures it.</summary>
public sealed record CriterionRule(Guid Id, string Name, decimal MaxPoints, Measure Measure);

/// <summary>
/// One level of a criteria set (Quy định 366-QĐ/TW, Art. 11), best first: its name, the score it needs and the
/// conditions a collective must also meet. A unit whose score reaches a level but fails a condition gets the best
/// level whose conditions it meets.
/// </summary>
public sealed record LevelRule(string Name, decimal MinScore, bool AllOnTime = false, decimal? MinExceededPercent = null, bool AllDone = false, decimal? MaxLatePercent = null, bool NoDiscipline = false);

/// <summary>How a measure is named to users.</summary>
internal static class Measures
{
    public static string Vietnamese(Measure measure) => measure switch
    {
        Measure.Entered => "Chấm theo minh chứng",
        Measure.CyclesOnTime => "Chu kỳ nhiệm vụ hoàn thành đúng hạn",
        Measure.ReportsOnTime => "Báo cáo gửi đúng hạn",
        Measure.TargetsExceeded => "Chu kỳ vượt chỉ tiêu",
        Measure.RecommendationsRemedied => "Kiến nghị sau kiểm tra khắc phục đúng hạn",
        _ => measure.ToString(),
    };
}
