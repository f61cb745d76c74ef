using System.Globalization;
using System.Text;

namespace DanVan.Web.Infrastructure.Text;

/// <summary>
/// Text as it enters DanVan (forms, query strings, JSON, file names): composed (NFC), without NUL and other
/// control characters (tab and line breaks kept, line breaks as \n), without bidirectional overrides or
/// invisible format characters that make a name read otherwise than it is stored. Applied once, at the boundary.
/// </summary>
public static class InputText
{
    public static string? Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (c is '\n' or '\t' || !IsRefused(c))
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString();
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }

    /// <summary>A file name to store and show: cleaned, on one line, without path separators, at most 200 characters.</summary>
    public static string FileName(string? name)
    {
        var cleaned = (Clean(name) ?? "").Replace('\n', ' ').Replace('\t', ' ');
        cleaned = Path.GetFileName(cleaned.Replace('\\', '/')).Trim();
        if (cleaned.Length > 200)
        {
            var extension = Path.GetExtension(cleaned);
            cleaned = cleaned[..(200 - Math.Min(extension.Length, 20))] + extension[..Math.Min(extension.Length, 20)];
        }

        return cleaned.Length == 0 ? "tep" : cleaned;
    }

    private static bool IsRefused(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control => true,
        // Bidirectional embeddings, overrides and isolates, zero-width and other invisible format characters.
        UnicodeCategory.Format => true,
        UnicodeCategory.Surrogate => false,
        UnicodeCategory.OtherNotAssigned => c is '\uFFFE' or '\uFFFF',
        _ => false,
    };
}
