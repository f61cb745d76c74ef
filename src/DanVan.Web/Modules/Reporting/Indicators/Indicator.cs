using System.Text.RegularExpressions;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Modules.Reporting.Indicators;

/// <summary>
/// A statistic units report each period (chỉ tiêu), always an aggregate for the unit or one of its villages,
/// never a list of people. Administrators keep the catalog.
/// </summary>
public sealed partial class Indicator
{
    private Indicator()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Unit { get; private set; } = "";

    public IndicatorType Type { get; private set; }

    public IndicatorAggregation Aggregation { get; private set; }

    public Guid? NumeratorId { get; private set; }

    public Guid? DenominatorId { get; private set; }

    /// <summary>A value may not exceed the value of this indicator for the same unit or village (e.g. ethnic-minority cadres ≤ all cadres).</summary>
    public Guid? NotAboveId { get; private set; }

    public decimal? MinValue { get; private set; }

    public decimal? MaxValue { get; private set; }

    /// <summary>
    /// A statistic of the area, one value per village (thôn), reported by the designated kind of unit of its commune
    /// (<see cref="ReporterKinds"/>); the commune's figure is their aggregate, each village counted once.
    /// </summary>
    public bool ByVillage { get; private set; }

    /// <summary>
    /// The codes of the kinds of unit that report it, comma-separated: for a statistic of the area the one kind that
    /// reports each village's value (the commune People's Committee); otherwise the kinds whose units each report their
    /// own figure, every unit when empty.
    /// </summary>
    public string ReporterKinds { get; private set; } = "";

    public IReadOnlyList<string> ReporterKindCodes => ReporterKinds.Length == 0 ? [] : ReporterKinds.Split(',');

    /// <summary>A unit of this kind is asked for it in its own report.</summary>
    public bool IsReportedBy(string? kindCode) =>
        ReporterKinds.Length == 0 ? !ByVillage : kindCode is not null && ReporterKindCodes.Contains(kindCode, StringComparer.Ordinal);

    public int Position { get; private set; }

    public bool IsActive { get; private set; } = true;

    public bool IsDemo { get; private set; }

    public string SearchKey { get; private set; } = "";

    public bool IsComputed => Aggregation == IndicatorAggregation.Ratio;

    public bool IsNumeric => Type is IndicatorType.Integer or IndicatorType.Decimal or IndicatorType.Percent;

    public static Indicator Create(IndicatorDefinition definition, IReadOnlyCollection<Indicator> catalog, bool isDemo = false)
    {
        var indicator = new Indicator { IsDemo = isDemo, Position = catalog.Count == 0 ? 1 : catalog.Max(i => i.Position) + 1 };
        indicator.Change(definition, catalog);
        return indicator;
    }

    /// <param name="catalog">The other indicators, to check the code is unique and the references sound.</param>
    public void Change(IndicatorDefinition d, IReadOnlyCollection<Indicator> catalog)
    {
        var code = (d.Code ?? "").Trim().ToUpperInvariant();
        if (!CodeShape().IsMatch(code))
        {
            throw new BusinessRuleException("Mã chỉ tiêu gồm 2–20 chữ cái không dấu, chữ số, “_” hoặc “-”, bắt đầu bằng chữ cái.");
        }

        if (catalog.Any(i => i.Id != Id && i.Code == code))
        {
            throw new BusinessRuleException($"Mã chỉ tiêu {code} đã có.");
        }

        var name = (d.Name ?? "").Trim();
        if (name.Length is 0 or > 300)
        {
            throw new BusinessRuleException("Tên chỉ tiêu không được để trống và không quá 300 ký tự.");
        }

        var unit = (d.Unit ?? "").Trim();
        if (unit.Length > 50)
        {
            throw new BusinessRuleException("Đơn vị tính không quá 50 ký tự.");
        }

        CheckAggregation(d, catalog);
        var reporters = d.Aggregation == IndicatorAggregation.Ratio ? [] : (d.ReporterKinds ?? []).Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (reporters.Any(k => k.Length > 50 || k.Contains(',', StringComparison.Ordinal)))
        {
            throw new BusinessRuleException("Mã loại đơn vị báo cáo không hợp lệ.");
        }

        if (d.ByVillage && d.Aggregation != IndicatorAggregation.Ratio && reporters.Count != 1)
        {
            throw new BusinessRuleException("Số liệu theo thôn là số liệu của địa bàn, mỗi thôn chỉ một số: hãy chọn đúng một loại đơn vị báo cáo (thường là Ủy ban nhân dân xã).");
        }

        if (d.MinValue is { } min && d.MaxValue is { } max && min > max)
        {
            throw new BusinessRuleException("Giá trị nhỏ nhất phải không lớn hơn giá trị lớn nhất.");
        }

        if (d.NotAboveId is { } notAbove && (notAbove == Id || catalog.FirstOrDefault(i => i.Id == notAbove) is not { IsNumeric: true, IsComputed: false }))
        {
            throw new BusinessRuleException("Chỉ tiêu dùng để so sánh (“không vượt quá”) phải là một chỉ tiêu số khác, được nhập trực tiếp.");
        }

        Code = code;
        Name = name;
        Unit = unit;
        Type = d.Type;
        Aggregation = d.Aggregation;
        NumeratorId = d.Aggregation == IndicatorAggregation.Ratio ? d.NumeratorId : null;
        DenominatorId = d.Aggregation == IndicatorAggregation.Ratio ? d.DenominatorId : null;
        NotAboveId = d.Aggregation == IndicatorAggregation.Ratio ? null : d.NotAboveId;
        // A percentage and a count are never negative unless the administrator says otherwise.
        MinValue = d.Type is IndicatorType.Percent or IndicatorType.Integer && d.MinValue is null ? 0 : d.MinValue;
        MaxValue = d.Type == IndicatorType.Percent && d.MaxValue is null ? 100 : d.MaxValue;
        ByVillage = d.ByVillage;
        ReporterKinds = string.Join(',', reporters);
        IsActive = d.IsActive;
        SearchKey = VietnameseText.Fold(code + " " + name);
    }

