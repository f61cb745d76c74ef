using System.Text.RegularExpressions;
using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>
/// Cleans the text (Markdown emphasis and <c>^{…}</c> superscripts left by conversion, stray table
/// separators) and rebuilds logical paragraphs: hard-wrapped lines are joined, a paragraph broken by a page
/// break (and a footnote printed in between) is rejoined, and each paragraph's numbering marker is read.
/// </summary>
internal static partial class ParagraphReader
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

    /// <summary>"Phần thứ nhất" … "Phần thứ mười", folded, as Roman labels.</summary>
    private static readonly Dictionary<string, string> Ordinals = new(StringComparer.Ordinal)
    {
        ["nhat"] = "I", ["hai"] = "II", ["ba"] = "III", ["tu"] = "IV", ["nam"] = "V", ["sau"] = "VI", ["bay"] = "VII", ["tam"] = "VIII", ["chin"] = "IX", ["muoi"] = "X",
    };

    public static List<Paragraph> Read(string text)
    {
        var lines = Columns(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'));
        var result = new List<Paragraph>();
        Paragraph? open = null;
        var openIndex = -1;
        var blankSince = false;
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var line in Clean(lines[i].Text))
            {
                if (line.Length == 0)
                {
                    blankSince = true;
                    continue;
                }

                var (marker, label, body) = MarkerOf(line);
                if (marker == Marker.Footnote)
                {
                    result.Add(new Paragraph(lines[i].Number, body, marker, label));
                    continue;
                }

                body = FootnoteReference().Replace(body, "");
                var rest = FootnoteReference().Replace(line, "");

                if (open is not null && Continues(open, line, marker, blankSince))
                {
                    open = open with { Text = open.Text.Length == 0 ? rest : open.Text + " " + rest };
                    result[openIndex] = open;
                }
                else
                {
                    open = new Paragraph(lines[i].Number, body, marker, label);
                    result.Add(open);
                    openIndex = result.Count - 1;
                }

                blankSince = false;
            }
        }

        return result;
    }

    /// <summary>
    /// A two-column layout flattened into text ("Nơi nhận:        TM. ỦY BAN NHÂN DÂN") is read column by column:
    /// within a block of lines, the right-hand parts (after a run of 3+ spaces) follow the left-hand ones.
    /// </summary>
    private static List<(int Number, string Text)> Columns(string[] raw)
    {
        var result = new List<(int, string)>();
        var right = new List<(int, string)>();
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i].Replace('\t', ' ').Replace('\u00A0', ' ').Trim();
            if (line.Length == 0)
            {
                result.AddRange(right);
                right.Clear();
                result.Add((i + 1, ""));
                continue;
            }

            var gap = ColumnGap().Match(line);
            if (gap.Success)
            {
                result.Add((i + 1, line[..gap.Index]));
                right.Add((i + 1, line[(gap.Index + gap.Length)..]));
            }
            else
            {
                result.Add((i + 1, line));
            }
        }

        result.AddRange(right);
        return result;
    }

    /// <summary>A line continues the open paragraph when it is the rest of a wrapped sentence.</summary>
    private static bool Continues(Paragraph open, string line, Marker marker, bool afterBlank)
    {
        if (marker == Marker.None && (open.Marker is Marker.Roman or Marker.Article) && open.Text.Length == 0)
        {
            return true; // "PHẦN THỨ HAI" / "Chương II" alone: the next line is its title
        }

        if (marker != Marker.None || open.EndsSentence || open.Text == "*")
        {
            return false;
        }

        var openIsHeading = Fold.IsUpper(open.Text);
        if (openIsHeading)
        {
            // A heading in capitals wraps onto another line in capitals, in the same block only.
            return !afterBlank && Fold.IsUpper(line) && open.Marker == Marker.Roman;
        }

        return char.IsLower(line[0]) || (!afterBlank && !Fold.IsUpper(line) && !StartsNewThought(line));
    }

    private static bool StartsNewThought(string line) =>
        line.StartsWith("Nơi nhận", StringComparison.Ordinal) || SignatureAuthority().IsMatch(line);

    private static IEnumerable<string> Clean(string line)
    {
        if (TableSeparator().IsMatch(line))
        {
            yield return "";
            yield break;
        }

        line = Superscript().Replace(line, m => m.Groups[1].Value.All(char.IsAsciiDigit) ? ToSuperscript(m.Groups[1].Value) : "");
        line = line.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        line = Emphasis().Replace(line, "$1");
        if (line.StartsWith('|') && line.EndsWith('|') && line.Length > 1)
        {
            foreach (var cell in line.Trim('|').Split('|'))
            {
                yield return Spaces().Replace(cell.Trim(), " ");
            }

            yield break;
        }

        yield return Spaces().Replace(line, " ");
    }

    private static string ToSuperscript(string digits) => string.Concat(digits.Select(d => Superscripts[d - '0']));

    private static (Marker Marker, string? Label, string Body) MarkerOf(string line)
    {
        if (FootnoteStart().Match(line) is { Success: true } footnote)
        {
            var digits = string.Concat(footnote.Groups[1].Value.Select(c => Superscripts.IndexOf(c) is var k and >= 0 ? (char)('0' + k) : c));
            return (Marker.Footnote, digits, line[footnote.Length..].Trim());
        }

        // "Phần thứ nhất", "Chương I": the top level, as a Roman section; "Điều 1.": an article.
        if (PartStart().Match(line) is { Success: true } part)
        {
            return (Marker.Roman, Ordinals[Fold.Of(part.Groups[1].Value)], line[part.Length..].Trim());
        }

        if (ChapterStart().Match(line) is { Success: true } chapter)
        {
            var label = chapter.Groups[1].Value;
            return (Marker.Roman, int.TryParse(label, out var n) && n is > 0 and <= 20 ? Romans[n - 1] : label.ToUpperInvariant(), line[chapter.Length..].Trim());
        }

        if (ArticleStart().Match(line) is { Success: true } article)
        {
            return (Marker.Article, article.Groups[1].Value, line[article.Length..].Trim());
        }

        if (RomanStart().Match(line) is { Success: true } roman)
        {
            return (Marker.Roman, roman.Groups[1].Value, line[roman.Length..].Trim());
        }

        if (DecimalStart().Match(line) is { Success: true } dec)
        {
            return (Marker.Decimal, dec.Groups[1].Value, line[dec.Length..].Trim());
        }

        if (NumberStart().Match(line) is { Success: true } number)
        {
            return (Marker.Number, number.Groups[1].Value, line[number.Length..].Trim());
        }

        if (LetterStart().Match(line) is { Success: true } letter)
        {
            return (Marker.Letter, letter.Groups[1].Value, line[letter.Length..].Trim());
        }

        if (BulletStart().Match(line) is { Success: true } bullet)
        {
            return (Marker.Bullet, null, line[bullet.Length..].Trim());
        }

        return (Marker.None, null, line);
    }

    [GeneratedRegex(@"(?<=\S)(?<!Số:?)(?<!ngày)(?<!tháng) {3,}(?=[^\s/])(?!tháng|năm)")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]+")]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$|^[-=_]{3,}$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"\^\{([^}]*)\}")]
    private static partial Regex Superscript();

    [GeneratedRegex(@"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\])\s*(?=\S)")]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"^(?=[IVX])((?:X{0,3})(?:IX|IV|V?I{0,3}))\s*[.\-–/]\s+(?=\S)")]
    private static partial Regex RomanStart();

    [GeneratedRegex(@"^Phần\s+thứ\s+(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b\s*[.:\-–]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PartStart();

    [GeneratedRegex(@"^Chương\s+([IVX]{1,5}|\d{1,2})\b\s*[.:\-–]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ChapterStart();

    [GeneratedRegex(@"^Điều\s+(\d{1,3})\s*[.:\-–]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)")]
    private static partial Regex DecimalStart();

    [GeneratedRegex(@"^(\d{1,2})\s*[.\-–)]\s+(?=\S)")]
    private static partial Regex NumberStart();

    [GeneratedRegex(@"^([a-zđ])\)\s*(?=\S)")]
    private static partial Regex LetterStart();

    [GeneratedRegex(@"^[-–—+•]\s*(?=\S)")]
    private static partial Regex BulletStart();

    [GeneratedRegex(@"^(T/M|TM\.|K/T|KT\.|Q\.|TL\.|TUQ\.|THỪA LỆNH|THAY MẶT)\s")]
    internal static partial Regex SignatureAuthority();
}
