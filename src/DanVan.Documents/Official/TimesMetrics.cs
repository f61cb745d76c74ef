using System.Globalization;
using System.Text;

namespace DanVan.Documents.Official;

/// <summary>
/// How wide a line of Times New Roman is, from the advance widths of its letters (thousandths of an em, the font's
/// published metrics; Liberation Serif, which LibreOffice uses in its place, has the same). A Vietnamese letter is as
/// wide as its base letter: the marks sit above or below it. Used to size the header's columns so that each line
/// stays whole, and the rules under the headings to the length of their line.
/// </summary>
public static class TimesMetrics
{
    // A–Z, then a–z.
    private static readonly int[] Regular =
    [
        722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611,
        444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444,
    ];

    private static readonly int[] Bold =
    [
        722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667,
        500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444,
    ];

    /// <summary>The width of <paramref name="text"/> on one line, in points.</summary>
    public static double Points(string text, double size, bool bold = false)
    {
        var widths = bold ? Bold : Regular;
        var total = 0;
        foreach (var letter in Base(text))
        {
            total += letter switch
            {
                >= 'A' and <= 'Z' => widths[letter - 'A'],
                >= 'a' and <= 'z' => widths[26 + letter - 'a'],
                >= '0' and <= '9' => 500,
                ' ' or '.' or ',' or ';' => 250,
                ':' => bold ? 333 : 278,
                '-' or '/' or '(' or ')' => 333,
                '–' => 500,
                '*' => 500,
                _ => 600,
            };
        }

        return total * size / 1000;
    }

    /// <summary>The width in twips (1/20 point), as Word measures columns and indents.</summary>
    public static int Twips(string text, double size, bool bold = false) => (int)Math.Ceiling(Points(text, size, bold) * 20);

    private static IEnumerable<char> Base(string text)
    {
        foreach (var letter in text.Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(letter) != UnicodeCategory.NonSpacingMark)
            {
                yield return letter;
            }
        }
    }
}
