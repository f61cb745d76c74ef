using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Modules.Plans.Cycles;

/// <summary>
/// A plan's own deadline for one period of its recurring tasks, where the issuer moved it from the default
/// (the period's data cut-off). Cycles of that period opened later take it too.
/// </summary>
public sealed class CycleDeadline
{
    private CycleDeadline()
    {
    }

    public Guid PlanId { get; private set; }

    public string Key { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    internal static CycleDeadline For(Guid planId, CyclePeriod period, DateOnly dueOn)
    {
        var deadline = new CycleDeadline { PlanId = planId, Key = period.Key };
        deadline.Move(period, dueOn);
        return deadline;
    }

    internal void Move(CyclePeriod period, DateOnly dueOn)
    {
        if (dueOn < period.StartsOn)
        {
            throw new BusinessRuleException($"Hạn của chu kỳ {period.Label} không được trước ngày bắt đầu chu kỳ ({VietnameseText.FormatDate(period.StartsOn)}).");
        }

        if (dueOn > period.EndsOn.AddMonths(3))
        {
            throw new BusinessRuleException($"Hạn của chu kỳ {period.Label} không quá 3 tháng sau ngày chốt số liệu ({VietnameseText.FormatDate(period.EndsOn)}).");
        }

        DueOn = dueOn;
    }
}
