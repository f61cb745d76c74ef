using System.Text.RegularExpressions;
using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>
/// Reads "Tổ chức thực hiện": each numbered item names one or more units, either as its whole heading
/// ("3. Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh") or as the subject of its first sentence
/// ("2. Hội đồng nhân dân xã tăng cường giám sát …"). "chủ trì" marks the lead, "phối hợp với …" the
/// coordinating units.
/// </summary>
internal static partial class AssignmentReader
{
    private static readonly string[] UnitHeads =
    [
        "Ban", "Đảng ủy", "Đảng uỷ", "Đảng bộ", "Ủy ban", "Uỷ ban", "UBND", "HĐND", "Hội đồng", "Hội", "Sở", "Chi bộ", "chi bộ", "Đoàn", "Văn phòng",
        "Trung tâm", "Công an", "Bộ", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Huyện ủy", "Mặt trận", "MTTQ", "Liên đoàn", "Tỉnh đoàn", "Trường", "Các", "các",
        "Cơ quan", "cơ quan", "Thường trực", "Phòng", "Cục", "Viện", "Báo", "Đài", "Quân sự", "Bộ Chỉ huy", "Ban Chỉ huy", "Đồn", "Kho bạc", "Ngân hàng",
        "Bảo hiểm", "Chi cục", "Cấp ủy", "cấp ủy", "Tổ chức", "tổ chức", "Đảng viên",
    ];

    private static readonly string[] Verbs =
    [
        "tổ chức quán triệt", "tổ chức thực hiện", "tổ chức triển khai", "tăng cường", "tiếp tục", "chỉ đạo", "chủ trì", "phối hợp", "thực hiện",
        "xây dựng", "triển khai", "lãnh đạo", "tham mưu", "theo dõi", "hướng dẫn", "rà soát", "đẩy mạnh", "nâng cao", "chịu trách nhiệm",
        "có trách nhiệm", "tổng hợp", "vận động", "tuyên truyền", "giúp", "kiểm tra", "nắm chắc", "nắm bắt", "căn cứ", "quán triệt", "đôn đốc", "quan tâm", "chủ động", "làm tốt", "bảo đảm", "đảm bảo", "phát huy", "đổi mới",
    ];

    public static bool IsAssignmentSection(Section section) => Fold.Of(section.Title).Contains("to chuc thuc hien", StringComparison.Ordinal);

    public static List<Assignment> Read(IEnumerable<Section> topLevel)
    {
        var result = new List<Assignment>();
        foreach (var section in topLevel.Where(IsAssignmentSection))
        {
            foreach (var item in SectionTreeBuilder.Flatten(section.Children))
            {
                result.AddRange(ReadItem(item));
            }
        }

        return result;
    }

    private static IEnumerable<Assignment> ReadItem(Section item)
    {
        var title = item.Title.TrimEnd(':', ' ');
        var verbAt = FirstVerb(title);
        string unitPhrase, inline;
        if (verbAt < 0)
        {
            if (SplitUnits(title).Count == 0 || title.Length > 200)
            {
                yield break;
            }

            (unitPhrase, inline) = (title, "");
        }
        else
        {
            (unitPhrase, inline) = (title[..verbAt].Trim().TrimEnd(','), title[verbAt..].Trim());
        }

        var units = SplitUnits(unitPhrase);
        if (units.Count == 0)
        {
            yield break;
        }

        var tasks = new List<string>();
        if (inline.Length > 0)
        {
            tasks.Add(char.ToUpperInvariant(inline[0]) + inline[1..]);
        }

        tasks.AddRange(item.Paragraphs);
        foreach (var unit in units)
        {
            yield return new Assignment(unit, "lead", tasks, item.Path) { Line = item.Line };
        }

        foreach (var coordinating in CoordinatingUnits(inline))
        {
            yield return new Assignment(coordinating, "coordinate", tasks, item.Path) { Line = item.Line };
        }
    }

