using System.IO.Compression;
using DanVan.Documents;
using DanVan.Documents.Plans;

namespace DanVan.Tests.Documents;

public sealed class DocxTests
{
    private static readonly (int, string)[] Plan =
    [
        (-1, "ĐẢNG BỘ TỈNH TUYÊN QUANG"), (-1, "ĐẢNG ỦY XÃ THƯỢNG LÂM"), (-1, "*"), (-1, "Số 12-KH/ĐU"),
        (-1, "Thượng Lâm, ngày 05 tháng 5 năm 2026"), (-1, "KẾ HOẠCH"), (-1, "về đối thoại với Nhân dân năm 2026"),
        (0, "MỤC ĐÍCH, YÊU CẦU"), (-1, "Thực hiện Kết luận số 236-KL/TW[fn]."),
        (0, "NHIỆM VỤ, GIẢI PHÁP"), (1, "Tổ chức đối thoại"), (2, "Mỗi thôn ít nhất 01 cuộc."), (1, "Giải quyết kiến nghị"),
        (0, "TỔ CHỨC THỰC HIỆN"), (1, "Ủy ban nhân dân xã chủ trì tổ chức đối thoại; báo cáo kết quả hằng năm."),
    ];

    [Fact]
    public void Word_list_numbering_footnotes_and_tables_become_the_plan_structure()
    {
        var bytes = TestDocx.Build(Plan, footnote: "Kết luận số 236-KL/TW ngày 15/01/2026 của Ban Bí thư.", tableRows: [["Thôn", "Số cuộc"], ["Nà Thôm", "2"]]);
        var text = DocumentReader.ReadText("ke-hoach.docx", bytes);
        Assert.Contains("I. MỤC ĐÍCH, YÊU CẦU", text, StringComparison.Ordinal);
        Assert.Contains("II. NHIỆM VỤ, GIẢI PHÁP", text, StringComparison.Ordinal);
        Assert.Contains("- Mỗi thôn ít nhất 01 cuộc.", text, StringComparison.Ordinal);
        Assert.Contains("Nà Thôm", text, StringComparison.Ordinal);

        var plan = PlanParser.Parse(text);
        Assert.Equal("12-KH/ĐU", plan.Number);
        Assert.Equal(new DateOnly(2026, 5, 5), plan.Date);
        Assert.Equal(["I", "II", "III"], plan.Sections.Select(s => s.Label));
        Assert.Equal(["II.1", "II.2"], plan.Tasks.Select(t => t.Id));
        Assert.Equal(["Mỗi thôn ít nhất 01 cuộc."], plan.Tasks[0].Bullets);
        Assert.Equal("III.1", plan.Assignments.Single().Section);
        Assert.Equal("Ủy ban nhân dân xã", plan.Assignments.Single().Unit);
        Assert.Equal("Kết luận số 236-KL/TW ngày 15/01/2026 của Ban Bí thư.", Assert.Single(plan.Footnotes));
        var citation = Assert.Single(plan.Citations);
        Assert.Equal(("236-KL/TW", new DateOnly(2026, 1, 15), "Ban Bí thư"), (citation.Number, citation.Date, citation.Issuer));
    }

    [Fact]
    public void Corrupt_encrypted_and_bomb_docx_are_refused_with_their_reason()
    {
        Assert.Equal(DocumentProblem.CorruptDocx, Problem(() => DocumentReader.ReadText("a.docx", "not a zip at all"u8.ToArray())));
        Assert.Equal(DocumentProblem.CorruptDocx, Problem(() => DocumentReader.ReadText("a.docx", TestDocx.Zip(new Dictionary<string, string> { ["x.txt"] = "x" }))));
        Assert.Equal(DocumentProblem.CorruptDocx, Problem(() => DocumentReader.ReadText("a.docx", TestDocx.Zip(new Dictionary<string, string> { ["word/document.xml"] = "<w:document><unclosed" }))));
        Assert.Equal(DocumentProblem.CorruptDocx, Problem(() => DocumentReader.ReadText("a.docx", TestDocx.Zip(new Dictionary<string, string>
        {
            ["word/document.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><x>&b;</x>",
        }))));

        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        Assert.Equal(DocumentProblem.PasswordProtected, Problem(() => DocumentReader.ReadText("mat-khau.docx", ole)));

        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 60; i++)
            {
                entry.Write(zeros);
            }
        }

        Assert.True(bomb.Length < 1024 * 1024);
        Assert.Equal(DocumentProblem.TooLarge, Problem(() => DocumentReader.ReadText("bom.docx", bomb.ToArray())));
    }

    private static DocumentProblem Problem(Action action) => Assert.Throws<DocumentException>(action).Problem;
}
