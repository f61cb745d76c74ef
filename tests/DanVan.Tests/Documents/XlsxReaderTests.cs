using DanVan.Documents;
using DanVan.Documents.Spreadsheets;

namespace DanVan.Tests.Documents;

public sealed class XlsxReaderTests
{
    [Fact]
    public void Reads_back_text_numbers_and_positions_of_a_written_workbook()
    {
        var sheet = new SheetSpec("Chỉ tiêu").Column("Mã").Column("Giá trị");
        sheet.Preamble.Add("Tiêu đề");
        sheet.Row("DAN_SO", 1250.5m).Row("GHI_CHU", "1.234");
        var book = XlsxReader.Read(XlsxWriter.Write(sheet));
        var cells = book.Sheet("chỉ tiêu")!;
        Assert.Equal(4, cells.LastRow);
        Assert.Equal("Tiêu đề", cells[1, 1]!.Text);
        Assert.Equal(1250.5m, cells[3, 2]!.Number);
        Assert.Equal(("1.234", (decimal?)null), (cells[4, 2]!.Text, cells[4, 2]!.Number));
        Assert.Null(cells[9, 9]);
    }

    [Theory]
    [InlineData(new byte[0], DocumentProblem.Empty)]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, DocumentProblem.UnsupportedFormat)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, DocumentProblem.UnsupportedFormat)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3 }, DocumentProblem.CorruptSpreadsheet)]
    public void Refuses_what_is_not_a_readable_xlsx_with_a_problem_and_a_message(byte[] bytes, DocumentProblem problem)
    {
        var e = Assert.Throws<DocumentException>(() => XlsxReader.Read(bytes));
        Assert.Equal(problem, e.Problem);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void Refuses_a_truncated_workbook_and_one_too_large()
    {
        var whole = XlsxWriter.Write(new SheetSpec("A").Column("X").Row("y"));
        Assert.Equal(DocumentProblem.CorruptSpreadsheet, Assert.Throws<DocumentException>(() => XlsxReader.Read(whole[..(whole.Length / 2)])).Problem);
        var large = new byte[XlsxReader.MaxBytes + 1];
        large[0] = 0x50;
        Assert.Equal(DocumentProblem.TooLarge, Assert.Throws<DocumentException>(() => XlsxReader.Read(large)).Problem);
    }
}
