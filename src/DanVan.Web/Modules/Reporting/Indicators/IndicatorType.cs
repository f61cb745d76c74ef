namespace DanVan.Web.Modules.Reporting.Indicators;

public enum IndicatorType
{
    Integer,
    Decimal,
    Percent,
    YesNo,
    Text,
}

/// <summary>How values of several units or villages combine. Ratios are recomputed from summed parts, never averaged.</summary>
public enum IndicatorAggregation
{
    Sum,
    Min,
    Max,

    /// <summary>Numerator ÷ denominator, both summed first; the indicator itself is never entered.</summary>
    Ratio,

    /// <summary>Text is listed, not combined.</summary>
    None,
}

internal static class IndicatorVocabulary
{
    public static string Vietnamese(this IndicatorType type) => type switch
    {
        IndicatorType.Integer => "Số nguyên",
        IndicatorType.Decimal => "Số thập phân",
        IndicatorType.Percent => "Tỷ lệ %",
        IndicatorType.YesNo => "Có/Không",
        IndicatorType.Text => "Văn bản",
        _ => type.ToString(),
    };

    public static string Vietnamese(this IndicatorAggregation aggregation) => aggregation switch
    {
        IndicatorAggregation.Sum => "Cộng",
        IndicatorAggregation.Min => "Nhỏ nhất",
        IndicatorAggregation.Max => "Lớn nhất",
        IndicatorAggregation.Ratio => "Tỷ số của hai chỉ tiêu",
        IndicatorAggregation.None => "Không tổng hợp",
        _ => aggregation.ToString(),
    };
}
