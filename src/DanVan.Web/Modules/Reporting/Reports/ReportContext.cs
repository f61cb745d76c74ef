using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>Everything a report page needs: the report, its period and plan, the unit's tasks, the catalog and the villages.</summary>
public sealed class ReportContext
{
    public required Report Report { get; init; }

    public required ReportingPeriod Period { get; init; }

    public required Plan Plan { get; init; }

    public required Organization Unit { get; init; }

    public required Organization Receiver { get; init; }

    /// <summary>Who the report goes to, by name: the plan's issuer, or the body outside DanVan.</summary>
    public string ReceiverName => Report.ExternalRecipient ?? Receiver.Name;

    public required IReadOnlyList<ReportTask> Tasks { get; init; }

    public required IReadOnlyList<Indicator> Indicators { get; init; }

    /// <summary>The villages (thôn) of the unit's commune, for indicators entered by village.</summary>
    public required IReadOnlyList<Area> Villages { get; init; }

    public bool CanWrite { get; init; }

    public bool CanReview { get; init; }

    /// <summary>The period's completeness page is the receiving branch's (a reporting unit sees only its own report).</summary>
    public bool CanSeePeriod { get; init; }

    /// <summary>The user manages the unit's tasks, so may record a cycle done when submitting.</summary>
    public bool CanRecordTasks { get; init; }

    /// <summary>The unit's cycles of its tasks in the period, shown beside each task.</summary>
    public IReadOnlyList<CycleStatus> Cycles { get; init; } = [];

    /// <summary>Whose rights the page or request carries; none for what the system writes (the demo's reports).</summary>
    public OrgScope Scope { get; init; } = new("", false, []);

    /// <summary>The rows of the values table: one per entered indicator, or one per village for those entered by village.</summary>
    public IEnumerable<(Indicator Indicator, Area? Village)> ValueRows() =>
        Indicators.Where(i => !i.IsComputed).SelectMany(i => i.ByVillage && Villages.Count > 0
            ? Villages.Select(v => (i, (Area?)v))
            : [(i, (Area?)null)]);

    /// <summary>The unit's figure for an indicator from the saved values: village values combined, ratios recomputed.</summary>
    public decimal? TotalOf(Indicator indicator, IReadOnlyCollection<ReportValue> values)
    {
        if (indicator.IsComputed)
        {
            return IndicatorTotals.Ratio(indicator, id => Indicators.FirstOrDefault(i => i.Id == id) is { } part ? TotalOf(part, values) : null);
        }

        var own = values.Where(v => v.IndicatorId == indicator.Id && v.Number is not null).ToList();
        return own.FirstOrDefault(v => v.AreaId is null)?.Number ?? IndicatorTotals.Combine(indicator, own.Select(v => v.Number!.Value));
    }
}

public sealed record ReportTask(Guid Id, string Number, string Heading, string Text, AssignmentRole Role);

/// <summary>A task's cycles beside it in a report; <paramref name="Editable"/> offers to record the open ones done with the submission.</summary>
internal sealed record TaskCyclesModel(IReadOnlyList<CycleStatus> Cycles, bool Editable, IReadOnlyCollection<Guid> Ticked);
