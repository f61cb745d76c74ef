using System.Text.RegularExpressions;
using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>
/// Reads the part before the first section: national or Party header (also when a two-column header was
/// flattened onto one line), superior body and issuing body, number, place and date, document kind, title,
/// and the preamble ("Căn cứ …", "… ban hành Kế hoạch …").
/// </summary>
internal static partial class HeaderReader
{
    private static readonly string[] NationalHeaders = ["ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"];

    public sealed record Header(string? Kind, string? Number, string? Issuer, string? SuperiorIssuer, DateOnly? Date, string? Place, string? Title, bool DateLineFound, bool NumberLineFound);

    public static Header Read(IReadOnlyList<Paragraph> header)
    {
        string? kind = null, number = null, place = null, issuerHint = null, preambleIssuer = null;
        DateOnly? date = null;
        bool dateLine = false, numberLine = false;
        var issuerLines = new List<string>();
        var title = new List<string>();
        var afterKind = false;
        var numberPending = false;
        var justAfterKind = false; // "Số:" alone on its line: the number is on the next

        var titleClosed = false;
        foreach (var paragraph in header)
        {
            foreach (var piece in SplitFlattened(paragraph.Text))
            {
                var text = piece.Trim();
                if (text.Length == 0 || text is "*" or "***" || NationalHeaders.Any(h => Same(h, text)))
                {
                    continue;
                }

                if (DocumentNumbers.TryReadNumberLine(text, out var n))
                {
                    numberLine = true;
                    number ??= n;
                    numberPending = n is null && NumberAlone().IsMatch(text);
                    continue;
                }

                if (numberPending && number is null && DocumentNumbers.TryReadBareNumber(text, out var bare))
                {
                    number = bare;
                    numberPending = false;
                    continue;
                }

                numberPending = false;
                if (PlaceDate().Match(text) is { Success: true } pd)
                {
                    dateLine = true;
                    place ??= pd.Groups["place"].Value.Trim();
                    date ??= VietnameseDates.Read(pd.Groups["date"].Value);
                    continue;
                }

                if (!afterKind && DocumentKinds.Canonical(text) is { } k)
                {
                    kind = k;
                    afterKind = true;
                    justAfterKind = true;
                    continue;
                }

                if (!afterKind)
                {
                    if (Fold.IsUpper(text))
                    {
                        issuerLines.Add(text);
                    }

                    continue;
                }

                if (title.Count == 0 && text.StartsWith("CỦA ", StringComparison.Ordinal))
                {
                    issuerHint = text[4..].Trim();
                    continue;
                }

                // A title right under the kind may start "Thực hiện …" too: a preamble is long, says "ban hành" or ends with ":".
                var titleLike = title.Count == 0 && (!Preamble().IsMatch(text) || (justAfterKind && text.Length <= 250 && !text.EndsWith(':') && !text.Contains("ban hành", StringComparison.OrdinalIgnoreCase)));
                justAfterKind = false;
                if (!titleClosed && (title.Count == 0 ? titleLike : char.IsLower(text[0])))
                {
                    title.Add(text);
                    continue;
                }

                titleClosed = true;
                if (preambleIssuer is null && IssuedBy().Match(text) is { Success: true } issued)
                {
                    // The issuer is the last clause before "ban hành": "…, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch".
                    var before = text[..issued.Index];
                    before = before[(before.LastIndexOfAny(['.', ';', ':']) + 1)..];
                    preambleIssuer = before.Split(", ")[^1].Trim() is { Length: > 0 } clause ? clause : null;
                }
            }
        }

        var issuer = issuerLines.Count > 0 ? issuerLines[^1] : preambleIssuer ?? (issuerHint is null ? null : Capitalize(issuerHint));
        var superior = issuerLines.Count > 1 ? issuerLines[^2] : null;
        return new Header(kind, number, issuer, superior, date, place, title.Count == 0 ? null : string.Join(' ', title), dateLine, numberLine);
    }

    /// <summary>A two-column header flattened onto one line: "TỈNH ỦY TUYÊN QUANG ĐẢNG CỘNG SẢN VIỆT NAM".</summary>
    private static IEnumerable<string> SplitFlattened(string text)
    {
        foreach (var national in NationalHeaders)
        {
            var at = text.IndexOf(national, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && text.Length > national.Length)
            {
                return SplitFlattened(text[..at]).Concat(SplitFlattened(text[(at + national.Length)..]));
            }
        }

        var numberAt = NumberInside().Match(text);
        if (numberAt.Success && numberAt.Index > 0)
        {
            return SplitFlattened(text[..numberAt.Index]).Concat(SplitFlattened(text[numberAt.Index..]));
        }

        // A title run into the preamble that follows it ("… vùng đồng bào dân tộc thiểu số Căn cứ Kế hoạch số 103-KH/TU …"):
        // a title is in sentence case, so a preamble's opening words in capitals after a lower-case word begin a new piece.
        var preambleAt = PreambleInside().Match(text);
        if (preambleAt.Success)
        {
            return SplitFlattened(text[..preambleAt.Index]).Concat(SplitFlattened(text[(preambleAt.Index + preambleAt.Length)..]));
        }

        var placeAt = PlaceDateInside().Match(text);
        if (placeAt.Success && placeAt.Index > 0 && DocumentNumbers.TryReadNumberLine(text, out _))
        {
            return [text[..placeAt.Index], text[placeAt.Index..]];
        }

        return [text];
    }

    private static bool Same(string a, string b) => string.Equals(Fold.Of(a).Replace('–', '-'), Fold.Of(b).Replace('–', '-'), StringComparison.Ordinal);

    private static string Capitalize(string upper) => upper.Length == 0 ? upper : upper[0] + upper[1..].ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    [GeneratedRegex(@"^(?<place>[\p{Lu}][^,]{1,60}?),\s*ngày\s+(?<date>" + VietnameseDates.Pattern + @"|[\s.…_]*tháng[\s.…_\d]*năm\s*\d{0,4})\s*$")]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"\s(?=[\p{Lu}][\p{L} .]{1,40},\s*ngày\s)")]
    private static partial Regex PlaceDateInside();

    [GeneratedRegex(@"(?<=\S\s+)Số\s*:?\s*(?:\d|\s*/)")]
    private static partial Regex NumberInside();

    [GeneratedRegex(@"^\s*Số\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberAlone();

    [GeneratedRegex(@"^(Căn cứ|Thực hiện|Để|Nhằm|Theo|Qua)\b")]
    private static partial Regex Preamble();

    [GeneratedRegex(@"(?<=[\p{Ll}\d)][.;]?)\s+(?=Căn cứ\s|Thực hiện\s+(?:Kết luận|Chỉ thị|Nghị quyết|Kế hoạch|Chương trình|Quyết định|Hướng dẫn)\b)")]
    private static partial Regex PreambleInside();

    [GeneratedRegex(@"\s+ban hành\s+(?:Kế hoạch|Chương trình|Kết luận|Chỉ thị|Nghị quyết|Hướng dẫn|Quy định)")]
    private static partial Regex IssuedBy();
}
