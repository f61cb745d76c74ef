using System.Text;
using DanVan.Documents.Official;
using DanVan.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Tests.Documents;

/// <summary>The official report document: valid Office Open XML, the layout facts of the rules, and what LibreOffice reads from it.</summary>
public sealed class OfficialDocxTests
{
    public static OfficialReport Sample(OfficialFormat format) => new()
    {
        Format = format,
        SuperiorBody = "Đảng bộ tỉnh Tuyên Quang",
        IssuingBody = format == OfficialFormat.Party ? "Đảng ủy xã Thượng Lâm" : "Ủy ban nhân dân xã Thượng Lâm",
        Number = format == OfficialFormat.Party ? "15-BC/ĐU" : "15/BC-UBND",
        Place = "Thượng Lâm",
        Date = new DateOnly(2026, 6, 25),
        Summary = "Kết quả thực hiện Kết luận số 236-KL/TW\n6 tháng đầu năm 2026",
        Body =
        [
            new BodyHeading(1, "I. KẾT QUẢ THỰC HIỆN"),
            new BodyHeading(2, "1. Công tác tuyên truyền, quán triệt"),
            new BodyParagraph("Hội Nông dân xã: tổ chức 4 buổi tuyên truyền tại các thôn với 320 lượt người tham gia."),
            new BodyTable(["Chỉ tiêu", "Đơn vị tính", "Kết quả"], [["Dân số", "người", "1.250"], ["Tỷ lệ bao phủ bảo hiểm y tế", "%", "94,4"]], "Số liệu tổng hợp từ 12/14 báo cáo."),
            new BodyHeading(1, "II. HẠN CHẾ, NGUYÊN NHÂN"),
            new BodyParagraph("Một số thôn vùng cao đi lại khó khăn."),
        ],
        SignatureAuthority = format == OfficialFormat.Party ? "T/M Đảng ủy" : "T/M Ủy ban nhân dân",
        SignerPosition = format == OfficialFormat.Party ? "Bí thư" : "Chủ tịch",
        SignerName = "Nguyễn Văn An",
        Recipients = ["Ban Thường vụ Tỉnh ủy (để báo cáo)", "Lưu Văn phòng Đảng ủy"],
    };

    [Theory]
    [InlineData(OfficialFormat.Party, 1984, "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 15-BC/ĐU")]
    [InlineData(OfficialFormat.State, 1701, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 15/BC-UBND")]
    public async Task A_report_is_valid_laid_out_by_the_rules_and_reads_the_same_in_LibreOffice(OfficialFormat format, int leftMargin, string header, string number)
    {
        var bytes = OfficialDocxWriter.Write(Sample(format));
        using (var document = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var problems = new OpenXmlValidator().Validate(document).Select(e => $"{e.Description} at {e.Path?.XPath}").Distinct().ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
            var section = document.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
            var size = section.GetFirstChild<PageSize>()!;
            Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value)); // A4
            Assert.Equal((uint)leftMargin, section.GetFirstChild<PageMargin>()!.Left!.Value);
            Assert.NotNull(section.GetFirstChild<TitlePage>()); // page numbers from page 2
            var runs = document.MainDocumentPart.Document.Descendants<Run>().ToList();
            Assert.All(runs.Select(r => r.RunProperties?.RunFonts?.Ascii?.Value), f => Assert.Equal("Times New Roman", f));
            var headerRun = runs.First(r => r.InnerText == header);
            Assert.NotNull(headerRun.RunProperties!.Bold);
            var date = runs.Single(r => r.InnerText == "Thượng Lâm, ngày 25 tháng 06 năm 2026");
            Assert.NotNull(date.RunProperties!.Italic);
            Assert.Equal("28", date.RunProperties.FontSize!.Val!.Value); // 14 pt
        }

        var text = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(bytes, "docx", "txt:Text"));
        foreach (var expected in new[] { header, number, "BÁO CÁO", "Kết quả thực hiện Kết luận số 236-KL/TW", "I. KẾT QUẢ THỰC HIỆN", "94,4", "Nơi nhận:", "- Lưu Văn phòng Đảng ủy.", "Nguyễn Văn An" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var pdf = await LibreOffice.ConvertAsync(bytes, "docx", "pdf");
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
    }
}
