using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Official;

/// <summary>
/// Writes an <see cref="OfficialReport"/> as .docx: A4, Times New Roman, the margins, sizes and styles of
/// Hướng dẫn 36-HD/VPTW (Party) or Nghị định 30/2020 (State), page numbers centred at the top from page 2.
/// </summary>
public static class OfficialDocxWriter
{
    private const string Font = "Times New Roman";

    public static byte[] Write(OfficialReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            var body = main.Document.Body!;
            var party = report.Format == OfficialFormat.Party;

            body.Append(HeaderTable(report, party));
            body.Append(Para(report.DocumentType.ToUpper(Vi), 16 * 2, bold: true, align: JustificationValues.Center, before: 360));
            body.Append(Para(report.Summary, 14 * 2, bold: true, align: JustificationValues.Center, after: 0));
            body.Append(Para(party ? "-----" : "", 14 * 2, align: JustificationValues.Center, after: 240));
            foreach (var block in report.Body)
            {
                body.Append(block switch
                {
                    BodyHeading { Level: 0 } h => Para(h.Text, 14 * 2, bold: true, align: JustificationValues.Center, before: 120),
                    BodyHeading h => Para(h.Text, 14 * 2, bold: true, indent: true, before: h.Level == 1 ? 120 : 60),
                    BodyParagraph p => Para(p.Text, 14 * 2, indent: true, align: JustificationValues.Both),
                    BodyTable t => DataTable(t),
                    _ => throw new ArgumentException($"Unknown block {block.GetType().Name}"),
                });
                if (block is BodyTable { Caption: { } caption })
                {
                    body.Append(Para(caption, 12 * 2, italic: true, after: 120));
                }
            }

            // Two tables side by side are one table to Word and LibreOffice: a body ending on a table would lend the
            // signature block its borders (or take the block's none), so a paragraph keeps them apart.
            if (report.Body.LastOrDefault() is BodyTable)
            {
                body.Append(Para("", 14 * 2, after: 0));
            }

            body.Append(SignatureTable(report, party));

            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new W.Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(new W.Run(RunProps(14 * 2), new W.Text("2"))) { Instruction = " PAGE " }));
            var headerId = main.GetIdOfPart(header);
            var margins = party ? (Top: 25, Bottom: 25, Left: 35, Right: 15) : (Top: 20, Bottom: 20, Left: 30, Right: 15);
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin
                {
                    Top = Mm(margins.Top), Bottom = Mm(margins.Bottom), Left = (uint)Mm(margins.Left), Right = (uint)Mm(margins.Right),
                    Header = (uint)Mm(10), Footer = (uint)Mm(10), Gutter = 0,
                },
                new TitlePage()));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Millimetres in twips (1/1440 inch).</summary>
    private static int Mm(int millimetres) => (int)Math.Round(millimetres * 1440 / 25.4);

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Text width of the page in twips: A4 less the margins of the layout.</summary>
    private static int TextWidth(bool party) => Mm(210) - (party ? Mm(35) + Mm(15) : Mm(30) + Mm(15));

    /// <summary>What a header cell needs beyond its longest line, so that a rounding in the renderer never wraps it.</summary>
    private const int Slack = 100;

    /// <summary>
    /// The header as the official samples lay it out: the issuer on the left, the Party's name (or the national title and
    /// motto) and the date on the right, each line whole. The left column is as wide as its longest line, the right
    /// takes the rest; a name too long for its column is broken where the samples break it (a State body before its
    /// area: "ỦY BAN NHÂN DÂN / XÃ THƯỢNG LÂM"), else between words near its middle.
    /// </summary>
    private static W.Table HeaderTable(OfficialReport report, bool party)
    {
        var date = $"{report.Place}, ngày {report.Date.Day:00} tháng {report.Date.Month:00} năm {report.Date.Year}";
        var size = party ? 14 : 13;
        var superior = string.IsNullOrWhiteSpace(report.SuperiorBody) ? null : report.SuperiorBody.ToUpper(Vi);
        var issuer = report.IssuingBody.ToUpper(Vi);
        var number = party ? $"Số {report.Number}" : $"Số: {report.Number}";
        var (title, titleSize) = party ? ("ĐẢNG CỘNG SẢN VIỆT NAM", 15) : ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13);
        const string motto = "Độc lập - Tự do - Hạnh phúc";

        var right = new[] { TimesMetrics.Twips(title, titleSize, bold: true), TimesMetrics.Twips(date, 14), party ? 0 : TimesMetrics.Twips(motto, 14, bold: true) }.Max() + Slack;
        var available = TextWidth(party) - right;
        var superiorLines = superior is null ? [] : Lines(superior, size, bold: false, available - Slack, party);
        var issuerLines = Lines(issuer, size, bold: true, available - Slack, party);
        var longest = superiorLines.Select(l => TimesMetrics.Twips(l, size))
            .Concat(issuerLines.Select(l => TimesMetrics.Twips(l, size, bold: true)))
            .Append(TimesMetrics.Twips(number, size)).Max();
        var leftWidth = Math.Min(longest + Slack, available);
        var rightWidth = TextWidth(party) - leftWidth;

        var left = new List<W.Paragraph>();
        left.AddRange(superiorLines.Select(l => Para(l, size * 2, align: JustificationValues.Center, after: 0)));
        left.AddRange(issuerLines.Select(l => Para(l, size * 2, bold: true, align: JustificationValues.Center, after: 0)));
        if (party)
        {
            left.Add(Para("*", size * 2, align: JustificationValues.Center, after: 0));
        }
        else
        {
            // Under the State issuer: a rule from a third to half the length of its line, centred.
            left.Add(Rule(leftWidth, issuerLines.Max(l => TimesMetrics.Twips(l, size, bold: true)) * 2 / 5));
        }

        left.Add(Para(number, size * 2, align: JustificationValues.Center, after: 0, before: party ? 0 : 60));

        var rightContent = new List<W.Paragraph> { Para(title, titleSize * 2, bold: true, align: JustificationValues.Center, after: 0) };
        if (party)
        {
            rightContent.Add(Rule(rightWidth, TimesMetrics.Twips(title, titleSize, bold: true)));
        }
        else
        {
            rightContent.Add(Para(motto, 14 * 2, bold: true, align: JustificationValues.Center, after: 0));
            rightContent.Add(Rule(rightWidth, TimesMetrics.Twips(motto, 14, bold: true)));
        }

        rightContent.Add(Para(date, 14 * 2, italic: true, align: JustificationValues.Center, before: 120, after: 0));
        return Layout(tight: true, (left, leftWidth), (rightContent, rightWidth));
    }

    /// <summary>
    /// A name in capitals as lines that fit <paramref name="width"/>: whole when it fits; a State body ("ỦY BAN NHÂN
    /// DÂN XÃ …", "HỘI ĐỒNG NHÂN DÂN TỈNH …") always on two lines, broken before its area as the samples do; any other
    /// name too long broken between the words that make its two halves most even.
    /// </summary>
    internal static IReadOnlyList<string> Lines(string name, int size, bool bold, int width, bool party)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!party)
        {
            var level = Array.FindIndex(words, 1, w => w is "XÃ" or "PHƯỜNG" or "THỊ" or "ĐẶC" or "TỈNH" or "THÀNH" or "HUYỆN" or "QUẬN");
            if (level > 0 && (name.StartsWith("ỦY BAN NHÂN DÂN", StringComparison.Ordinal) || name.StartsWith("HỘI ĐỒNG NHÂN DÂN", StringComparison.Ordinal)))
            {
                return [string.Join(' ', words[..level]), string.Join(' ', words[level..])];
            }
        }

        if (TimesMetrics.Twips(name, size, bold) <= width || words.Length < 2)
        {
            return [name];
        }

        var best = Enumerable.Range(1, words.Length - 1)
            .MinBy(i => Math.Abs(TimesMetrics.Twips(string.Join(' ', words[..i]), size, bold) - TimesMetrics.Twips(string.Join(' ', words[i..]), size, bold)));
        return [string.Join(' ', words[..best]), string.Join(' ', words[best..])];
    }

    /// <summary>A solid rule <paramref name="length"/> twips long centred in a cell: the bottom border of an empty, narrowed paragraph.</summary>
    private static W.Paragraph Rule(int cellWidth, int length)
    {
        var indent = Math.Max(0, (cellWidth - length) / 2).ToString(CultureInfo.InvariantCulture);
        return new W.Paragraph(
            new ParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
                new SpacingBetweenLines { Before = "0", After = "0", Line = "40", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { Left = indent, Right = indent }),
            new W.Run(RunProps(2)));
    }

    private static W.Table SignatureTable(OfficialReport report, bool party)
    {
        var left = new List<W.Paragraph>
        {
            Para("Nơi nhận:", (party ? 14 : 12) * 2, bold: !party, italic: !party, underline: party, after: 0, before: 240),
        };
        left.AddRange(report.Recipients.Select((r, i) => Para($"- {r}{(i == report.Recipients.Count - 1 ? "." : ",")}", (party ? 12 : 11) * 2, after: 0)));
        var right = new List<W.Paragraph>();
        if (!string.IsNullOrWhiteSpace(report.SignatureAuthority))
        {
            right.Add(Para(report.SignatureAuthority.ToUpper(Vi), 14 * 2, bold: true, align: JustificationValues.Center, after: 0, before: 240));
        }

        if (!string.IsNullOrWhiteSpace(report.SignerPosition))
        {
            right.Add(Para(report.SignerPosition.ToUpper(Vi), 14 * 2, bold: true, align: JustificationValues.Center, after: 1200));
        }

        if (!string.IsNullOrWhiteSpace(report.SignerName))
        {
            right.Add(Para(report.SignerName, 14 * 2, bold: true, align: JustificationValues.Center, after: 0));
        }

        var half = TextWidth(party) / 2;
        return Layout(tight: false, (left, half), (right, TextWidth(party) - half));
    }

    /// <summary>
    /// A borderless two-column table, the way official headers and signature blocks are laid out; widths in twips.
    /// <paramref name="tight"/>: no space inside the cells, so the header's lines have the whole column.
    /// </summary>
    private static W.Table Layout(bool tight, params (List<W.Paragraph> Content, int Width)[] columns)
    {
        var properties = new TableProperties(
            new TableWidth { Width = columns.Sum(c => c.Width).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed });
        if (tight)
        {
            properties.Append(new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }));
        }

        var table = new W.Table(properties);
        table.Append(new TableGrid(columns.Select(c => new GridColumn { Width = c.Width.ToString(CultureInfo.InvariantCulture) })));
        var row = new TableRow();
        foreach (var (content, width) in columns)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            cell.Append(content.Count == 0 ? [Para("", 14 * 2)] : content);
            row.Append(cell);
        }

        table.Append(row);
        return table;
    }

    private static W.Table DataTable(BodyTable data)
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new W.Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, borders));
        // Figure columns wide enough for "Đơn vị tính" on one line when there are few of them.
        var other = data.Headers.Count <= 4 ? 18 : 15;
        var first = 100 - (other * (data.Headers.Count - 1));
        var columns = data.Columns ?? [new BodyColumn(Math.Max(first, 30), BodyAlign.Left), .. Enumerable.Repeat(new BodyColumn(other, BodyAlign.Right), data.Headers.Count - 1)];
        table.Append(Grid(columns.Select(c => c.Percent)));
        // The header row repeats at the top of every page the table runs onto; no row breaks across two pages.
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        header.Append(data.Headers.Select(h => new TableCell(Para(h, 13 * 2, bold: true, align: JustificationValues.Center, after: 0))));
        table.Append(header);
        foreach (var row in data.Rows)
        {
            var line = new TableRow(new TableRowProperties(new CantSplit()));
            line.Append(row.Select((c, i) => new TableCell(Para(c, 13 * 2, align: Justification(columns[Math.Min(i, columns.Count - 1)].Align), after: 0))));
            table.Append(line);
        }

        return table;
    }

    private static JustificationValues Justification(BodyAlign align) => align switch
    {
        BodyAlign.Center => JustificationValues.Center,
        BodyAlign.Right => JustificationValues.Right,
        _ => JustificationValues.Left,
    };

    /// <summary>Column widths as shares of a 9,000-twip text width (a table's grid is required; cell widths are in percent).</summary>
    private static TableGrid Grid(IEnumerable<int> percents) =>
        new(percents.Select(p => new GridColumn { Width = (p * 90).ToString(CultureInfo.InvariantCulture) }));

    private static W.Paragraph Para(string text, int halfPoints, bool bold = false, bool italic = false, bool underline = false,
        JustificationValues? align = null, bool indent = false, int before = 0, int after = 120)
    {
        // Children in the schema's order: borders, spacing, indentation, justification.
        var properties = new ParagraphProperties();
        properties.Append(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture), Line = "276", LineRule = LineSpacingRuleValues.Auto });
        if (indent)
        {
            properties.Append(new Indentation { FirstLine = "720" });
        }

        properties.Append(new Justification { Val = align ?? JustificationValues.Left });
        var run = new W.Run(RunProps(halfPoints, bold, italic, underline));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new W.Paragraph(properties, run);
    }

    private static RunProperties RunProps(int halfPoints, bool bold = false, bool italic = false, bool underline = false)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        if (underline)
        {
            properties.Append(new Underline { Val = UnderlineValues.Single });
        }

        return properties;
    }
}
