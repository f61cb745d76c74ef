namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>One indicator value of a report, for the whole unit (no area) or one of its villages.</summary>
public sealed class ReportValue
{
    private ReportValue()
    {
    }

    internal ReportValue(Guid reportId, Guid indicatorId, Guid? areaId, decimal? number, string? text)
    {
        ReportId = reportId;
        IndicatorId = indicatorId;
        AreaId = areaId;
        Number = number;
        Text = text;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ReportId { get; private set; }

    public Guid IndicatorId { get; private set; }

    /// <summary>A village (thôn) of the unit's commune, for indicators entered by village.</summary>
    public Guid? AreaId { get; private set; }

    public decimal? Number { get; private set; }

    public string? Text { get; private set; }

    internal void Set(decimal? number, string? text) => (Number, Text) = (number, text);
}
