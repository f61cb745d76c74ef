using System.Globalization;
using System.Xml;

namespace DanVan.Documents.Reading;

/// <summary>
/// Renders Word's automatic list numbering as the text a reader sees ("I.", "1.", "1.1.", "a)", "-"), by
/// following numbering.xml (numId → abstractNum → level format and text) and counting per list.
/// </summary>
internal sealed class WordNumbering
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly Dictionary<string, XmlNode> abstractByNum = [];
    private readonly Dictionary<string, int[]> counters = [];

    public WordNumbering(XmlDocument? numbering)
    {
        if (numbering?.DocumentElement is not { } root)
        {
            return;
        }

        var abstracts = new Dictionary<string, XmlNode>();
        foreach (XmlNode node in root.ChildNodes)
        {
            if (node.LocalName == "abstractNum" && node.Attributes?["abstractNumId", W]?.Value is { } id)
            {
                abstracts[id] = node;
            }
        }

        foreach (XmlNode node in root.ChildNodes)
        {
            if (node.LocalName == "num" && node.Attributes?["numId", W]?.Value is { } numId
                && node["abstractNumId", W]?.Attributes?["val", W]?.Value is { } abstractId && abstracts.TryGetValue(abstractId, out var definition))
            {
                abstractByNum[numId] = definition;
            }
        }
    }

    public string LabelFor(XmlNode paragraph)
    {
        var numPr = paragraph["pPr", W]?["numPr", W];
        var numId = numPr?["numId", W]?.Attributes?["val", W]?.Value;
        if (numId is null || !abstractByNum.TryGetValue(numId, out var definition))
        {
            return "";
        }

        var level = int.TryParse(numPr!["ilvl", W]?.Attributes?["val", W]?.Value, out var l) ? Math.Clamp(l, 0, 8) : 0;
        var count = counters.TryGetValue(numId, out var c) ? c : counters[numId] = new int[9];
        count[level]++;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            count[deeper] = 0;
        }

        var levels = definition.ChildNodes.Cast<XmlNode>().Where(n => n.LocalName == "lvl").ToList();
        var lvl = levels.FirstOrDefault(n => n.Attributes?["ilvl", W]?.Value == level.ToString(CultureInfo.InvariantCulture));
        if (lvl is null)
        {
            return "";
        }

        var format = lvl["numFmt", W]?.Attributes?["val", W]?.Value ?? "decimal";
        var text = lvl["lvlText", W]?.Attributes?["val", W]?.Value ?? "";
        if (format == "bullet")
        {
            return "- ";
        }

        for (var i = 0; i <= level; i++)
        {
            var format_i = levels.FirstOrDefault(n => n.Attributes?["ilvl", W]?.Value == i.ToString(CultureInfo.InvariantCulture))?["numFmt", W]?.Attributes?["val", W]?.Value ?? "decimal";
            var start = int.TryParse(levels.FirstOrDefault(n => n.Attributes?["ilvl", W]?.Value == i.ToString(CultureInfo.InvariantCulture))?["start", W]?.Attributes?["val", W]?.Value, out var s) ? s : 1;
            text = text.Replace("%" + (i + 1), Format(Math.Max(count[i], 1) + start - 1, format_i), StringComparison.Ordinal);
        }

        return text + " ";
    }

    private static string Format(int value, string format) => format switch
    {
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "lowerLetter" => ((char)('a' + ((value - 1) % 26))).ToString(),
        "upperLetter" => ((char)('A' + ((value - 1) % 26))).ToString(),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Roman(int value)
    {
        (int, string)[] map = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = "";
        foreach (var (n, s) in map)
        {
            while (value >= n)
            {
                result += s;
                value -= n;
            }
        }

        return result;
    }
}