    private void CheckAggregation(IndicatorDefinition d, IReadOnlyCollection<Indicator> catalog)
    {
        switch (d.Type, d.Aggregation)
        {
            case (IndicatorType.Text, not IndicatorAggregation.None):
                throw new BusinessRuleException("Chỉ tiêu dạng văn bản không tổng hợp bằng phép tính; hãy chọn “Không tổng hợp”.");
            case (not IndicatorType.Text, IndicatorAggregation.None):
                throw new BusinessRuleException("Chỉ tiêu dạng số hoặc có/không phải có cách tổng hợp.");
            case (IndicatorType.Percent, IndicatorAggregation.Sum):
                throw new BusinessRuleException("Không cộng các tỷ lệ phần trăm: hãy chọn “Tỷ số của hai chỉ tiêu” (tính lại từ tử số và mẫu số), hoặc nhỏ nhất/lớn nhất.");
            case (IndicatorType.YesNo, not IndicatorAggregation.Sum):
                throw new BusinessRuleException("Chỉ tiêu có/không được tổng hợp bằng cách đếm số đơn vị trả lời “có” (Cộng).");
            case (not (IndicatorType.Percent or IndicatorType.Decimal), IndicatorAggregation.Ratio):
                throw new BusinessRuleException("Chỉ tiêu tỷ số phải có dạng tỷ lệ % hoặc số thập phân.");
        }

        if (d.Aggregation != IndicatorAggregation.Ratio)
        {
            return;
        }

        Indicator? Part(Guid? id) => catalog.FirstOrDefault(i => i.Id == id && i.Id != Id);
        if (Part(d.NumeratorId) is not { Aggregation: IndicatorAggregation.Sum, IsNumeric: true } numerator
            || Part(d.DenominatorId) is not { Aggregation: IndicatorAggregation.Sum, IsNumeric: true } denominator
            || numerator.Id == denominator.Id)
        {
            throw new BusinessRuleException("Chỉ tiêu tỷ số cần tử số và mẫu số là hai chỉ tiêu số khác nhau, tổng hợp bằng phép cộng.");
        }

        if (numerator.ByVillage != d.ByVillage || denominator.ByVillage != d.ByVillage)
        {
            throw new BusinessRuleException("Tử số, mẫu số và chỉ tiêu tỷ số phải cùng nhập theo thôn hoặc cùng không.");
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_-]{1,19}$")]
    private static partial Regex CodeShape();
}

public sealed record IndicatorDefinition(
    string Code,
    string Name,
    string Unit,
    IndicatorType Type,
    IndicatorAggregation Aggregation,
    Guid? NumeratorId = null,
    Guid? DenominatorId = null,
    Guid? NotAboveId = null,
    decimal? MinValue = null,
    decimal? MaxValue = null,
    bool ByVillage = false,
    bool IsActive = true,
    IReadOnlyList<string>? ReporterKinds = null);
