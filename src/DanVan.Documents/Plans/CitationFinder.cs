using System.Text.RegularExpressions;

namespace DanVan.Documents.Plans;

/// <summary>
/// Finds cited documents: a kind, a number and symbol, then optionally "ngày …" and "của …". A date is
/// taken only in that position, so dates of other things (anniversaries, ratios, meetings) never become
/// document dates. Each document is listed once; later mentions fill in what the first one lacked.
/// </summary>
internal static class CitationFinder
{
    private static readonly Regex Mention = new(
        @"(?<kind>(?i:" + string.Join('|', DocumentKinds.All) + @"))\s+(?:(?i:số)\s*:?\s*)?(?<number>" + DocumentNumbers.Pattern + @")" +
        @"(?:\s*,?\s*(?:(?i:ngày)\s+(?<date>" + VietnameseDates.Pattern + @")))?" +
        @"(?:\s*,?\s+của\s+(?<issuer>[^,;.()“”""]+?)(?=\s+(?:về|khóa|khoá|thực hiện|ban hành|tại|đối với|nhằm|và Kế hoạch|và Kết luận|và các)\b|\s*[,;.(“”""]|\s*$))?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static List<Citation> Find(IEnumerable<Paragraph> paragraphs, string? ownNumber)
    {
        var found = new List<Citation>();
        // Every number and symbol has a slash ("236-KL/TW", "594/KH-UBND"): paragraphs without one cite nothing.
        foreach (var paragraph in paragraphs.Where(p => p.Text.Contains('/', StringComparison.Ordinal)))
        {
            foreach (Match match in Mention.Matches(paragraph.Text))
            {
                var number = DocumentNumbers.Normalize(match.Groups["number"].Value);
                if (number == ownNumber)
                {
                    continue;
                }

                var kind = DocumentKinds.Canonical(match.Groups["kind"].Value)!;
                var date = match.Groups["date"].Success ? VietnameseDates.Read(match.Groups["date"].Value) : null;
                var issuer = match.Groups["issuer"].Success ? match.Groups["issuer"].Value.Trim() : null;
                var index = found.FindIndex(c => c.Number == number);
                if (index < 0)
                {
                    found.Add(new Citation(kind, number, date, issuer) { Line = paragraph.Line });
                }
                else
                {
                    var known = found[index];
                    found[index] = known with { Date = known.Date ?? date, Issuer = known.Issuer ?? issuer };
                }
            }
        }

        return found;
    }
}
