using DanVan.Web.Modules.Evaluation.Scoring;

namespace DanVan.Web.Modules.Evaluation;

/// <summary>
/// The head (người đứng đầu) of a unit in a round: a user holding the unit's Leader role. They enter their own general
/// points with evidence, the appraisers theirs; the task points are the unit's (a head answers for what the unit did),
/// and the head's level is never above the unit's. Once decided, the score and level are kept.
/// </summary>
public sealed class HeadEvaluation
{
    private readonly List<HeadScore> scores = [];

    private HeadEvaluation()
    {
    }

    internal HeadEvaluation(UnitEvaluation unit, string userId, string fullName)
    {
        EvaluationId = unit.Id;
        Unit = unit;
        UserId = userId;
        FullName = fullName.Length <= 200 ? fullName : fullName[..200];
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid EvaluationId { get; private set; }

    public UnitEvaluation? Unit { get; private set; }

    public string UserId { get; private set; } = "";

    /// <summary>The name as it was when the round was opened (a decided list keeps it).</summary>
    public string FullName { get; private set; } = "";

    public string? SelfComment { get; private set; }

    public DateTime? SelfAssessedAt { get; private set; }

    public string? AppraisalComment { get; private set; }

    /// <summary>The head was disciplined in the period (entered by the appraisers).</summary>
    public bool Discipline { get; private set; }

    public decimal? Total { get; private set; }

    public string? Level { get; private set; }

    public string? Reasons { get; private set; }

    public IReadOnlyList<HeadScore> Scores => scores;

    /// <summary>The head's own points and evidence for the entered criteria, while the round is at self-assessment.</summary>
    public void AssessSelf(IReadOnlyDictionary<Guid, (decimal Points, string? Evidence)> entered, string? comment, DateTime utcNow)
    {
        Unit!.Round!.EnsureStep(RoundStep.SelfAssessment, "Đã hết thời gian tự đánh giá.");
        foreach (var (criterionId, (points, evidence)) in entered)
        {
            var score = Score(criterionId);
            (score.SelfPoints, score.Evidence) = (UnitEvaluation.Bounded(points, Unit.Entered(criterionId)), UnitEvaluation.Clean(evidence, 2000, "Minh chứng"));
        }

        SelfComment = UnitEvaluation.Clean(comment, 4000, "Tự nhận xét");
        SelfAssessedAt = utcNow;
    }

    /// <summary>The appraisers' points for the head's entered criteria, discipline and comment.</summary>
    public void Appraise(IReadOnlyDictionary<Guid, decimal> entered, bool discipline, string? comment)
    {
        Unit!.Round!.EnsureStep(RoundStep.Appraisal, "Chỉ thẩm định khi kỳ đánh giá ở bước thẩm định.");
        foreach (var (criterionId, points) in entered)
        {
            Score(criterionId).AppraisedPoints = UnitEvaluation.Bounded(points, Unit.Entered(criterionId));
        }

        Discipline = discipline;
        AppraisalComment = UnitEvaluation.Clean(comment, 4000, "Ý kiến thẩm định");
    }

    /// <summary>The head's entered points (appraised, else their own); the computed parts are the unit's.</summary>
    internal Dictionary<Guid, decimal> Entered() =>
        scores.Where(s => (s.AppraisedPoints ?? s.SelfPoints) is not null).ToDictionary(s => s.CriterionId, s => (s.AppraisedPoints ?? s.SelfPoints)!.Value);

    internal void Unfix() => (Total, Level, Reasons) = (null, null, null);

    internal void Fix(ScoreResult result, string failedLevel)
    {
        Total = result.Total;
        Level = result.Level?.Name ?? failedLevel;
        Reasons = result.Reasons.Count == 0 ? null : string.Join('\n', result.Reasons);
    }

    private HeadScore Score(Guid criterionId)
    {
        var score = scores.FirstOrDefault(s => s.CriterionId == criterionId);
        if (score is null)
        {
            score = new HeadScore(Id, criterionId);
            scores.Add(score);
        }

        return score;
    }
}

/// <summary>One entered criterion of a head: their own points and evidence, the appraisers' points.</summary>
public sealed class HeadScore
{
    private HeadScore()
    {
    }

    internal HeadScore(Guid headId, Guid criterionId) => (HeadId, CriterionId) = (headId, criterionId);

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid HeadId { get; private set; }

    public Guid CriterionId { get; private set; }

    public decimal? SelfPoints { get; internal set; }

    public string? Evidence { get; internal set; }

    public decimal? AppraisedPoints { get; internal set; }
}
