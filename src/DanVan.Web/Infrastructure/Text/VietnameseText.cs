using System.Globalization;
using System.Text;

namespace DanVan.Web.Infrastructure.Text;

/// <summary>Vietnamese search keys and ordering, the same on every database engine.</summary>
public static class VietnameseText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Compares as Vietnamese readers expect: a, ă, â, b, c, d, đ, e, ê ...</summary>
    public static readonly StringComparer Comparer = StringComparer.Create(Culture, ignoreCase: false);

    /// <summary>
    /// Folds text for diacritic-insensitive search: "Tuyên Quang" and "tuyen  quang" both give "tuyen quang".
    /// đ is a letter of its own in Unicode (it does not decompose), so it is mapped by hand.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(lower))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(lower);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Builds a LIKE pattern for a folded search column, escaping the user's wildcards.</summary>
    public static string ContainsPattern(string query)
    {
        var folded = Fold(query).Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return "%" + folded + "%";
    }

    public static string FormatDate(DateTime utc) => utc.ToLocalVietnamTime().ToString("dd/MM/yyyy", Culture);

    public static string FormatDateTime(DateTime utc) => utc.ToLocalVietnamTime().ToString("dd/MM/yyyy HH:mm", Culture);

    public static string FormatDate(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    /// <summary>Reads a date typed the Vietnamese way (dd/MM/yyyy, also d/M/yyyy); blank is a valid "no date".</summary>
    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), ["d/M/yyyy", "dd/MM/yyyy"], Culture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Vietnam has one time zone, UTC+7, and no daylight saving.</summary>
    public static DateTime ToLocalVietnamTime(this DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddHours(7);
}
