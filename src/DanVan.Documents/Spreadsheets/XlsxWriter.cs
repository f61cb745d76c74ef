using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Documents.Spreadsheets;

/// <summary>Writes worksheets to an .xlsx workbook (Office Open XML) with bold headers, dd/MM/yyyy dates and validations.</summary>
public static class XlsxWriter
{
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint WrapStyle = 3;
    private const uint TitleStyle = 4;

    public static byte[] Write(params SheetSpec[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var spec in sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = Worksheet(spec);
                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = spec.Name });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Worksheet Worksheet(SheetSpec spec)
    {
        var worksheet = new Worksheet();
        var headerRow = (uint)spec.Preamble.Count + 1;
        worksheet.Append(new SheetViews(new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = $"A{headerRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        var columns = new Columns();
        for (var i = 0; i < spec.Columns.Count; i++)
        {
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = spec.Columns[i].Width, CustomWidth = true });
        }

        if (spec.Columns.Count > 0)
        {
            worksheet.Append(columns);
        }

        var data = new SheetData();
        uint rowIndex = 1;
        foreach (var line in spec.Preamble)
        {
            data.Append(new Row(TextCell($"A{rowIndex}", line, TitleStyle)) { RowIndex = rowIndex });
            rowIndex++;
        }

        var header = new Row { RowIndex = rowIndex };
        for (var i = 0; i < spec.Columns.Count; i++)
        {
            header.Append(TextCell(Reference(i, rowIndex), spec.Columns[i].Header, HeaderStyle));
        }

        data.Append(header);
        foreach (var cells in spec.Rows)
        {
            rowIndex++;
            var row = new Row { RowIndex = rowIndex };
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i] is { } value)
                {
                    row.Append(Cell(Reference(i, rowIndex), value));
                }
            }

            data.Append(row);
        }

        worksheet.Append(data);
        if (spec.Validations.Count > 0)
        {
            var validations = new DataValidations();
            foreach (var rule in spec.Validations)
            {
                validations.Append(Validation(rule));
            }

            validations.Count = (uint)spec.Validations.Count;
            worksheet.Append(validations);
        }

        return worksheet;
    }

    private static DataValidation Validation(CellValidation rule)
    {
        var validation = new DataValidation
        {
            SequenceOfReferences = new ListValue<StringValue> { InnerText = rule.Range },
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = "Giá trị không hợp lệ",
            Error = rule.Message ?? "Giá trị không hợp lệ.",
        };
        switch (rule.Kind)
        {
            case ValidationKind.List:
                validation.Type = DataValidationValues.List;
                validation.Append(new Formula1($"\"{string.Join(',', rule.Choices ?? [])}\""));
                break;
            case ValidationKind.TextLength:
                validation.Type = DataValidationValues.TextLength;
                validation.Operator = DataValidationOperatorValues.LessThanOrEqual;
                validation.Append(new Formula1(rule.Maximum ?? "2000"));
                break;
            default:
                validation.Type = rule.Kind == ValidationKind.WholeNumber ? DataValidationValues.Whole : DataValidationValues.Decimal;
                validation.Operator = DataValidationOperatorValues.Between;
                validation.Append(new Formula1(rule.Minimum ?? "-1E+15"));
                validation.Append(new Formula2(rule.Maximum ?? "1E+15"));
                break;
        }

        return validation;
    }

    private static Cell Cell(string reference, object value) => value switch
    {
        string text => TextCell(reference, text, text.Contains('\n', StringComparison.Ordinal) ? WrapStyle : 0),
        DateOnly date => new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) },
        int or long or decimal or double => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
        bool flag => TextCell(reference, flag ? "Có" : "Không", 0),
        _ => TextCell(reference, value.ToString() ?? "", 0),
    };

    private static Cell TextCell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style == 0 ? null : style,
    };

    /// <summary>Excel refuses control characters other than tab and line breaks, and cells over 32,767 characters.</summary>
    private static string Clean(string text)
    {
        var clean = new string(text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray());
        return clean.Length > 32_767 ? clean[..32_767] : clean;
    }

    public static string Reference(int columnIndex, uint row) => ColumnName(columnIndex) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int columnIndex)
    {
        var name = "";
        for (var n = columnIndex + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Times New Roman" }))
        { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat { FontId = 2, ApplyFont = true })
        { Count = 5 });
}
