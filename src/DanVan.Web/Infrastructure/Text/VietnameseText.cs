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
    /// The one fold of DanVan (the document library's, which also maps đ), with runs of white space made one space.
    /// </summary>
    public static string Fold(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? string.Empty
            : string.Join(' ', DanVan.Documents.Text.Fold.Of(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Builds a LIKE pattern for a folded search column, escaping the user's wildcards.</summary>
    public static string ContainsPattern(string query)
    {
        var folded = Fold(query).Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return "%" + folded + "%";
    }

    /// <summary>One LIKE pattern per word of the query (folded, escaped): a row matches when its key holds every word, in any order.</summary>
    public static IReadOnlyList<string> WordPatterns(string? query) =>
        Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8).Select(ContainsPattern).ToList();

    public static string FormatDate(DateTime utc) => utc.ToLocalVietnamTime().ToString("dd/MM/yyyy", Culture);

    public static string FormatDateTime(DateTime utc) => utc.ToLocalVietnamTime().ToString("dd/MM/yyyy HH:mm", Culture);

    public static string FormatDate(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    /// <summary>A file's size as people read it: "13 byte", "4,2 KB", "1,5 MB" (Vietnamese decimal comma).</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} byte",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", Culture) + " KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.#", Culture) + " MB",
    };

    /// <summary>Reads a date typed the Vietnamese way (dd/MM/yyyy, also d/M/yyyy); blank is a valid "no date".</summary>
    /// <summary>
    /// The text cut to at most <paramref name="length"/> characters at a word boundary, with "…" when cut, for a
    /// heading that must stay on a line or two (a task on a card, in a notice, in a picker).
    /// </summary>
    public static string Shorten(string text, int length)
    {
        text = text.Trim();
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length - 1);
        return text[..(cut > length / 2 ? cut : length - 1)].TrimEnd(' ', ',', ';', ':', '-', '–') + "…";
    }

    /// <summary>
    /// A task's short title for a heading in a signed document: its first clause (up to the first colon, semicolon or
    /// full stop), else its first line cut at a word ("Tổ chức quán triệt Kết luận số 236-KL/TW").
    /// </summary>
    public static string ShortTitle(string text, int length = 150)
    {
        var heading = text.Split('\n', 2)[0].Trim();
        var ends = new[] { heading.IndexOf(':', StringComparison.Ordinal), heading.IndexOf(';', StringComparison.Ordinal), heading.IndexOf(". ", StringComparison.Ordinal) }
            .Where(i => i >= 20);
        var clause = ends.Any() ? heading[..ends.Min()] : heading;
        return Shorten(clause, length).TrimEnd('.', ',', ';', ':');
    }

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
        DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Time.VietnamTime.Offset;
}
