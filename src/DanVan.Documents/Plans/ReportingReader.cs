using System.Text.RegularExpressions;
using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>
/// The reporting regime: "Định kỳ 06 tháng, 01 năm …" → 6-month and annual; "hằng năm … báo cáo" → annual;
/// "khi có yêu cầu", "đột xuất" → on-request. A sentence counts only when it is about reporting or reviewing.
/// </summary>
internal static partial class ReportingReader
{
    public static List<ReportingRule> Read(IEnumerable<string> texts)
    {
        var rules = new List<ReportingRule>();
        foreach (var sentence in texts.SelectMany(t => SentenceEnd().Split(t)))
        {
            var folded = Fold.Of(sentence);
            if (!AboutReporting().IsMatch(folded))
            {
                continue;
            }

            Add(rules, "6-month", sentence, SixMonths().IsMatch(folded));
            Add(rules, "annual", sentence, Annual().IsMatch(folded));
            Add(rules, "on-request", sentence, OnRequest().IsMatch(folded));
        }

        return rules;
    }

    private static void Add(List<ReportingRule> rules, string kind, string sentence, bool matches)
    {
        if (matches && rules.All(r => r.Kind != kind))
        {
            rules.Add(new ReportingRule(kind, sentence.Trim().TrimEnd('/', '.', ';', ',') + "."));
        }
    }

    [GeneratedRegex(@"(?<=\.)\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"bao cao|so ket|tong ket|danh gia ket qua")]
    private static partial Regex AboutReporting();

    [GeneratedRegex(@"\b0?6 thang|sau thang|nua nam")]
    private static partial Regex SixMonths();

    [GeneratedRegex(@"\b0?1 nam\b|hang nam|hnam|moi nam|cuoi nam")]
    private static partial Regex Annual();

    [GeneratedRegex(@"khi co yeu cau|dot xuat|theo yeu cau")]
    private static partial Regex OnRequest();
}
