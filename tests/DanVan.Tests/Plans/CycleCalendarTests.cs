using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Plans.Cycles;

namespace DanVan.Tests.Plans;

/// <summary>The periods tasks are done in, on the reporting cut-off of Nghị định 09/2019 (the 14th).</summary>
public sealed class CycleCalendarTests
{
    [Theory]
    [InlineData(nameof(CycleGranularity.Half), "2026-04-01", "2026-H1", "2025-12-15", "2026-06-14")]
    [InlineData(nameof(CycleGranularity.Half), "2026-06-15", "2026-H2", "2026-06-15", "2026-12-14")]
    [InlineData(nameof(CycleGranularity.Half), "2026-12-15", "2027-H1", "2026-12-15", "2027-06-14")]
    [InlineData(nameof(CycleGranularity.Year), "2026-12-14", "2026", "2025-12-15", "2026-12-14")]
    [InlineData(nameof(CycleGranularity.Year), "2026-12-15", "2027", "2026-12-15", "2027-12-14")]
    [InlineData(nameof(CycleGranularity.Quarter), "2026-03-14", "2026-Q1", "2025-12-15", "2026-03-14")]
    [InlineData(nameof(CycleGranularity.Quarter), "2026-09-20", "2026-Q4", "2026-09-15", "2026-12-14")]
    [InlineData(nameof(CycleGranularity.Month), "2026-01-10", "2026-M01", "2025-12-15", "2026-01-14")]
    [InlineData(nameof(CycleGranularity.Month), "2026-02-28", "2026-M03", "2026-02-15", "2026-03-14")]
    public void A_day_falls_in_one_period(string granularity, string day, string key, string starts, string ends)
    {
        var period = CycleCalendar.Containing(Enum.Parse<CycleGranularity>(granularity), DateOnly.Parse(day));
        Assert.Equal((key, DateOnly.Parse(starts), DateOnly.Parse(ends)), (period.Key, period.StartsOn, period.EndsOn));
        Assert.Equal(period, CycleCalendar.Parse(key));
    }

    [Fact]
    public void Periods_follow_each_other_without_gap_and_read_as_an_official_writes_them()
    {
        var periods = CycleCalendar.Periods(CycleGranularity.Quarter, new DateOnly(2026, 4, 1), new DateOnly(2027, 1, 1), null);
        Assert.Equal(["2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1"], periods.Select(p => p.Key));
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.Equal(pair.First.EndsOn.AddDays(1), pair.Second.StartsOn));
        Assert.Equal(["Quý II/2026", "Quý III/2026", "Quý IV/2026", "Quý I/2027"], periods.Select(p => p.Label));
        Assert.Equal("6 tháng đầu năm 2026", CycleCalendar.Label("2026-H1"));
        Assert.Equal("6 tháng cuối năm 2026", CycleCalendar.Label("2026-H2"));
        Assert.Equal("Tháng 5/2026", CycleCalendar.Label("2026-M05"));
        Assert.Equal("Năm 2026", CycleCalendar.Label("2026"));
    }

    [Fact]
    public void An_ongoing_task_follows_its_plan_and_a_task_done_once_has_one_period_to_its_deadline()
    {
        Assert.Equal(CycleGranularity.Half, CycleCalendar.GranularityOf(TaskRecurrence.Ongoing, planReportsSixMonthly: true));
        Assert.Equal(CycleGranularity.Year, CycleCalendar.GranularityOf(TaskRecurrence.Ongoing, planReportsSixMonthly: false));
        Assert.Equal(CycleGranularity.Quarter, CycleCalendar.GranularityOf(TaskRecurrence.Quarterly, planReportsSixMonthly: true));
        var once = Assert.Single(CycleCalendar.Periods(CycleGranularity.Once, new DateOnly(2026, 4, 1), new DateOnly(2026, 12, 1), new DateOnly(2026, 9, 30)));
        Assert.Equal((CycleCalendar.OnceKey, new DateOnly(2026, 4, 1), new DateOnly(2026, 9, 30)), (once.Key, once.StartsOn, once.EndsOn));
        Assert.Null(CycleCalendar.Parse(CycleCalendar.OnceKey));
    }
}
