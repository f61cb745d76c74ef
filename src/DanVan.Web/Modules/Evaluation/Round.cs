using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Evaluation.Scoring;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Evaluation;

/// <summary>
/// An evaluation round of a committee for the units below it, for a year or a quarter, on one criteria set: the units
/// assess themselves, the committee's advisers appraise (comment, adjust a computed part with a reason), the committee
/// decides (a decision with its number and date), and from then on nothing changes.
/// </summary>
public sealed class Round
{
    private readonly List<UnitEvaluation> units = [];
    private readonly List<RoundDecision> superseded = [];

    private Round()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public Guid SetId { get; private set; }

    public CriteriaSet? Set { get; private set; }

    public int Year { get; private set; }

    /// <summary>1–4 for a quarterly round (Quy định 366 allows them); null for the year.</summary>
    public int? Quarter { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public RoundStep Step { get; private set; }

    public string? DecisionSymbol { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    /// <summary>Where the decision was signed (địa danh), who signed it and as what, as the document prints them.</summary>
    public string? DecisionPlace { get; private set; }

    /// <summary>"T/M Ban Thường vụ", "T/M Đảng ủy"…: on whose behalf the signer signs; empty when the head signs directly.</summary>
    public string? SignatureAuthority { get; private set; }

    public string? SignerPosition { get; private set; }

    public string? SignerName { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsDemo { get; private set; }

    public IReadOnlyList<UnitEvaluation> Units => units;

    /// <summary>The decisions this round had before a new one replaced them, each with why it was revised and what it decided.</summary>
    public IReadOnlyList<RoundDecision> Superseded => superseded;

    public string Title => Quarter is { } q ? $"Quý {q}/{Year}" : $"Năm {Year}";

    /// <param name="heads">The heads (người đứng đầu) of each evaluated unit: the users holding its Leader role, evaluated beside it.</param>
    public static Round Open(Organization organization, CriteriaSet set, int year, int? quarter, IReadOnlyList<Organization> evaluated, IReadOnlyDictionary<Guid, IReadOnlyList<(string UserId, string FullName)>> heads, DateTime utcNow, bool isDemo = false)
    {
        if (year is < 2000 or > 2100 || quarter is < 1 or > 4)
        {
            throw new BusinessRuleException("Kỳ đánh giá: năm từ 2000 đến 2100, quý từ 1 đến 4.");
        }

        var from = quarter is { } q ? new DateOnly(year, (3 * (q - 1)) + 1, 1) : new DateOnly(year, 1, 1);
        var to = quarter is not null ? from.AddMonths(3).AddDays(-1) : new DateOnly(year, 12, 31);
        if (!set.IsValidOn(to))
        {
            throw new BusinessRuleException($"Bộ tiêu chí “{set.Name}” không có hiệu lực vào cuối kỳ ({VietnameseText.FormatDate(to)}).");
        }

        if (evaluated.Count == 0)
        {
            throw new BusinessRuleException("Chưa có đơn vị nào để đánh giá.");
        }

        var round = new Round { Organization = organization, OrganizationId = organization.Id, Set = set, SetId = set.Id, Year = year, Quarter = quarter, From = from, To = to, Step = RoundStep.SelfAssessment, CreatedAt = utcNow, IsDemo = isDemo };
        round.units.AddRange(evaluated.Select(u => new UnitEvaluation(round, u, heads.GetValueOrDefault(u.Id) ?? [])));
        return round;
    }

    /// <summary>
    /// While the units assess themselves, each unit's head as now marked joins the round (one named since it opened);
    /// a head who has not assessed themself and is no longer the head leaves it. Returns how many joined.
    /// </summary>
    public int RefreshHeads(IReadOnlyDictionary<Guid, IReadOnlyList<(string UserId, string FullName)>> heads)
    {
        EnsureStep(RoundStep.SelfAssessment, "Chỉ cập nhật người đứng đầu khi các đơn vị đang tự đánh giá.");
        return units.Sum(u => u.RefreshHeads(heads.GetValueOrDefault(u.OrganizationId) ?? []));
    }

    /// <summary>The units' self-assessments are in (or their time is up): the advisory board appraises.</summary>
    public void StartAppraisal()
    {
        EnsureStep(RoundStep.SelfAssessment, "Chỉ chuyển sang thẩm định khi đang tự đánh giá.");
        Step = RoundStep.Appraisal;
    }

    /// <summary>The committee decides: each unit's score and level as computed now are kept, and the round is locked.</summary>
    public void Decide(string? symbol, DateOnly decidedOn, DecisionSigning signing, IReadOnlyDictionary<Guid, (TaskFacts Facts, ScoreResult Result)> results)
    {
        EnsureStep(RoundStep.Appraisal, "Chỉ quyết định sau khi đã thẩm định.");
        var place = UnitEvaluation.Clean(signing.Place, 100, "Địa danh") ?? throw new BusinessRuleException("Địa danh: hãy nhập nơi ký quyết định, ví dụ Thượng Lâm.");
        var position = UnitEvaluation.Clean(signing.Position, 100, "Chức vụ người ký") ?? throw new BusinessRuleException("Chức vụ người ký: hãy nhập, ví dụ Bí thư.");
        var signer = UnitEvaluation.Clean(signing.Name, 100, "Họ tên người ký") ?? throw new BusinessRuleException("Họ tên người ký: hãy nhập.");
        symbol = (symbol ?? "").Trim();
        if (symbol.Length is 0 or > 60)
        {
            throw new BusinessRuleException("Số quyết định: không được để trống và không quá 60 ký tự.");
        }

        if (decidedOn < From)
        {
            throw new BusinessRuleException($"Ngày quyết định {VietnameseText.FormatDate(decidedOn)} trước khi kỳ đánh giá {Title} bắt đầu.");
        }

        foreach (var unit in units)
        {
            var (facts, result) = results[unit.Id];
            unit.Fix(facts, result, Set!.FailedLevel);
            foreach (var head in unit.Heads)
            {
                head.Fix(results[head.Id].Result, Set.FailedLevel);
            }
        }

        (DecisionSymbol, DecidedOn, Step) = (symbol, decidedOn, RoundStep.Decided);
        (DecisionPlace, SignatureAuthority, SignerPosition, SignerName) = (place, UnitEvaluation.Clean(signing.Authority, 100, "Thay mặt"), position, signer);
    }

    /// <summary>
    /// A decided round changes only by a new decision: the committee records why the decision is revised, the decision
    /// and what it decided are kept, and the round goes back to appraisal (scores computed again) until the new one.
    /// </summary>
    public void Revise(string? reason, string by, DateTime utcNow)
    {
        if (Step != RoundStep.Decided)
        {
            throw new BusinessRuleException("Chỉ điều chỉnh kết quả của kỳ đánh giá đã có quyết định.");
        }

        var why = UnitEvaluation.Clean(reason, 1000, "Lý do điều chỉnh");
        if (why is null || why.Length < 10)
        {
            throw new BusinessRuleException("Lý do điều chỉnh kết quả: ghi rõ căn cứ (ít nhất 10 ký tự), ví dụ kết luận kiểm tra hoặc đơn kiến nghị được chấp nhận.");
        }

        var results = string.Join('\n', units.OrderBy(u => u.Organization?.Name, Infrastructure.Text.VietnameseText.Comparer)
            .Select(u => $"{u.Organization?.Name}: {Scorecard.Number(u.Total ?? 0)} điểm, {u.Level}")
            .Concat(units.SelectMany(u => u.Heads).Select(h => $"{h.FullName} (người đứng đầu): {Scorecard.Number(h.Total ?? 0)} điểm, {h.Level}")));
        superseded.Add(new RoundDecision(Id, DecisionSymbol!, DecidedOn!.Value, results.Length <= 20000 ? results : results[..20000], why, by, utcNow));
        foreach (var unit in units)
        {
            unit.Unfix();
        }

        (DecisionSymbol, DecidedOn, Step) = (null, null, RoundStep.Appraisal);
    }

    internal void EnsureStep(RoundStep step, string message)
    {
        if (Step != step)
        {
            throw new BusinessRuleException(Step == RoundStep.Decided ? "Kỳ đánh giá đã có quyết định, không thay đổi được nữa." : message);
        }
    }
}

/// <summary>Who signs the decision, as what, and where (the document's signature block and place line).</summary>
public sealed record DecisionSigning(string? Place, string? Authority, string? Position, string? Name);

public enum RoundStep
{
    SelfAssessment = 1,
    Appraisal = 2,
    Decided = 3,
}

/// <summary>A unit in a round: its points entered (self, then appraised), adjustments with reasons, comments, its heads, and once decided its kept score and level.</summary>
public sealed class UnitEvaluation
{
    private readonly List<EvaluationScore> scores = [];
    private readonly List<HeadEvaluation> heads = [];

    private UnitEvaluation()
    {
    }

    internal UnitEvaluation(Round round, Organization organization, IReadOnlyList<(string UserId, string FullName)> unitHeads)
    {
        RoundId = round.Id;
        Round = round;
        OrganizationId = organization.Id;
        Organization = organization;
        heads.AddRange(unitHeads.DistinctBy(h => h.UserId).Select(h => new HeadEvaluation(this, h.UserId, h.FullName)));
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RoundId { get; private set; }

    public Round? Round { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public string? SelfComment { get; private set; }

    public DateTime? SelfAssessedAt { get; private set; }

    public string? AppraisalComment { get; private set; }

    /// <summary>A unit or a member of its leadership disciplined in the period (entered by the appraisers).</summary>
    public bool Discipline { get; private set; }

    public decimal? Total { get; private set; }

    public string? Level { get; private set; }

    /// <summary>Why a better level was not given, one reason per line, as decided.</summary>
    public string? Reasons { get; private set; }

    /// <summary>The facts the decided score was computed from: cycles due, on time, late, exceeded; reports; recommendations.</summary>
    public string? Facts { get; private set; }

    public IReadOnlyList<EvaluationScore> Scores => scores;

    /// <summary>The unit's heads (người đứng đầu), evaluated beside it; their level is never above the unit's.</summary>
    public IReadOnlyList<HeadEvaluation> Heads => heads;

    internal int RefreshHeads(IReadOnlyList<(string UserId, string FullName)> now)
    {
        heads.RemoveAll(h => h.SelfAssessedAt is null && now.All(n => n.UserId != h.UserId));
        var joining = now.Where(n => heads.All(h => h.UserId != n.UserId)).ToList();
        heads.AddRange(joining.Select(n => new HeadEvaluation(this, n.UserId, n.FullName)));
        return joining.Count;
    }

    /// <summary>The unit's own points and evidence for the entered criteria, while the round is at self-assessment.</summary>
    public void AssessSelf(IReadOnlyDictionary<Guid, (decimal Points, string? Evidence)> entered, string? comment, DateTime utcNow)
    {
        Round!.EnsureStep(RoundStep.SelfAssessment, "Đã hết thời gian tự đánh giá.");
        foreach (var (criterionId, (points, evidence)) in entered)
        {
            var criterion = Entered(criterionId);
            Score(criterionId).Self(Bounded(points, criterion), Clean(evidence, 2000, "Minh chứng"));
        }

        SelfComment = Clean(comment, 4000, "Nhận xét");
        SelfAssessedAt = utcNow;
    }

    /// <summary>The appraisers' points for the entered criteria, adjustments of computed ones (each with its reason), discipline and comment.</summary>
    public void Appraise(IReadOnlyDictionary<Guid, decimal> entered, IReadOnlyDictionary<Guid, (decimal? Points, string? Reason)> adjusted, bool discipline, string? comment)
    {
        Round!.EnsureStep(RoundStep.Appraisal, "Chỉ thẩm định khi kỳ đánh giá ở bước thẩm định.");
        foreach (var (criterionId, points) in entered)
        {
            Score(criterionId).Appraise(Bounded(points, Entered(criterionId)));
        }

        foreach (var (criterionId, (points, reason)) in adjusted)
        {
            var criterion = Round.Set!.Criteria.FirstOrDefault(c => c.Id == criterionId && c.Measure != Measure.Entered) ?? throw new BusinessRuleException("Tiêu chí này không được tính từ dữ liệu.");
            if (points is null)
            {
                Score(criterionId).Adjust(null, null);
                continue;
            }

            var why = (reason ?? "").Trim();
            if (why.Length < 5)
            {
                throw new BusinessRuleException($"“{criterion.Name}”: điều chỉnh điểm tính từ dữ liệu phải ghi lý do (ít nhất 5 ký tự).");
            }

            Score(criterionId).Adjust(Bounded(points.Value, criterion), why.Length <= 1000 ? why : throw new BusinessRuleException("Lý do điều chỉnh không quá 1000 ký tự."));
        }

        Discipline = discipline;
        AppraisalComment = Clean(comment, 4000, "Ý kiến thẩm định");
    }

    /// <summary>What the scorecard takes: the entered points (appraised, else the unit's own) and the adjustments.</summary>
    internal (Dictionary<Guid, decimal> Entered, Dictionary<Guid, Adjustment> Adjusted) Inputs() =>
        (scores.Where(s => (s.AppraisedPoints ?? s.SelfPoints) is not null).ToDictionary(s => s.CriterionId, s => (s.AppraisedPoints ?? s.SelfPoints)!.Value),
         scores.Where(s => s.AdjustedPoints is not null).ToDictionary(s => s.CriterionId, s => new Adjustment(s.AdjustedPoints!.Value, s.AdjustReason!)));

    /// <summary>A revised decision: the round is appraised again from the data.</summary>
    internal void Unfix()
    {
        (Total, Level, Reasons, Facts) = (null, null, null, null);
        foreach (var head in heads)
        {
            head.Unfix();
        }
    }

    internal void Fix(TaskFacts facts, ScoreResult result, string failedLevel)
    {
        Total = result.Total;
        Level = result.Level?.Name ?? failedLevel;
        Reasons = result.Reasons.Count == 0 ? null : string.Join('\n', result.Reasons);
        Facts = $"{facts.CyclesDue};{facts.CyclesOnTime};{facts.CyclesLate};{facts.CyclesExceeded};{facts.ReportsDue};{facts.ReportsOnTime};{facts.RecommendationsDue};{facts.RecommendationsRemedied}";
    }

    /// <summary>The facts kept at the decision.</summary>
    internal TaskFacts? FixedFacts() => Facts?.Split(';').Select(int.Parse).ToArray() is [var a, var b, var c, var d, var e, var f, var g, var h] ? new TaskFacts(a, b, c, d, e, f, g, h) : null;

    internal SetCriterion Entered(Guid criterionId) =>
        Round!.Set!.Criteria.FirstOrDefault(c => c.Id == criterionId && c.Measure == Measure.Entered) ?? throw new BusinessRuleException("Tiêu chí này được tính từ dữ liệu, không chấm tay.");

    private EvaluationScore Score(Guid criterionId)
    {
        var score = scores.FirstOrDefault(s => s.CriterionId == criterionId);
        if (score is null)
        {
            score = new EvaluationScore(Id, criterionId);
            scores.Add(score);
        }

        return score;
    }

    internal static decimal Bounded(decimal points, SetCriterion criterion) =>
        points >= 0 && points <= criterion.MaxPoints ? Math.Round(points, 2) : throw new BusinessRuleException($"“{criterion.Name}”: điểm từ 0 đến {Scorecard.Number(criterion.MaxPoints)}.");

    internal static string? Clean(string? text, int max, string label)
    {
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length <= max ? text : throw new BusinessRuleException($"{label}: không quá {max} ký tự.");
    }
}

/// <summary>One criterion of one unit in a round: the unit's points and evidence, the appraisers' points, an adjustment of a computed part with its reason.</summary>
public sealed class EvaluationScore
{
    private EvaluationScore()
    {
    }

    internal EvaluationScore(Guid evaluationId, Guid criterionId) => (EvaluationId, CriterionId) = (evaluationId, criterionId);

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid EvaluationId { get; private set; }

    public Guid CriterionId { get; private set; }

    public decimal? SelfPoints { get; private set; }

    public string? Evidence { get; private set; }

    public decimal? AppraisedPoints { get; private set; }

    public decimal? AdjustedPoints { get; private set; }

    public string? AdjustReason { get; private set; }

    internal void Self(decimal points, string? evidence) => (SelfPoints, Evidence) = (points, evidence);

    internal void Appraise(decimal points) => AppraisedPoints = points;

    internal void Adjust(decimal? points, string? reason) => (AdjustedPoints, AdjustReason) = (points, reason);
}

/// <summary>A decision of a round replaced by a later one: its number and date, what it decided, why and by whom it was revised.</summary>
public sealed class RoundDecision
{
    private RoundDecision()
    {
    }

    internal RoundDecision(Guid roundId, string symbol, DateOnly decidedOn, string results, string reason, string by, DateTime utcNow) =>
        (RoundId, Symbol, DecidedOn, Results, RevisionReason, RevisedBy, RevisedAt) = (roundId, symbol, decidedOn, results, reason, by, utcNow);

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RoundId { get; private set; }

    public string Symbol { get; private set; } = "";

    public DateOnly DecidedOn { get; private set; }

    /// <summary>Each unit's and head's score and level as that decision kept them, one per line.</summary>
    public string Results { get; private set; } = "";

    public string RevisionReason { get; private set; } = "";

    public string RevisedBy { get; private set; } = "";

    public DateTime RevisedAt { get; private set; }
}

internal static class RoundSteps
{
    public static string Vietnamese(RoundStep step) => step switch
    {
        RoundStep.SelfAssessment => "Đơn vị tự đánh giá",
        RoundStep.Appraisal => "Thẩm định",
        RoundStep.Decided => "Đã có quyết định",
        _ => step.ToString(),
    };
}
