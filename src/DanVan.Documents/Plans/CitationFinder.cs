using System.Text.RegularExpressions;
using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>
/// Finds cited documents: a kind, a number and symbol, then optionally "ngày …" and "của …". A date is
/// taken only in that position, so dates of other things (anniversaries, ratios, meetings) never become
/// document dates. Each document is listed once; later mentions fill in what the first one lacked.
/// </summary>
internal static partial class CitationFinder
{
    private static readonly string[] Kinds =
    [
        "Kết luận", "Chỉ thị", "Nghị quyết", "Kế hoạch", "Chương trình", "Quy định", "Quy chế", "Hướng dẫn",
        "Quyết định", "Thông báo", "Thông tri", "Báo cáo", "Công văn", "Nghị định", "Thông tư", "Luật", "Đề án",
    ];

    public static List<Citation> Find(IEnumerable<Paragraph> paragraphs, string? ownNumber)
    {
        var found = new List<Citation>();
        foreach (var paragraph in paragraphs)
        {
            foreach (Match match in Mention().Matches(paragraph.Text))
            {
                var number = DocumentNumbers.Normalize(match.Groups["number"].Value);
                if (number == ownNumber)
                {
                    continue;
                }

                var kind = Kinds.First(k => string.Equals(Fold.Of(k), Fold.Of(match.Groups["kind"].Value), StringComparison.Ordinal));
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

    [GeneratedRegex(@"(?<kind>(?i:Kết luận|Chỉ thị|Nghị quyết|Kế hoạch|Chương trình|Quy định|Quy chế|Hướng dẫn|Quyết định|Thông báo|Thông tri|Báo cáo|Công văn|Nghị định|Thông tư|Luật|Đề án))\s+(?:(?i:số)\s*:?\s*)?(?<number>" + DocumentNumbers.Pattern + @")" +
                    @"(?:\s*,?\s*(?:(?i:ngày)\s+(?<date>" + VietnameseDates.Pattern + @")))?" +
                    @"(?:\s*,?\s+của\s+(?<issuer>[^,;.()“”""]+?)(?=\s+(?:về|khóa|khoá|thực hiện|ban hành|tại|đối với|nhằm|và Kế hoạch|và Kết luận|và các)\b|\s*[,;.(“”""]|\s*$))?")]
    private static partial Regex Mention();
}
