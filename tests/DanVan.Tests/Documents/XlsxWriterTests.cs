using DanVan.Documents.Spreadsheets;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Tests.Documents;

public sealed class XlsxWriterTests
{
    [Fact]
    public void A_sheet_keeps_its_text_numbers_dates_and_validations()
    {
        var sheet = new SheetSpec("Nhiệm vụ của đơn vị có tên rất dài quá ba mươi mốt ký tự").Column("Nhiệm vụ", 40).Column("Hạn", 12).Column("Số", 8);
        sheet.Preamble.Add("Bảng theo dõi nhiệm vụ");
        sheet.Row("Dòng một\nDòng hai\u0001", new DateOnly(2026, 6, 14), 12.5m).Row(null, null, 3);
        sheet.Validations.Add(new CellValidation("C3:C4", ValidationKind.Decimal, "0", "100", Message: "Từ 0 đến 100."));
        sheet.Validations.Add(new CellValidation("D3:D4", ValidationKind.List, Choices: ["Có", "Không"]));

        using var document = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(sheet)), false);
        var workbook = document.WorkbookPart!;
        Assert.Equal("Nhiệm vụ của đơn vị có tên rất ", workbook.Workbook.Descendants<Sheet>().Single().Name!.Value);
        var worksheet = workbook.WorksheetParts.Single().Worksheet;
        var cells = worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("Bảng theo dõi nhiệm vụ", cells["A1"].InnerText);
        Assert.Equal("Nhiệm vụ", cells["A2"].InnerText);
        Assert.Equal("Dòng một\nDòng hai", cells["A3"].InnerText);
        Assert.Equal(new DateTime(2026, 6, 14).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), cells["B3"].CellValue!.Text);
        Assert.Equal("dd/mm/yyyy", workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == 164u).FormatCode!.Value);
        Assert.Equal("12.5", cells["C3"].CellValue!.Text);
        Assert.False(cells.ContainsKey("A4"));
        Assert.Equal("3", cells["C4"].CellValue!.Text);
        var validations = worksheet.Descendants<DataValidation>().ToList();
        Assert.Equal(2, validations.Count);
        Assert.Equal("\"Có,Không\"", validations[1].Formula1!.Text);
        Assert.Equal(("0", "100"), (validations[0].Formula1!.Text, validations[0].Formula2!.Text));
    }
}
