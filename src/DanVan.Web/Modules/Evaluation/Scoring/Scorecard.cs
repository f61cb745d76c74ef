using System.Globalization;

namespace DanVan.Web.Modules.Evaluation.Scoring;

/// <summary>
/// A unit's score on a criteria set, criterion by criterion with the formula beside each computed one (so anyone can
/// recompute it), a computed part changed only with a written reason, the total, and the level with why a higher one
/// was not reached.
/// </summary>
internal static class Scorecard
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <param name="entered">Points entered for the <see cref="Measure.Entered"/> criteria (missing: 0).</param>
    /// <param name="adjusted">A computed criterion's points as adjusted by the appraisers, with the reason.</param>
    public static ScoreResult Compute(IReadOnlyList<CriterionRule> criteria, IReadOnlyList<LevelRule> levels, TaskFacts facts,
        IReadOnlyDictionary<Guid, decimal> entered, IReadOnlyDictionary<Guid, Adjustment> adjusted, bool discipline)
    {
        var lines = new List<ScoreLine>();
        foreach (var criterion in criteria)
        {
            if (criterion.Measure == Measure.Entered)
            {
                var points = Math.Clamp(entered.GetValueOrDefault(criterion.Id), 0, criterion.MaxPoints);
                lines.Add(new ScoreLine(criterion, points, null, "chấm theo minh chứng", null));
                continue;
            }

            var (part, whole, what) = criterion.Measure switch
            {
                Measure.CyclesOnTime => (facts.CyclesOnTime, facts.CyclesDue, "chu kỳ nhiệm vụ hoàn thành đúng hạn"),
                Measure.ReportsOnTime => (facts.ReportsOnTime, facts.ReportsDue, "báo cáo gửi đúng hạn"),
                Measure.TargetsExceeded => (facts.CyclesExceeded, facts.CyclesDue, "chu kỳ vượt chỉ tiêu"),
                _ => (facts.RecommendationsRemedied, facts.RecommendationsDue, "kiến nghị khắc phục đúng hạn"),
            };

            // Nothing due: nothing to lose (the full points), said so.
            var computed = whole == 0 ? criterion.MaxPoints : Math.Round(criterion.MaxPoints * part / whole, 2);
            var formula = whole == 0
                ? $"không có {Noun(criterion.Measure)} nào đến hạn trong kỳ: đủ {Number(criterion.MaxPoints)} điểm"
                : $"{Number(criterion.MaxPoints)} × {part}/{whole} {what} = {Number(computed)}";
            var adjustment = adjusted.GetValueOrDefault(criterion.Id);
            var final = adjustment is null ? computed : Math.Clamp(adjustment.Points, 0, criterion.MaxPoints);
            lines.Add(new ScoreLine(criterion, final, computed, formula, adjustment));
        }

        var total = lines.Sum(l => l.Points);
        var (level, reasons) = LevelOf(levels, total, facts, discipline);
        return new ScoreResult(lines, total, level, reasons);
    }

    /// <summary>The best level whose score and conditions the unit meets, and why each better one was not given.</summary>
    public static (LevelRule? Level, IReadOnlyList<string> Reasons) LevelOf(IReadOnlyList<LevelRule> levels, decimal score, TaskFacts facts, bool discipline)
    {
        var reasons = new List<string>();
        foreach (var level in levels.OrderByDescending(l => l.MinScore))
        {
            if (score < level.MinScore)
            {
                continue;
            }

            var unmet = Unmet(level, facts, discipline).ToList();
            if (unmet.Count == 0)
            {
                return (level, reasons);
            }

            reasons.Add($"Đủ điểm mức “{level.Name}” ({Number(score)} ≥ {Number(level.MinScore)}) nhưng {string.Join("; ", unmet)}.");
        }

        return (null, reasons);
    }

    /// <summary>
    /// A head's result bounded by their unit's level (Quy định 366: a head is not rated above the unit they lead):
    /// the head keeps their own level when it is not better than the unit's, else takes the unit's, and the reason says so.
    /// </summary>
    public static ScoreResult BoundBy(ScoreResult head, IReadOnlyList<LevelRule> levels, LevelRule? unitLevel, string failedLevel)
    {
        var order = levels.OrderByDescending(l => l.MinScore).ToList();
        int Rank(LevelRule? level) => level is null ? order.Count : order.FindIndex(l => l.Name == level.Name && l.MinScore == level.MinScore);
        if (Rank(head.Level) >= Rank(unitLevel))
        {
            return head;
        }

        var reason = $"Đủ điều kiện mức “{head.Level!.Name}” nhưng xếp loại người đứng đầu không cao hơn xếp loại của đơn vị (“{unitLevel?.Name ?? failedLevel}”).";
        return head with { Level = unitLevel, Reasons = [.. head.Reasons, reason] };
    }

    private static IEnumerable<string> Unmet(LevelRule level, TaskFacts facts, bool discipline)
    {
        if (level.AllOnTime && !facts.AllOnTime)
        {
            yield return $"chưa hoàn thành đúng hạn 100% nhiệm vụ ({facts.CyclesLate} chu kỳ quá hạn, {facts.CyclesNotDone} chưa hoàn thành trên {facts.CyclesDue})";
        }

        if (level.AllDone && !facts.AllDone)
        {
            yield return $"còn {facts.CyclesNotDone} chu kỳ nhiệm vụ chưa hoàn thành";
        }

        if (level.MinExceededPercent is { } exceeded && facts.ExceededPercent < exceeded)
        {
            yield return $"chỉ {Number(facts.ExceededPercent)}% chu kỳ vượt chỉ tiêu (cần từ {Number(exceeded)}%)";
        }

        if (level.MaxLatePercent is { } late && facts.LatePercent > late)
        {
            yield return $"{Number(facts.LatePercent)}% chu kỳ hoàn thành quá hạn (tối đa {Number(late)}%)";
        }

        if (level.NoDiscipline && discipline)
        {
            yield return "có tổ chức hoặc thành viên bị kỷ luật trong kỳ";
        }
    }

    private static string Noun(Measure measure) => measure switch
    {
        Measure.ReportsOnTime => "báo cáo",
        Measure.RecommendationsRemedied => "kiến nghị",
        _ => "chu kỳ nhiệm vụ",
    };

    public static string Number(decimal value) => value.ToString("0.##", Vietnamese);
}

/// <summary>A computed part changed by the appraisers: the points they set and why.</summary>
public sealed record Adjustment(decimal Points, string Reason);

/// <param name="Computed">What DanVan computed, for a computed criterion (the points may be an adjustment of it).</param>
public sealed record ScoreLine(CriterionRule Criterion, decimal Points, decimal? Computed, string Formula, Adjustment? Adjustment);

/// <param name="Level">Null: the unit reaches no level (không hoàn thành nhiệm vụ, when the set names no level for it).</param>
public sealed record ScoreResult(IReadOnlyList<ScoreLine> Lines, decimal Total, LevelRule? Level, IReadOnlyList<string> Reasons);
