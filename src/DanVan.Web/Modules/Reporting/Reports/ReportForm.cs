namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>What the report form posts: the revision it was opened at, the narratives and the typed values.</summary>
public sealed class ReportForm
{
    public int Revision { get; set; }

    public List<NarrativeField> Narratives { get; set; } = [];

    public List<ValueField> Values { get; set; } = [];

    /// <summary>Cycles of the unit's tasks the officer confirms done, recorded when the report is submitted.</summary>
    public List<Guid> CompleteCycles { get; set; } = [];
}

public sealed class NarrativeField
{
    public Guid TaskId { get; set; }

    public string? Results { get; set; }

    public string? Limitations { get; set; }

    public string? Proposals { get; set; }

    /// <summary>Stamps of the texts as the form was opened (<see cref="ReportMerge.Stamp"/>), to tell a field the user changed.</summary>
    public string? ResultsStamp { get; set; }

    public string? LimitationsStamp { get; set; }

    public string? ProposalsStamp { get; set; }
}

public sealed class ValueField
{
    public Guid IndicatorId { get; set; }

    public Guid? AreaId { get; set; }

    public string? Raw { get; set; }

    public string? RawStamp { get; set; }
}

/// <summary>A refused value, with the form field it belongs to and a message naming indicator and village.</summary>
public sealed record FieldError(string Field, string Message);
