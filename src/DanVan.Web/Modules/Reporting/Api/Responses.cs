using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;

namespace DanVan.Web.Modules.Reporting.Api;

internal sealed record ReportResponse(
    Guid Id, PeriodResponse Period, UnitResponse Unit, UnitResponse Receiver, string? ExternalRecipient, DateOnly DueOn, string Status, int Revision, int Version,
    DateTime? FirstSubmittedAt, DateTime? AcceptedAt, string? ReturnComment,
    IReadOnlyList<NarrativeResponse> Narratives, IReadOnlyList<ValueResponse> Values)
{
    // ExternalRecipient: for the issuer's own report to a body outside DanVan, that body (Receiver is then the issuer, and
    // nobody in DanVan reviews it); DueOn: the report's deadline (for such a report, later than the period's).

    public static ReportResponse Of(ReportContext context)
    {
        var r = context.Report;
        var narratives = context.Tasks.Select(t => r.Narratives.FirstOrDefault(n => n.TaskId == t.Id) is { } n
            ? new NarrativeResponse(t.Id, t.Number, t.Heading, t.Role.ToString(), n.Results, n.Limitations, n.Proposals)
            : new NarrativeResponse(t.Id, t.Number, t.Heading, t.Role.ToString(), null, null, null)).ToList();
        var values = context.ValueRows().Select(row =>
        {
            var saved = r.Values.FirstOrDefault(v => v.IndicatorId == row.Indicator.Id && v.AreaId == row.Village?.Id);
            return new ValueResponse(row.Indicator.Code, row.Indicator.Name, row.Indicator.Unit, row.Indicator.Type.ToString(), row.Village?.Id, row.Village?.Name, saved?.Number, saved?.Text);
        }).ToList();
        return new ReportResponse(
            r.Id, new PeriodResponse(context.Period.Id, context.Period.Title, context.Period.Kind.ToString(), context.Period.Year, context.Period.DataFrom, context.Period.DataTo, context.Period.DueOn),
            new UnitResponse(context.Unit.Id, context.Unit.Code, context.Unit.Name), new UnitResponse(context.Receiver.Id, context.Receiver.Code, context.Receiver.Name),
            r.ExternalRecipient, r.DueOn, r.Status.ToString(), r.Revision, r.Version, r.FirstSubmittedAt, r.AcceptedAt, r.ReturnComment, narratives, values);
    }
}

internal sealed record PeriodResponse(Guid Id, string Title, string Kind, int Year, DateOnly DataFrom, DateOnly DataTo, DateOnly DueOn);

internal sealed record UnitResponse(Guid Id, string Code, string Name);

/// <param name="Role">Lead or Coordinate.</param>
internal sealed record NarrativeResponse(Guid TaskId, string Number, string Heading, string Role, string? Results, string? Limitations, string? Proposals);

/// <param name="Number">Numbers, percentages and yes/no (1/0); <paramref name="Text"/> for text indicators.</param>
internal sealed record ValueResponse(string Indicator, string Name, string Unit, string Type, Guid? AreaId, string? AreaName, decimal? Number, string? Text);

internal sealed record CompletenessResponse(Guid PeriodId, string Title, DateOnly DueOn, UnitResponse Unit, FiguresResponse Reports, IReadOnlyList<CompletenessRowResponse> Units)
{
    public static CompletenessResponse Of(ReportingPeriod period, CompletenessView view) => new(
        period.Id, period.Title, period.DueOn, new UnitResponse(view.Node.Id, view.Node.Code, view.Node.Name), FiguresResponse.Of(view.Total),
        view.Rows.Select(row => new CompletenessRowResponse(new UnitResponse(row.Unit.Id, row.Unit.Code, row.Unit.Name), FiguresResponse.Of(row.Reports), row.OwnReport?.ReportId, row.OwnReport?.Status.ToString())).ToList());
}

internal sealed record FiguresResponse(int Expected, int Submitted, int OnTime, int Late, int Missing, int NotYetDue, int Accepted, int SubmittedPercent, int OnTimePercent)
{
    public static FiguresResponse Of(CompletenessFigures f) => new(f.Expected, f.Submitted, f.OnTime, f.Late, f.Missing, f.NotYetDue, f.Accepted, f.SubmittedPercent, f.OnTimePercent);
}

internal sealed record CompletenessRowResponse(UnitResponse Unit, FiguresResponse Reports, Guid? ReportId, string? Status);
