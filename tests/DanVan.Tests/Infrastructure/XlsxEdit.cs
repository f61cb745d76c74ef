using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Tests.Infrastructure;

/// <summary>Fills cells of a downloaded workbook the way a person does in Excel: text, or a number.</summary>
public static class XlsxEdit
{
    public static byte[] Set(byte[] bytes, string sheetName, params (string Reference, object? Value)[] cells)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var data = worksheet.GetFirstChild<SheetData>()!;
            foreach (var (reference, value) in cells)
            {
                var rowIndex = uint.Parse(new string(reference.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
                var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowIndex) ?? data.AppendChild(new Row { RowIndex = rowIndex });
                var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
                if (cell is null)
                {
                    var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(c.CellReference!.Value!, reference) < 0 && c.CellReference.Value!.Length <= reference.Length);
                    cell = new Cell { CellReference = reference };
                    row.InsertAfter(cell, after);
                }

                cell.RemoveAllChildren();
                cell.DataType = null;
                switch (value)
                {
                    case null:
                        break;
                    case string text:
                        cell.DataType = CellValues.InlineString;
                        cell.InlineString = new InlineString(new Text(text));
                        break;
                    default:
                        cell.CellValue = new CellValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }

            worksheet.Save();
        }

        return stream.ToArray();
    }
}
