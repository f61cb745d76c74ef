using System.Text.RegularExpressions;
using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>
/// How often a task is done and by when, as its text says: "hằng tháng" → monthly, "hằng quý" → quarterly, "định kỳ 6
/// tháng" → six-monthly, "hằng năm" → annual, "thường xuyên" → ongoing; "hoàn thành trước ngày 30/6/2026", "trong quý II
/// năm 2026", "trong tháng 9/2026" → once, by that day. A suggestion the officer confirms on the review page; nothing
/// said gives nothing.
/// </summary>
internal static partial class ScheduleReader
{
    public static (string? Recurrence, DateOnly? DueOn) Read(string text)
    {
        var folded = Fold.Of(text);
        string? recurrence = Monthly().IsMatch(folded) ? "monthly"
            : Quarterly().IsMatch(folded) ? "quarterly"
            : SixMonthly().IsMatch(folded) ? "six-monthly"
            : Annual().IsMatch(folded) ? "annual"
            : Ongoing().IsMatch(folded) ? "ongoing"
            : null;
        if (recurrence is not null)
        {
            return (recurrence, null);
        }

        if (By().Match(text) is { Success: true } by && VietnameseDates.Read(by.Groups["date"].Value) is { } day)
        {
            return ("once", day);
        }

        if (InQuarter().Match(folded) is { Success: true } quarter && Quarter(quarter.Groups["q"].Value) is { } q)
        {
            var year = int.Parse(quarter.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return year is >= 2000 and <= 2100 ? ("once", new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1)) : (null, null);
        }

        if (InMonth().Match(folded) is { Success: true } month)
        {
            var (m, y) = (int.Parse(month.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(month.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture));
            return m is >= 1 and <= 12 && y is >= 2000 and <= 2100 ? ("once", new DateOnly(y, m, 1).AddMonths(1).AddDays(-1)) : (null, null);
        }

        return (null, null);
    }

    private static int? Quarter(string q) => q switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, "iv" or "4" => 4, _ => null };

    [GeneratedRegex(@"\b(hang|moi|tung) thang\b|\bdinh ky (01 |1 )?thang\b")]
    private static partial Regex Monthly();

    [GeneratedRegex(@"\b(hang|moi|tung) quy\b|\bdinh ky (01 |1 )?quy\b")]
    private static partial Regex Quarterly();

    [GeneratedRegex(@"\b0?6 thang (mot|1) lan\b|\bdinh ky 0?6 thang\b|\b(hang|moi) nua nam\b")]
    private static partial Regex SixMonthly();

    [GeneratedRegex(@"\b(hang|moi|tung) nam\b|\bhnam\b")]
    private static partial Regex Annual();

    [GeneratedRegex(@"\bthuong xuyen\b")]
    private static partial Regex Ongoing();

    [GeneratedRegex(@"(?i:trước|chậm nhất|hạn chót|xong trước|hoàn thành trong)\s+(?:ngày\s+)?(?<date>" + VietnameseDates.Pattern + ")")]
    private static partial Regex By();

    [GeneratedRegex(@"\b(?:trong|truoc het|hoan thanh trong|het) quy (?<q>iv|iii|ii|i|[1-4])\b[^.;]{0,12}?\bnam (?<y>\d{4})")]
    private static partial Regex InQuarter();

    [GeneratedRegex(@"\b(?:trong|hoan thanh trong|het) thang (?<m>\d{1,2})\s*/\s*(?<y>\d{4})")]
    private static partial Regex InMonth();
}
