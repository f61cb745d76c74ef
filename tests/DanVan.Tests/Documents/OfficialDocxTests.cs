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
        SuperiorBody = format == OfficialFormat.Party ? "Đảng bộ tỉnh Tuyên Quang" : null,
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

    /// <summary>
    /// LibreOffice lays the header out as the samples do: every line whole at the official sizes, a State body broken
    /// before its area and nowhere else; the page is saved as an image (screens/) to be looked at.
    /// </summary>
    [Theory]
    [InlineData(OfficialFormat.Party, "Đảng ủy xã Thượng Lâm", new[] { "ĐẢNG BỘ TỈNH TUYÊN QUANG", "ĐẢNG ỦY XÃ THƯỢNG LÂM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 15-BC/ĐU", "Thượng Lâm, ngày 25 tháng 06 năm 2026" })]
    [InlineData(OfficialFormat.Party, "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh", new[] { "ĐẢNG BỘ TỈNH TUYÊN QUANG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 15-BC/ĐU" })]
    [InlineData(OfficialFormat.State, "Ủy ban nhân dân xã Thượng Lâm", new[] { "ỦY BAN NHÂN DÂN", "XÃ THƯỢNG LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 15/BC-UBND", "Thượng Lâm, ngày 25 tháng 06 năm 2026" })]
    [InlineData(OfficialFormat.State, "Hội đồng nhân dân tỉnh Tuyên Quang", new[] { "HỘI ĐỒNG NHÂN DÂN", "TỈNH TUYÊN QUANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc" })]
    public async Task The_header_lines_stay_whole_when_LibreOffice_lays_the_page_out(OfficialFormat format, string issuer, string[] wholeLines)
    {
        var report = Sample(format) with { IssuingBody = issuer };
        var pdf = await LibreOffice.ConvertAsync(OfficialDocxWriter.Write(report), "docx", "pdf");
        var lines = PdfPages.Lines(pdf);
        foreach (var line in wholeLines)
        {
            Assert.True(lines.Contains(line), $"'{line}' is not one whole line; the page's first lines: {string.Join(" | ", lines.Take(10))}");
        }

        // A long name is broken once, into two lines that are each whole.
        if (issuer.StartsWith("Ban Thường vụ", StringComparison.Ordinal))
        {
            var name = issuer.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
            var parts = lines.Where(l => name.Contains(l, StringComparison.Ordinal) && l.Length > 3).ToList();
            Assert.Equal(name, string.Join(' ', parts));
            Assert.Equal(2, parts.Count);
        }

        await PdfPages.SaveImageAsync(pdf, $"official-{format.ToString().ToLowerInvariant()}-{issuer.Length}");
    }
}
