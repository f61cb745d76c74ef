using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Documents.Spreadsheets;

/// <summary>
/// Reads the cells of an .xlsx workbook (text, numbers, yes/no, cached formula results) sheet by sheet, within
/// limits on file size, part size and cell count. Anything unreadable becomes a <see cref="DocumentException"/>
/// with a Vietnamese message.
/// </summary>
public static class XlsxReader
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxCells = 100_000;
    private const long MaxCharactersInPart = 20_000_000;

    public static SheetBook Read(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentException(DocumentProblem.Empty, "Tệp rỗng.");
        }

        if (bytes.Length > MaxBytes)
        {
            throw new DocumentException(DocumentProblem.TooLarge, $"Tệp lớn quá {MaxBytes / 1024 / 1024} MB.");
        }

        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            throw new DocumentException(DocumentProblem.UnsupportedFormat, "Tệp là bảng tính Excel cũ (.xls) hoặc có đặt mật khẩu: hãy lưu lại dạng .xlsx, không đặt mật khẩu.");
        }

        if (bytes is not [0x50, 0x4B, 0x03, 0x04, ..])
        {
            throw new DocumentException(DocumentProblem.UnsupportedFormat, "Tệp không phải là bảng tính Excel (.xlsx).");
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbookPart = document.WorkbookPart ?? throw Corrupt("thiếu phần workbook");
            var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var sheets = new List<SheetCells>();
            var count = 0;
            foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var cells = new Dictionary<(int Row, int Column), SheetCell>();
                foreach (var cell in part.Worksheet.Descendants<Cell>())
                {
                    if (++count > MaxCells)
                    {
                        throw new DocumentException(DocumentProblem.TooLarge, $"Tệp có quá {MaxCells:N0} ô dữ liệu.".Replace(',', '.'));
                    }

                    if (cell.CellReference?.Value is { } reference && Position(reference) is { } at && Value(cell, shared) is { } value)
                    {
                        cells[at] = value;
                    }
                }

                sheets.Add(new SheetCells(sheet.Name?.Value ?? "", cells));
            }

            return new SheetBook(sheets);
        }
        catch (DocumentException)
        {
            throw;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw Corrupt("không mở được");
        }
    }

    private static SheetCell? Value(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Length ? Text(shared[index]) : null;
        }

        if (type == CellValues.InlineString)
        {
            return Text(cell.InlineString?.InnerText);
        }

        if (type == CellValues.Boolean)
        {
            return raw is null ? null : new SheetCell(raw == "1" ? "TRUE" : "FALSE", raw == "1" ? 1 : 0);
        }

        if (type == CellValues.String || type == CellValues.Error)
        {
            return Text(raw);
        }

        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new SheetCell(number.ToString(CultureInfo.InvariantCulture), number)
            : Text(raw);
    }

    private static SheetCell? Text(string? text) => string.IsNullOrEmpty(text) ? null : new SheetCell(text, null);

    private static (int Row, int Column)? Position(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return column > 0 && column <= 16_384 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0
            ? (row, column)
            : null;
    }

    private static DocumentException Corrupt(string why) =>
        new(DocumentProblem.CorruptSpreadsheet, $"Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx ({why}). Hãy mở bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi tải lên.");
}

/// <summary>A cell as read: its text and, for a numeric cell, the number (so "1.234" typed as text and 1.234 as a number stay apart).</summary>
public sealed record SheetCell(string Text, decimal? Number);

public sealed class SheetCells(string name, IReadOnlyDictionary<(int Row, int Column), SheetCell> cells)
{
    public string Name { get; } = name;

    public int LastRow { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Row);

    /// <summary>The cell at a 1-based row and column, or null when empty.</summary>
    public SheetCell? this[int row, int column] => cells.GetValueOrDefault((row, column));
}

public sealed class SheetBook(IReadOnlyList<SheetCells> sheets)
{
    public IReadOnlyList<SheetCells> Sheets { get; } = sheets;

    public SheetCells? Sheet(string name) => Sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
