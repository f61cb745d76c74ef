namespace DanVan.Web.Modules.Reporting.Indicators;

/// <summary>
/// Combines values of one indicator (several villages, later several units) by its aggregation. A ratio is
/// recomputed from the combined numerator and denominator, never averaged. No value at all gives null, not zero.
/// </summary>
internal static class IndicatorTotals
{
    public static decimal? Combine(Indicator indicator, IEnumerable<decimal> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        return indicator.Aggregation switch
        {
            IndicatorAggregation.Sum => list.Sum(),
            IndicatorAggregation.Min => list.Min(),
            IndicatorAggregation.Max => list.Max(),
            _ => null,
        };
    }

    /// <param name="totalOf">The combined value of another indicator (numerator, denominator).</param>
    public static decimal? Ratio(Indicator indicator, Func<Guid, decimal?> totalOf)
    {
        if (indicator.NumeratorId is not { } numeratorId || indicator.DenominatorId is not { } denominatorId)
        {
            return null;
        }

        if (totalOf(numeratorId) is not { } numerator || totalOf(denominatorId) is not { } denominator || denominator == 0)
        {
            return null;
        }

        var ratio = numerator / denominator * (indicator.Type == IndicatorType.Percent ? 100 : 1);
        return Math.Round(ratio, 2);
    }
}
