using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Reporting.Indicators;

namespace DanVan.Web.Modules.Reporting.Targets;

/// <summary>
/// A target a plan sets for one unit on one indicator (chỉ tiêu giao): "at least 95%" of households with health
/// insurance, "not above 5%" poor households. The dashboard sets the unit's consolidated figure against it.
/// </summary>
public sealed class IndicatorTarget
{
    private IndicatorTarget()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PlanId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid IndicatorId { get; private set; }

    public decimal Value { get; private set; }

    public TargetDirection Direction { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public bool IsDemo { get; private set; }

    public static IndicatorTarget Set(Guid planId, Guid organizationId, Indicator indicator, decimal value, TargetDirection direction, DateTime utcNow, bool isDemo = false)
    {
        var target = new IndicatorTarget { PlanId = planId, OrganizationId = organizationId, IndicatorId = indicator.Id, IsDemo = isDemo };
        target.Change(indicator, value, direction, utcNow);
        return target;
    }

    public void Change(Indicator indicator, decimal value, TargetDirection direction, DateTime utcNow)
    {
        if (indicator.Id != IndicatorId)
        {
            throw new InvalidOperationException("A target keeps its indicator.");
        }

        if (!indicator.IsNumeric)
        {
            throw new BusinessRuleException($"Chỉ tiêu {indicator.Code} không phải là số, không đặt mục tiêu được.");
        }

        if (!Enum.IsDefined(direction))
        {
            throw new BusinessRuleException("Hãy chọn mục tiêu là “ít nhất” hay “không vượt quá”.");
        }

        if (!IndicatorValues.TryRead(indicator, value.ToString(System.Globalization.CultureInfo.InvariantCulture), out _, out var error))
        {
            throw new BusinessRuleException($"Mục tiêu của {indicator.Code} {error}.");
        }

        Value = value;
        Direction = direction;
        UpdatedAt = utcNow;
    }

    public bool IsMetBy(decimal actual) => Direction == TargetDirection.AtLeast ? actual >= Value : actual <= Value;

    /// <summary>
    /// How far the figure has come, in percent of the target: actual ÷ target for "at least"; target ÷ actual for
    /// "not above" (100 or more means met). Null when it cannot be said (a zero target or figure).
    /// </summary>
    public decimal? AchievedPercent(decimal actual) => Direction == TargetDirection.AtLeast
        ? Value == 0 ? null : Math.Round(100 * actual / Value, 1)
        : actual == 0 ? (Value >= 0 ? 100 : null) : Math.Round(100 * Value / actual, 1);
}

public enum TargetDirection
{
    /// <summary>Ít nhất: the figure should reach the target.</summary>
    AtLeast,

    /// <summary>Không vượt quá: the figure should stay at or below the target.</summary>
    AtMost,
}

internal static class TargetDirectionText
{
    public static string Vietnamese(this TargetDirection direction) => direction == TargetDirection.AtLeast ? "Ít nhất" : "Không vượt quá";
}
