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

    private static W.Table HeaderTable(OfficialReport report, bool party)
    {
        var left = new List<W.Paragraph>();
        var right = new List<W.Paragraph>();
        var date = $"{report.Place}, ngày {report.Date.Day:00} tháng {report.Date.Month:00} năm {report.Date.Year}";
        if (party)
        {
            if (!string.IsNullOrWhiteSpace(report.SuperiorBody))
            {
                left.Add(Para(report.SuperiorBody.ToUpper(Vi), 14 * 2, align: JustificationValues.Center, after: 0));
            }

            left.Add(Para(report.IssuingBody.ToUpper(Vi), 14 * 2, bold: true, align: JustificationValues.Center, after: 0));
            left.Add(Para("*", 14 * 2, align: JustificationValues.Center, after: 0));
            left.Add(Para($"Số {report.Number}", 14 * 2, align: JustificationValues.Center, after: 0));
            right.Add(Para("ĐẢNG CỘNG SẢN VIỆT NAM", 15 * 2, bold: true, align: JustificationValues.Center, after: 240, rule: true));
            right.Add(Para(date, 14 * 2, italic: true, align: JustificationValues.Center, after: 0));
        }
        else
        {
            left.Add(Para(report.IssuingBody.ToUpper(Vi), 13 * 2, bold: true, align: JustificationValues.Center, after: 120, rule: true));
            left.Add(Para($"Số: {report.Number}", 13 * 2, align: JustificationValues.Center, after: 0));
            right.Add(Para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13 * 2, bold: true, align: JustificationValues.Center, after: 0));
            right.Add(Para("Độc lập - Tự do - Hạnh phúc", 14 * 2, bold: true, align: JustificationValues.Center, after: 240, rule: true));
            right.Add(Para(date, 14 * 2, italic: true, align: JustificationValues.Center, after: 0));
        }

        return Layout((left, 42), (right, 58));
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

        return Layout((left, 50), (right, 50));
    }

    /// <summary>A borderless two-column table, the way official headers and signature blocks are laid out.</summary>
    private static W.Table Layout(params (List<W.Paragraph> Content, int Percent)[] columns)
    {
        var table = new W.Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(Grid(columns.Select(c => c.Percent)));
        var row = new TableRow();
        foreach (var (content, percent) in columns)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = (percent * 50).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }));
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
        var first = 100 - (15 * (data.Headers.Count - 1));
        table.Append(Grid(new[] { Math.Max(first, 30) }.Concat(Enumerable.Repeat(15, data.Headers.Count - 1))));
        table.Append(new TableRow(data.Headers.Select(h => new TableCell(Para(h, 13 * 2, bold: true, align: JustificationValues.Center, after: 0))).ToArray()));
        foreach (var row in data.Rows)
        {
            table.Append(new TableRow(row.Select((c, i) => new TableCell(Para(c, 13 * 2, align: i == 0 ? JustificationValues.Left : JustificationValues.Right, after: 0))).ToArray()));
        }

        return table;
    }

    /// <summary>Column widths as shares of a 9,000-twip text width (a table's grid is required; cell widths are in percent).</summary>
    private static TableGrid Grid(IEnumerable<int> percents) =>
        new(percents.Select(p => new GridColumn { Width = (p * 90).ToString(CultureInfo.InvariantCulture) }));

    private static W.Paragraph Para(string text, int halfPoints, bool bold = false, bool italic = false, bool underline = false,
        JustificationValues? align = null, bool indent = false, int before = 0, int after = 120, bool rule = false)
    {
        // Children in the schema's order: borders, spacing, indentation, justification.
        var properties = new ParagraphProperties();
        if (rule)
        {
            // The short solid rule under the national or Party header: a bottom border on a narrowed, centred paragraph.
            properties.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }));
        }

        properties.Append(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture), Line = "276", LineRule = LineSpacingRuleValues.Auto });
        if (rule)
        {
            properties.Append(new Indentation { Left = "900", Right = "900" });
        }
        else if (indent)
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
