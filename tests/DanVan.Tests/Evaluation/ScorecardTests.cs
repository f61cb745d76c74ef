using DanVan.Web.Modules.Evaluation.Scoring;

namespace DanVan.Tests.Evaluation;

/// <summary>
/// The 100-point scale as a hand calculation says it, criterion by criterion with its formula; the levels of Art. 11
/// with their conditions: a score that reaches a level whose condition the unit fails gets the level it meets, and why.
/// </summary>
public sealed class ScorecardTests
{
    private static readonly IReadOnlyList<CriterionRule> Criteria = Quy366.Criteria.Select(c => new CriterionRule(Guid.NewGuid(), c.Name, c.MaxPoints, c.Measure)).ToList();

    private static Dictionary<Guid, decimal> General(params decimal[] points) =>
        Criteria.Where(c => c.Measure == Measure.Entered).Zip(points).ToDictionary(x => x.First.Id, x => x.Second);

    [Fact]
    public void The_task_points_are_what_a_hand_calculation_of_the_units_cycles_reports_and_recommendations_gives()
    {
        // 10 cycles due: 8 on time, 1 late, 1 not done, 3 beyond target; 4 reports, 3 on time; 2 recommendations, 1 remedied.
        var facts = new TaskFacts(10, 8, 1, 3, 4, 3, 2, 1);
        var result = Scorecard.Compute(Criteria, Quy366.Levels, facts, General(9, 8, 10), new Dictionary<Guid, Adjustment>(), discipline: false);

        // 27 general + 45 × 8/10 = 36 + 10 × 3/4 = 7,5 + 5 × 3/10 = 1,5 + 10 × 1/2 = 5 → 77.
        Assert.Equal([9m, 8m, 10m, 36m, 7.5m, 1.5m, 5m], result.Lines.Select(l => l.Points));
        Assert.Equal(77m, result.Total);
        Assert.Equal("45 × 8/10 chu kỳ nhiệm vụ hoàn thành đúng hạn = 36", result.Lines[3].Formula);
        Assert.Equal("10 × 3/4 báo cáo gửi đúng hạn = 7,5", result.Lines[4].Formula);

        // 77 reaches "tốt" but a cycle was late and one not done; "hoàn thành" asks every cycle done: none is met.
        Assert.Null(result.Level);
        Assert.Equal(2, result.Reasons.Count);
        Assert.Contains("chưa hoàn thành đúng hạn 100% nhiệm vụ (1 chu kỳ quá hạn, 1 chưa hoàn thành trên 10)", result.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("còn 1 chu kỳ nhiệm vụ chưa hoàn thành", result.Reasons[1], StringComparison.Ordinal);
    }

    [Fact]
    public void One_late_task_refuses_excellence_whatever_the_score_and_the_page_can_say_why()
    {
        // 10 cycles, 9 on time and 1 late, 4 beyond target; every report on time; no recommendation due.
        var facts = new TaskFacts(10, 9, 1, 4, 4, 4, 0, 0);
        var result = Scorecard.Compute(Criteria, Quy366.Levels, facts, General(10, 10, 10), new Dictionary<Guid, Adjustment>(), discipline: false);

        // 30 + 40,5 + 10 + 2 + 10 (nothing to remedy: the full points) = 92,5.
        Assert.Equal(92.5m, result.Total);
        Assert.Equal("không có kiến nghị nào đến hạn trong kỳ: đủ 10 điểm", result.Lines[6].Formula);
        Assert.Equal("Hoàn thành nhiệm vụ", result.Level!.Name);
        Assert.StartsWith("Đủ điểm mức “Hoàn thành xuất sắc nhiệm vụ” (92,5 ≥ 90) nhưng chưa hoàn thành đúng hạn 100% nhiệm vụ", result.Reasons[0], StringComparison.Ordinal);
        Assert.StartsWith("Đủ điểm mức “Hoàn thành tốt nhiệm vụ”", result.Reasons[1], StringComparison.Ordinal);

        // Every cycle on time: excellent, unless a member was disciplined or too few cycles went beyond target.
        var onTime = facts with { CyclesOnTime = 10, CyclesLate = 0 };
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ", Scorecard.LevelOf(Quy366.Levels, 95, onTime, discipline: false).Level!.Name);
        Assert.Equal("Hoàn thành tốt nhiệm vụ", Scorecard.LevelOf(Quy366.Levels, 95, onTime, discipline: true).Level!.Name);
        var (level, reasons) = Scorecard.LevelOf(Quy366.Levels, 95, onTime with { CyclesExceeded = 2 }, discipline: false);
        Assert.Equal("Hoàn thành tốt nhiệm vụ", level!.Name);
        Assert.Contains("chỉ 20% chu kỳ vượt chỉ tiêu (cần từ 30%)", reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_head_is_never_rated_above_the_unit_they_lead_and_is_told_why()
    {
        // Every cycle on time, none beyond target: the unit with 65 points "hoàn thành", its head with 95 "tốt".
        var facts = new TaskFacts(4, 4, 0, 0, 2, 2, 0, 0);
        var unit = Scorecard.Compute(Criteria, Quy366.Levels, facts, General(0, 0, 0), new Dictionary<Guid, Adjustment>(), discipline: false);
        var own = Scorecard.Compute(Criteria, Quy366.Levels, facts, General(10, 10, 10), new Dictionary<Guid, Adjustment>(), discipline: false);
        Assert.Equal(("Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ"), (own.Level!.Name, Scorecard.LevelOf(Quy366.Levels, 100, facts, false).Level!.Name));
        unit = unit with { Level = Quy366.Levels[2] };

        var head = Scorecard.BoundBy(own, Quy366.Levels, unit.Level, Quy366.Failed);
        Assert.Equal("Hoàn thành nhiệm vụ", head.Level!.Name);
        Assert.Equal(own.Total, head.Total);
        Assert.Equal("Đủ điều kiện mức “Hoàn thành tốt nhiệm vụ” nhưng xếp loại người đứng đầu không cao hơn xếp loại của đơn vị (“Hoàn thành nhiệm vụ”).", head.Reasons[^1]);

        // A unit that reaches no level: its head neither; a head below the unit keeps their own level.
        Assert.Null(Scorecard.BoundBy(own, Quy366.Levels, null, Quy366.Failed).Level);
        Assert.Contains("(“Không hoàn thành nhiệm vụ”)", Scorecard.BoundBy(own, Quy366.Levels, null, Quy366.Failed).Reasons[^1], StringComparison.Ordinal);
        Assert.Same(unit, Scorecard.BoundBy(unit, Quy366.Levels, Quy366.Levels[0], Quy366.Failed));
    }

    [Fact]
    public void A_computed_part_changes_only_as_adjusted_within_its_maximum_and_the_formula_stays_beside_it()
    {
        var facts = new TaskFacts(4, 2, 0, 0, 0, 0, 0, 0);
        var cycles = Criteria.Single(c => c.Measure == Measure.CyclesOnTime);
        var result = Scorecard.Compute(Criteria, Quy366.Levels, facts, General(10, 10, 10),
            new Dictionary<Guid, Adjustment> { [cycles.Id] = new(60, "Hai chu kỳ lùi hạn theo chỉ đạo của Ban Thường vụ") }, discipline: false);
        var line = result.Lines.Single(l => l.Criterion.Id == cycles.Id);
        Assert.Equal(22.5m, line.Computed);
        Assert.Equal(45m, line.Points); // an adjustment never exceeds the criterion's maximum
        Assert.Equal("Hai chu kỳ lùi hạn theo chỉ đạo của Ban Thường vụ", line.Adjustment!.Reason);
        Assert.Equal("45 × 2/4 chu kỳ nhiệm vụ hoàn thành đúng hạn = 22,5", line.Formula);
    }
}
