using System.Text.RegularExpressions;

namespace DanVan.Documents.Plans;

/// <summary>
/// Number and symbol of a document, in the Party style (<c>103-KH/TU</c>) or the State style
/// (<c>594/KH-UBND</c>, <c>30/2020/NĐ-CP</c>), normalized: <c>100 - KL/TW</c> → <c>100-KL/TW</c>; in OCR'd text the
/// central symbol read as <c>TƯ</c> (Trung ương), even with a stray space (<c>445-KL/T Ư</c>), is <c>TW</c>.
/// </summary>
public static partial class DocumentNumbers
{
    /// <summary>The issuer part of a Party symbol: letters, or the central "TƯ" as OCR reads "TW" (a space may split it).</summary>
    private const string Symbol = @"(?:T\s?Ư(?![\p{L}])|[A-ZĐ][A-Za-zĐđ]{0,11})";

    /// <summary>The pattern of a number anywhere in a sentence (spaces around the separators allowed).</summary>
    internal const string Pattern = @"\d{1,5}\s*-\s*[A-ZĐ][A-Za-zĐđ]{0,7}\s*/\s*" + Symbol + @"(?:-[A-ZĐ][A-Za-zĐđ]{0,11})?" +
                                    @"|\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ]{1,8}\s*-\s*[A-ZĐ][A-Za-zĐđ]{0,11}(?:-[A-ZĐ][A-Za-zĐđ]{0,11})?";

    public static string Normalize(string number) => CentralOcr().Replace(Spaces().Replace(number.Trim(), ""), "/TW");

    /// <summary>A whole line that is only a number ("88-KH/TU"): the second line of a "Số:" split by a flattened header.</summary>
    public static bool TryReadBareNumber(string line, out string? number)
    {
        var match = Bare().Match(line);
        number = match.Success ? Normalize(match.Value) : null;
        return match.Success;
    }

    /// <summary>Reads "Số: 103-KH/TU" or "Số 594/KH-UBND"; a blank number ("Số:   /KH-UBND") gives null.</summary>
    public static bool TryReadNumberLine(string line, out string? number)
    {
        number = null;
        var match = NumberLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var found = Number().Match(line, match.Length);
        number = found.Success && found.Index - match.Length < 3 ? Normalize(found.Value) : null;
        return true;
    }

    [GeneratedRegex(@"^\s*Số\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    [GeneratedRegex(Pattern)]
    private static partial Regex Number();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"/TƯ(?=$|-)")]
    private static partial Regex CentralOcr();

    [GeneratedRegex(@"^\s*(?:" + Pattern + @")\s*$")]
    private static partial Regex Bare();
}
