using System.Text;
using System.Text.RegularExpressions;
using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>
/// Where the plan's reports go and who consolidates them: "… hằng năm tham mưu báo cáo của Ban Thường vụ Tỉnh ủy
/// gửi về Ban Tuyên giáo và Dân vận Trung ương" (the issuer's own report upward), "báo cáo … về Ban Thường vụ Đảng ủy
/// (qua Ban Xây dựng Đảng để tổng hợp)", "giao Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi, đôn đốc" (the board that
/// consolidates for the issuer). Only sentences about reporting or following up count; names keep their diacritics.
/// </summary>
internal static partial class ChainReader
{
    public static PlanChain Read(IEnumerable<string> texts)
    {
        string? reportsTo = null, consolidator = null;
        foreach (var text in texts)
        {
            var original = text.Replace("*", "", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
            var (folded, map) = Folded(original);
            reportsTo ??= Name(original, folded, map, SentTo());
            consolidator ??= Name(original, folded, map, Through()) ?? Name(original, folded, map, FollowsUp());
        }

        return new PlanChain(reportsTo, consolidator);
    }

    /// <summary>The name the pattern's <c>name</c> group found in the folded text, cut from the original text.</summary>
    private static string? Name(string original, string folded, int[] map, Regex pattern)
    {
        var match = pattern.Match(folded);
        if (!match.Success)
        {
            return null;
        }

        var group = match.Groups["name"];
        var start = map[group.Index];
        var end = group.Index + group.Length < map.Length ? map[group.Index + group.Length] : original.Length;
        var name = original[start..end].Trim().TrimEnd('.', ',', ';', ')');
        return name.Length is > 3 and <= 200 ? name : null;
    }

    /// <summary>The text folded a character at a time, with where each folded character came from.</summary>
    private static (string Folded, int[] Map) Folded(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var c in Fold.Of(text[i].ToString()))
            {
                builder.Append(c);
                map.Add(i);
            }
        }

        return (builder.ToString(), [.. map]);
    }

    private const string Body = @"(?<name>(?:ban|uy ban|thuong truc|van phong|dang uy|tinh uy|so|hoi|mat tran)\b[^,;.()]*?)";

    /// <summary>"(tham mưu) báo cáo … gửi về X (theo quy định)".</summary>
    [GeneratedRegex(@"bao cao\b[^.]*?\bgui ve " + Body + @"(?= (?:theo|truoc|trong|cham nhat|de|vao)\b|\s*[,;.(]|\s*/|$)")]
    private static partial Regex SentTo();

    /// <summary>"(qua X để tổng hợp)" or "(qua X)" after a report is sent to the issuer.</summary>
    [GeneratedRegex(@"bao cao\b[^.]*?\(\s*qua " + Body + @"(?= de tong hop|\s*\))")]
    private static partial Regex Through();

    /// <summary>"giao X theo dõi, đôn đốc" in the closing provisions.</summary>
    [GeneratedRegex(@"\bgiao " + Body + @"(?= (?:chu tri )?theo doi)")]
    private static partial Regex FollowsUp();
}

/// <summary>
/// The reporting chain a plan states: the body its issuer reports to (<c>ReportsTo</c>, often outside the plan's
/// system, e.g. a central board) and the unit that consolidates the reports for the issuer (<c>Consolidator</c>).
/// </summary>
public sealed record PlanChain(string? ReportsTo, string? Consolidator);
