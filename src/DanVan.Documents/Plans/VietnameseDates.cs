using System.Text.RegularExpressions;

namespace DanVan.Documents.Plans;

/// <summary>Dates as Vietnamese documents write them: "15/01/2026", "ngày 20 tháng 02 năm 2018".</summary>
internal static partial class VietnameseDates
{
    public const string Pattern = @"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s+năm\s+\d{4}";

    public static DateOnly? Read(string text)
    {
        var match = Parts().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var values = match.Groups.Cast<Group>().Skip(1).Where(g => g.Success).Select(g => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var (day, month, year) = (values[0], values[1], values[2]);
        return year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    [GeneratedRegex(@"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})")]
    private static partial Regex Parts();
}
