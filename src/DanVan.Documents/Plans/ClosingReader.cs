using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>Recipients ("Nơi nhận") and the signature block (authority T/M or K/T, title, name).</summary>
internal static class ClosingReader
{
    public static List<string> Recipients(IReadOnlyList<Paragraph> closing)
    {
        var start = IndexOfRecipients(closing);
        if (start < 0)
        {
            return [];
        }

        var list = new List<string>();
        var first = closing[start].Text["Nơi nhận".Length..].TrimStart(':', ' ');
        if (first.Length > 0)
        {
            list.Add(first);
        }

        for (var i = start + 1; i < closing.Count && !IsSignatureStart(closing[i]); i++)
        {
            var text = closing[i].Text.Trim().TrimEnd(',', ';', '.').Trim();
            if (text.Length > 0 && !(closing[i].Marker == Marker.None && Fold.IsUpper(text)))
            {
                list.Add(text);
            }
        }

        return list;
    }

    public static Signer? Signer(IReadOnlyList<Paragraph> closing)
    {
        var start = -1;
        for (var i = 0; i < closing.Count; i++)
        {
            if (IsSignatureStart(closing[i]))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            // A title alone ("CHỦ TỊCH", then the name): no authority line.
            var alone = closing.ToList().FindIndex(IsSignerTitle);
            if (alone < 0)
            {
                return null;
            }

            var signerName = closing.Skip(alone + 1).FirstOrDefault(p => p.Marker == Marker.None && p.Text.Trim().Length > 0 && !Fold.IsUpper(p.Text))?.Text.Trim();
            return new Signer(null, closing[alone].Text.Trim(), signerName);
        }

        string? title = null, name = null;
        var authority = closing[start].Text.Trim();
        while (start + 1 < closing.Count && IsSignatureStart(closing[start + 1]))
        {
            start++;
            authority += " " + closing[start].Text.Trim();
        }

        for (var i = start + 1; i < closing.Count; i++)
        {
            var text = closing[i].Text.Trim();
            if (closing[i].Marker != Marker.None || text.Length == 0)
            {
                continue;
            }

            if (Fold.IsUpper(text))
            {
                title = title is null ? text : title + " " + text;
            }
            else
            {
                name = text;
                break;
            }
        }

        return new Signer(authority, title, name);
    }

    public static int IndexOfRecipients(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Marker == Marker.None && paragraphs[i].Text.StartsWith("Nơi nhận", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsSignatureStart(Paragraph paragraph) =>
        paragraph.Marker == Marker.None && ParagraphReader.SignatureAuthority().IsMatch(paragraph.Text + " ");

    /// <summary>A signer's title alone, in capitals ("CHỦ TỊCH", "PHÓ BÍ THƯ THƯỜNG TRỰC"): a signature without "T/M" or "K/T".</summary>
    public static bool IsSignerTitle(Paragraph paragraph) =>
        paragraph.Marker == Marker.None && SignerTitles.Contains(Fold.Of(paragraph.Text.Trim()));

    private static readonly HashSet<string> SignerTitles = new(
        new[] { "chu tich", "bi thu", "giam doc", "truong ban", "chanh van phong", "thu truong" }
            .SelectMany(t => new[] { t, "pho " + t, t + " thuong truc", "pho " + t + " thuong truc" }),
        StringComparer.Ordinal);
}
