using System.Globalization;
using System.Text.RegularExpressions;

namespace DanVan.Web.Modules.Reporting.Indicators;

/// <summary>Reading and writing indicator values the Vietnamese way: "1.234,5", "12,5"; "có"/"không".</summary>
internal static partial class IndicatorValues
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public const int MaxTextLength = 2000;

    /// <summary>Reads what a person typed. Empty means "not reported". The error says why a value is refused.</summary>
    public static bool TryRead(Indicator indicator, string? raw, out ReportedValue? value, out string? error)
    {
        value = null;
        error = null;
        raw = (raw ?? "").Trim();
        if (raw.Length == 0)
        {
            return true;
        }

        switch (indicator.Type)
        {
            case IndicatorType.Text:
                if (raw.Length > MaxTextLength)
                {
                    error = $"dài quá {MaxTextLength} ký tự";
                    return false;
                }

                value = new ReportedValue(null, raw);
                return true;
            case IndicatorType.YesNo:
                var folded = Infrastructure.Text.VietnameseText.Fold(raw);
                decimal? yesNo = folded switch
                {
                    "co" or "1" or "x" => 1,
                    "khong" or "0" => 0,
                    _ => null,
                };
                if (yesNo is null)
                {
                    error = "chỉ nhận “Có” hoặc “Không”";
                    return false;
                }

                value = new ReportedValue(yesNo, null);
                return true;
        }

        if (!TryParseNumber(raw.TrimEnd('%').Trim(), out var number))
        {
            error = $"“{raw}” không phải là số (viết như 1.234 hoặc 12,5)";
            return false;
        }

        if (indicator.Type == IndicatorType.Integer && number != decimal.Truncate(number))
        {
            error = "phải là số nguyên";
            return false;
        }

        // A summed figure counts or measures something: below zero only where the catalog sets a lower bound.
        if ((indicator.MinValue ?? (indicator.Aggregation == IndicatorAggregation.Sum ? 0 : null)) is { } min && number < min)
        {
            error = $"không được nhỏ hơn {Format(min)}";
            return false;
        }

        if (indicator.MaxValue is { } max && number > max)
        {
            error = $"không được lớn hơn {Format(max)}";
            return false;
        }

        value = new ReportedValue(number, null);
        return true;
    }

    public static bool TryParseNumber(string raw, out decimal number)
    {
        raw = raw.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (raw.Contains(',', StringComparison.Ordinal) || ThousandsOnly().IsMatch(raw))
        {
            return decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, Vietnamese, out number)
                && (raw.IndexOf(',', StringComparison.Ordinal) is var comma && (comma < 0 || !raw[(comma + 1)..].Contains('.', StringComparison.Ordinal)));
        }

        return decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    public static string Format(decimal number) => number.ToString("#,##0.##", Vietnamese);

    /// <summary>A value as shown, and as it goes back into an input box: the text a person would type.</summary>
    public static string Format(Indicator indicator, decimal? number, string? text) => indicator.Type switch
    {
        IndicatorType.Text => text ?? "",
        IndicatorType.YesNo => number switch { 1 => "Có", 0 => "Không", _ => "" },
        _ => number is { } n ? Format(n) : "",
    };

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsOnly();
}

/// <summary>One value as stored: a number (1/0 for yes/no) or a text.</summary>
public sealed record ReportedValue(decimal? Number, string? Text);
