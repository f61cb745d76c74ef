using System.Globalization;
using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Modules.Plans.Cycles;

/// <summary>One period of a recurring task: its key ("2026-H1"), its window and the default deadline (the window's cut-off).</summary>
public sealed record CyclePeriod(string Key, DateOnly StartsOn, DateOnly EndsOn)
{
    public string Label => CycleCalendar.Label(Key);
}

/// <summary>
/// The periods a task is done in. Windows follow the reporting cut-off of Nghị định 09/2019 Art. 12: a year
/// runs from 15/12 of the year before to 14/12, its halves end on 14/6 and 14/12, its quarters on the 14th of
/// March, June, September and December, its months on the 14th. A task done once has one period, up to its
/// deadline. An ongoing task ("thường xuyên") follows its plan's regime: half-years when the plan reports
/// every six months, otherwise years.
/// </summary>
internal static class CycleCalendar
{
    public const string OnceKey = "once";

    private const int CutOffDay = 14;

    public static CycleGranularity GranularityOf(TaskRecurrence recurrence, bool planReportsSixMonthly) => recurrence switch
    {
        TaskRecurrence.Once => CycleGranularity.Once,
        TaskRecurrence.Monthly => CycleGranularity.Month,
        TaskRecurrence.Quarterly => CycleGranularity.Quarter,
        TaskRecurrence.SixMonthly => CycleGranularity.Half,
        TaskRecurrence.Annual => CycleGranularity.Year,
        _ => planReportsSixMonthly ? CycleGranularity.Half : CycleGranularity.Year,
    };

    /// <summary>
    /// The periods from the one holding <paramref name="start"/> to the one holding <paramref name="until"/>
    /// (at least the first). For a task done once, its single period from the start to the deadline.
    /// </summary>
    public static IReadOnlyList<CyclePeriod> Periods(CycleGranularity granularity, DateOnly start, DateOnly until, DateOnly? onceDue)
    {
        if (granularity == CycleGranularity.Once)
        {
            var due = onceDue ?? start;
            return [new CyclePeriod(OnceKey, due < start ? due : start, due)];
        }

        var periods = new List<CyclePeriod>();
        var period = Containing(granularity, start);
        periods.Add(period);
        while (period.EndsOn < until && periods.Count < 1200)
        {
            period = Containing(granularity, period.EndsOn.AddDays(1));
            periods.Add(period);
        }

        return periods;
    }

    /// <summary>The period of a granularity holding a day.</summary>
    public static CyclePeriod Containing(CycleGranularity granularity, DateOnly day)
    {
        // The month whose window (15th of the month before to the 14th) holds the day.
        var month = new DateOnly(day.Year, day.Month, 1);
        if (day.Day > CutOffDay)
        {
            month = month.AddMonths(1);
        }

        var (year, m) = (month.Year, month.Month);
        return granularity switch
        {
            CycleGranularity.Month => Window($"{year}-M{m:00}", year, m, 1),
            CycleGranularity.Quarter => Window($"{year}-Q{((m - 1) / 3) + 1}", year, (((m - 1) / 3) + 1) * 3, 3),
            CycleGranularity.Half => Window($"{year}-H{(m <= 6 ? 1 : 2)}", year, m <= 6 ? 6 : 12, 6),
            CycleGranularity.Year => Window($"{year}", year, 12, 12),
            _ => throw new ArgumentOutOfRangeException(nameof(granularity)),
        };
    }

    /// <summary>The period a key names, or null for a key that is not a period's (the single period of a task done once).</summary>
    public static CyclePeriod? Parse(string key)
    {
        if (key.Length < 4 || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var rest = key[4..];
        int Number() => int.Parse(rest.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture);
        return rest switch
        {
            "" => Window(key, year, 12, 12),
            "-H1" or "-H2" => Window(key, year, rest == "-H1" ? 6 : 12, 6),
            ['-', 'Q', _] => Window(key, year, Number() * 3, 3),
            ['-', 'M', _, _] => Window(key, year, Number(), 1),
            _ => null,
        };
    }

    /// <summary>What a page calls a period: "6 tháng đầu năm 2026", "Quý III/2026", "Tháng 5/2026", "Năm 2026".</summary>
    public static string Label(string key)
    {
        if (key == OnceKey)
        {
            return "Một lần";
        }

        var year = key[..Math.Min(4, key.Length)];
        var rest = key.Length > 4 ? key[4..] : "";
        return rest switch
        {
            "" => $"Năm {year}",
            "-H1" => $"6 tháng đầu năm {year}",
            "-H2" => $"6 tháng cuối năm {year}",
            ['-', 'Q', var q] => $"Quý {new[] { "I", "II", "III", "IV" }[q - '1']}/{year}",
            ['-', 'M', _, _] => $"Tháng {int.Parse(rest.AsSpan(2), CultureInfo.InvariantCulture)}/{year}",
            _ => key,
        };
    }

    /// <summary>"15/12/2025 – 14/06/2026".</summary>
    public static string Window(CyclePeriod period) => $"{VietnameseText.FormatDate(period.StartsOn)} – {VietnameseText.FormatDate(period.EndsOn)}";

    private static CyclePeriod Window(string key, int year, int lastMonth, int months)
    {
        var ends = new DateOnly(year, lastMonth, CutOffDay);
        var starts = ends.AddMonths(-months).AddDays(1);
        return new CyclePeriod(key, starts, ends);
    }
}

internal enum CycleGranularity
{
    Once,
    Month,
    Quarter,
    Half,
    Year,
}