    /// <summary>
    /// The units a sentence opens with as its subject ("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tổng hợp …"
    /// → both), or none when it does not open with a unit followed by what it must do.
    /// </summary>
    public static IReadOnlyList<string> SubjectUnits(string text)
    {
        var first = (text ?? "").Split('\n', 2)[0].Trim();
        var verbAt = FirstVerb(first);
        // A bare head word ("Tổ chức thực hiện tốt …", "Các …") is how a sentence starts, not a unit.
        return verbAt is > 0 and <= 200 ? SplitUnits(first[..verbAt].Trim().TrimEnd(',')).Where(u => !UnitHeads.Contains(u)).ToList() : [];
    }

    /// <summary>"… chủ trì, phối hợp với Sở Nội vụ, các cơ quan liên quan tham mưu …" → the units after "phối hợp với".</summary>
    private static IEnumerable<string> CoordinatingUnits(string inline)
    {
        var match = CoordinateWith().Match(inline);
        if (!match.Success)
        {
            return [];
        }

        var rest = inline[(match.Index + match.Length)..];
        var end = FirstVerb(rest);
        var phrase = (end < 0 ? rest : rest[..end]).Trim().TrimEnd(',', ';', '.');
        return phrase.Length is > 0 and < 200 ? SplitUnits(phrase) : [];
    }

    // "tổ chức" is what a unit does ("Đoàn Thanh niên xã tổ chức …") unless it names units ("các tổ chức chính trị - xã hội").
    private const string Organizes = @"(?<!(?:các|những|và)\s)tổ chức(?!\s(?:chính trị|đảng|cơ sở|đoàn thể|xã hội|hội|thành viên))";

    private static readonly Regex VerbPattern = new(
        @"(?<=[\s,])(?:" + string.Join('|', Verbs.Select(Regex.Escape)) + "|" + Organizes + @")(?=[\s,.;:]|$)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Where the first verb starts (not at the very beginning), or -1.</summary>
    private static int FirstVerb(string text) => VerbPattern.Match(text) is { Success: true } m ? m.Index : -1;

    /// <summary>Splits on "," and "và" only where a new unit starts, so "Sở Văn hoá, Thể thao và Du lịch" stays whole.</summary>
    private static List<string> SplitUnits(string phrase)
    {
        if (!StartsWithUnitHead(phrase))
        {
            return [];
        }

        var units = new List<string>();
        var current = "";
        foreach (var piece in UnitSeparator().Split(phrase))
        {
            // "Văn phòng HĐND và UBND xã" is one office serving two bodies, not two units.
            if (current.Length > 0 && StartsWithUnitHead(piece) && !IsSharedOffice(current, JoinerBefore(phrase, current, piece)))
            {
                units.Add(current.Trim());
                current = piece;
            }
            else
            {
                current = current.Length == 0 ? piece : current + JoinerBefore(phrase, current, piece) + piece;
            }
        }

        if (current.Trim().Length > 0)
        {
            units.Add(current.Trim());
        }

        return units;
    }

    private static string JoinerBefore(string phrase, string current, string piece)
    {
        var at = phrase.IndexOf(current, StringComparison.Ordinal) + current.Length;
        var next = phrase.IndexOf(piece, at, StringComparison.Ordinal);
        return next > at ? phrase[at..next] : " ";
    }

    private static bool IsSharedOffice(string current, string joiner) =>
        current.TrimStart().StartsWith("Văn phòng ", StringComparison.Ordinal) && joiner.Trim() == "và";

    private static bool StartsWithUnitHead(string text)
    {
        text = text.Trim();
        return UnitHeads.Any(h => text.StartsWith(h + " ", StringComparison.Ordinal) || text == h);
    }

    [GeneratedRegex(@"\s*,\s*|\s+và\s+")]
    private static partial Regex UnitSeparator();

    [GeneratedRegex(@"phối hợp với\s+")]
    private static partial Regex CoordinateWith();
}
