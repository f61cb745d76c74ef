using Microsoft.Extensions.Configuration;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Indicators;

namespace DanVan.Tests.Reporting;

/// <summary>The rules that need no database: task states, Vietnamese numbers, catalog rules, ratios.</summary>
public sealed class ReportingRulesTests
{
    private static readonly DateOnly Due = new(2026, 6, 30);

    [Fact]
    public void Reminder_days_come_from_configuration_replacing_the_defaults()
    {
        static int[] Days(params (string Key, string Value)[] settings) => new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build()
            .GetSection("Reminders").Get<DanVan.Web.Modules.Notifications.Contracts.ReminderOptions>()?.Days ?? new DanVan.Web.Modules.Notifications.Contracts.ReminderOptions().Days;
        Assert.Equal([7, 3, 1], Days());
        Assert.Equal([5, 2], Days(("Reminders:DaysBefore:0", "2"), ("Reminders:DaysBefore:1", "5")));
        Assert.Equal([1], Days(("Reminders:DaysBefore:0", "1"), ("Reminders:DaysBefore:1", "400"), ("Reminders:DaysBefore:2", "-3")));
    }

    [Theory]
    [InlineData("2026-06-30", null, "2026-07-01", TaskState.DoneOnTime)]
    [InlineData("2026-07-02", null, "2026-07-05", TaskState.DoneLate)]
    [InlineData(null, null, "2026-06-30", TaskState.InProgress)]
    [InlineData(null, null, "2026-07-01", TaskState.Overdue)]
    [InlineData(null, "none", "2030-01-01", TaskState.InProgress)]
    [InlineData("2026-12-01", "none", "2030-01-01", TaskState.DoneOnTime)]
    public void The_four_states_come_from_deadline_and_completion(string? completed, string? noDeadline, string today, TaskState expected) =>
        Assert.Equal(expected, TaskStates.Of(noDeadline is null ? Due : null, completed is null ? null : DateOnly.Parse(completed, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1.234", 1234)]
    [InlineData("12,5", 12.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("12.5", 12.5)]
    [InlineData(" 7 ", 7)]
    public void Numbers_are_read_the_Vietnamese_way(string raw, double expected)
    {
        Assert.True(IndicatorValues.TryParseNumber(raw.Trim(), out var number));
        Assert.Equal((decimal)expected, number);
    }

    [Fact]
    public void Values_are_checked_against_type_and_bounds()
    {
        var count = Indicator.Create(new IndicatorDefinition("SO", "Số", "người", IndicatorType.Integer, IndicatorAggregation.Sum, MinValue: 0), []);
        var share = Indicator.Create(new IndicatorDefinition("TL", "Tỷ lệ", "%", IndicatorType.Percent, IndicatorAggregation.Max), []);
        Assert.False(IndicatorValues.TryRead(count, "abc", out _, out var notNumber));
        Assert.Contains("không phải là số", notNumber, StringComparison.Ordinal);
        Assert.False(IndicatorValues.TryRead(count, "2,5", out _, out var notWhole));
        Assert.Equal("phải là số nguyên", notWhole);
        Assert.False(IndicatorValues.TryRead(share, "101", out _, out var tooHigh));
        Assert.Contains("lớn hơn 100", tooHigh, StringComparison.Ordinal);
        Assert.True(IndicatorValues.TryRead(count, "", out var empty, out _));
        Assert.Null(empty);
    }

    [Fact]
    public void Percentages_are_never_summed_and_ratios_are_recomputed_from_their_parts()
    {
        var error = Assert.Throws<BusinessRuleException>(() => Indicator.Create(new IndicatorDefinition("TL", "Tỷ lệ", "%", IndicatorType.Percent, IndicatorAggregation.Sum), []));
        Assert.Contains("Không cộng các tỷ lệ", error.Message, StringComparison.Ordinal);
        var catalog = new List<Indicator>();
        var all = Indicator.Create(new IndicatorDefinition("CB", "Cán bộ", "người", IndicatorType.Integer, IndicatorAggregation.Sum), catalog);
        catalog.Add(all);
        var minority = Indicator.Create(new IndicatorDefinition("CB_DT", "Cán bộ DTTS", "người", IndicatorType.Integer, IndicatorAggregation.Sum, NotAboveId: all.Id), catalog);
        catalog.Add(minority);
        var ratio = Indicator.Create(new IndicatorDefinition("TL_DT", "Tỷ lệ", "%", IndicatorType.Percent, IndicatorAggregation.Ratio, minority.Id, all.Id), catalog);

        // Two units: 1/10 and 9/90 → 10/100 = 10%, not the average of 10% and 10%… nor of 50% and 10% below.
        var totals = new Dictionary<Guid, decimal?> { [minority.Id] = IndicatorTotals.Combine(minority, [5m, 9m]), [all.Id] = IndicatorTotals.Combine(all, [10m, 90m]) };
        Assert.Equal(14m, IndicatorTotals.Ratio(ratio, id => totals[id]));
        Assert.Null(IndicatorTotals.Ratio(ratio, _ => null));
    }
}
