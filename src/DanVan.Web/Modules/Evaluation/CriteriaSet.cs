using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Evaluation.Scoring;

namespace DanVan.Web.Modules.Evaluation;

/// <summary>
/// A framework of evaluation as data (Quy định 366-QĐ/TW for collectives, "Chi bộ bốn tốt", Nghị định 335/2025…): its
/// criteria with their maximum and what measures them, its levels with their thresholds and conditions, the dates it
/// is valid between. An administrator edits it; a round keeps the set it was opened with.
/// </summary>
public sealed class CriteriaSet
{
    private readonly List<SetCriterion> criteria = [];
    private readonly List<SetLevel> levels = [];

    private CriteriaSet()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Name { get; private set; } = "";

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    /// <summary>The level of a unit that reaches none of the set's levels.</summary>
    public string FailedLevel { get; private set; } = "";

    public IReadOnlyList<SetCriterion> Criteria => criteria;

    public IReadOnlyList<SetLevel> Levels => levels;

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    public static CriteriaSet Create(string? name, DateOnly validFrom, DateOnly? validTo, string? failedLevel, IReadOnlyList<CriterionInput> criteria, IReadOnlyList<LevelInput> levels)
    {
        var set = new CriteriaSet();
        set.Change(name, validFrom, validTo, failedLevel, criteria, levels);
        return set;
    }

    /// <summary>Changes the set; the criteria and levels given replace the old ones (a round already decided keeps what it decided).</summary>
    public void Change(string? name, DateOnly validFrom, DateOnly? validTo, string? failedLevel, IReadOnlyList<CriterionInput> given, IReadOnlyList<LevelInput> givenLevels)
    {
        Name = Text(name, "Tên bộ tiêu chí", 300);
        FailedLevel = Text(failedLevel, "Tên mức không đạt", 200);
        if (validTo is { } to && to < validFrom)
        {
            throw new BusinessRuleException("Bộ tiêu chí: ngày hết hiệu lực trước ngày có hiệu lực.");
        }

        if (given.Count == 0)
        {
            throw new BusinessRuleException("Bộ tiêu chí cần ít nhất một tiêu chí.");
        }

        if (given.Any(c => c.MaxPoints is <= 0 or > 100))
        {
            throw new BusinessRuleException("Điểm tối đa của mỗi tiêu chí: lớn hơn 0 và không quá 100.");
        }

        if (given.Sum(c => c.MaxPoints) != 100)
        {
            throw new BusinessRuleException($"Thang điểm 100: tổng điểm tối đa các tiêu chí đang là {Scorecard.Number(given.Sum(c => c.MaxPoints))}.");
        }

        if (given.Where(c => c.Measure != Measure.Entered).GroupBy(c => c.Measure).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new BusinessRuleException($"Hai tiêu chí cùng tính từ “{Measures.Vietnamese(twice.Key)}”: mỗi loại dữ liệu chỉ tính một lần.");
        }

        if (givenLevels.Any(l => l.MinExceededPercent is < 0 or > 100 || l.MaxLatePercent is < 0 or > 100))
        {
            throw new BusinessRuleException("Tỷ lệ trong điều kiện của mức xếp loại: từ 0 đến 100%.");
        }

        if (givenLevels.Count == 0 || givenLevels.Any(l => l.MinScore is < 0 or > 100))
        {
            throw new BusinessRuleException("Cần ít nhất một mức xếp loại, mỗi mức có điểm tối thiểu từ 0 đến 100.");
        }

        if (givenLevels.Select(l => l.MinScore).Distinct().Count() != givenLevels.Count)
        {
            throw new BusinessRuleException("Hai mức xếp loại không được có cùng điểm tối thiểu.");
        }

        (ValidFrom, ValidTo) = (validFrom, validTo);
        criteria.Clear();
        criteria.AddRange(given.Select((c, i) => new SetCriterion(Id, i + 1, Text(c.Name, $"Tiêu chí {i + 1}", 500), c.MaxPoints, c.Measure)));
        levels.Clear();
        levels.AddRange(givenLevels.OrderByDescending(l => l.MinScore).Select((l, i) => new SetLevel(Id, i + 1, Text(l.Name, $"Mức {i + 1}", 200), l)));
    }

    /// <summary>
    /// A set rounds were opened on keeps its criteria and levels (the rounds are scored on them): only its name and the
    /// end of its validity change, and it stays valid to the end of the last such round.
    /// </summary>
    public void ChangeInUse(string? name, DateOnly? validTo, DateOnly lastRoundEnd)
    {
        if (validTo is { } to && to < lastRoundEnd)
        {
            throw new BusinessRuleException($"Đã có kỳ đánh giá theo bộ tiêu chí này đến {Infrastructure.Text.VietnameseText.FormatDate(lastRoundEnd)}: ngày hết hiệu lực không được trước ngày đó.");
        }

        Name = Text(name, "Tên bộ tiêu chí", 300);
        ValidTo = validTo;
    }

    internal IReadOnlyList<CriterionRule> Rules() => criteria.OrderBy(c => c.Position).Select(c => new CriterionRule(c.Id, c.Name, c.MaxPoints, c.Measure)).ToList();

    internal IReadOnlyList<LevelRule> LevelRules() => levels.OrderBy(l => l.Position)
        .Select(l => new LevelRule(l.Name, l.MinScore, l.AllOnTime, l.MinExceededPercent, l.AllDone, l.MaxLatePercent, l.NoDiscipline)).ToList();

    private static string Text(string? text, string label, int max)
    {
        text = (text ?? "").Trim();
        return text.Length is > 0 && text.Length <= max ? text : throw new BusinessRuleException($"{label}: không được để trống và không quá {max} ký tự.");
    }
}

public sealed class SetCriterion
{
    private SetCriterion()
    {
    }

    internal SetCriterion(Guid setId, int position, string name, decimal maxPoints, Measure measure) =>
        (SetId, Position, Name, MaxPoints, Measure) = (setId, position, name, maxPoints, measure);

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SetId { get; private set; }

    public int Position { get; private set; }

    public string Name { get; private set; } = "";

    public decimal MaxPoints { get; private set; }

    public Measure Measure { get; private set; }
}

public sealed class SetLevel
{
    private SetLevel()
    {
    }

    internal SetLevel(Guid setId, int position, string name, LevelInput input)
    {
        (SetId, Position, Name, MinScore) = (setId, position, name, input.MinScore);
        (AllOnTime, MinExceededPercent, AllDone, MaxLatePercent, NoDiscipline) = (input.AllOnTime, input.MinExceededPercent, input.AllDone, input.MaxLatePercent, input.NoDiscipline);
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SetId { get; private set; }

    public int Position { get; private set; }

    public string Name { get; private set; } = "";

    public decimal MinScore { get; private set; }

    public bool AllOnTime { get; private set; }

    public decimal? MinExceededPercent { get; private set; }

    public bool AllDone { get; private set; }

    public decimal? MaxLatePercent { get; private set; }

    public bool NoDiscipline { get; private set; }
}

public sealed record CriterionInput(string? Name, decimal MaxPoints, Measure Measure);

public sealed record LevelInput(string? Name, decimal MinScore, bool AllOnTime, decimal? MinExceededPercent, bool AllDone, decimal? MaxLatePercent, bool NoDiscipline);
