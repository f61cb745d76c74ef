using System.Globalization;
using System.Text;

namespace DanVan.Documents.Text;

/// <summary>Lower-case Vietnamese without diacritics ("Tổ chức" → "to chuc"), for matching words whatever their accents.</summary>
public static class Fold
{
    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>True when the text has letters and none of them is lower-case (a heading in capitals).</summary>
    public static bool IsUpper(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);
}
