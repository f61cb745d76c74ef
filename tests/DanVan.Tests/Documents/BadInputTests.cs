using System.Text;
using DanVan.Documents;
using DanVan.Documents.Plans;

namespace DanVan.Tests.Documents;

/// <summary>What an officer might upload by mistake: each gets a clear Vietnamese message, never a crash.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Empty_blank_binary_and_unsupported_files()
    {
        Assert.Equal(DocumentProblem.Empty, Problem("a.txt", []));
        Assert.Equal(DocumentProblem.Empty, Problem("a.txt", Encoding.UTF8.GetBytes(" \n\n\t ")));
        Assert.Equal(DocumentProblem.Binary, Problem("a.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48]));
        Assert.Equal(DocumentProblem.UnsupportedFormat, Problem("a.pdf", "%PDF-1.7"u8.ToArray()));
        Assert.Equal(DocumentProblem.UnsupportedFormat, Problem("a.doc", [0xD0, 0xCF]));
        Assert.Equal(DocumentProblem.UnsupportedFormat, Problem("a.exe", [0x4D, 0x5A]));
        Assert.Equal(DocumentProblem.TooLarge, Problem("a.txt", new byte[DocumentReader.MaxFileBytes + 1]));
    }

    [Fact]
    public void Utf16_with_and_without_byte_order_mark_is_read()
    {
        const string text = "KẾ HOẠCH\nvề dân vận\n\nI. MỤC ĐÍCH\nĐoàn kết.\n";
        Assert.Equal(text, DocumentReader.ReadText("a.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray()));
        Assert.Equal(text, DocumentReader.ReadText("a.txt", Encoding.Unicode.GetBytes(text)));
        Assert.Equal(text, DocumentReader.ReadText("a.txt", Encoding.BigEndianUnicode.GetBytes(text)));
        Assert.Equal(text, DocumentReader.ReadText("a.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray()));
    }

    [Fact]
    public void Legacy_Vietnamese_encodings_are_named()
    {
        // "Kế hoạch dân vận" in TCVN3 (ABC): whole letters in single high bytes.
        byte[] tcvn3 = [.. "K"u8, 0xD5, .. " ho"u8, 0xA1, .. "ch d"u8, 0xA9, .. "n v"u8, 0xA9, .. "n c"u8, 0xF4, .. "ng t"u8, 0xA8, .. "c"u8];
        var e = Assert.Throws<DocumentException>(() => DocumentReader.ReadText("tcvn3.txt", tcvn3));
        Assert.Equal(DocumentProblem.LegacyEncoding, e.Problem);
        Assert.Contains("TCVN3", e.Message, StringComparison.Ordinal);

        // "Kế hoạch dân vận" in VNI: a base vowel followed by its mark bytes.
        byte[] vni = [.. "Ke"u8, 0xE1, .. " hoa"u8, 0xEF, .. "ch da"u8, 0xE2, .. "n va"u8, 0xE4, .. "n co"u8, 0xE2, .. "ng ta"u8, 0xE1, .. "c"u8];
        e = Assert.Throws<DocumentException>(() => DocumentReader.ReadText("vni.txt", vni));
        Assert.Equal(DocumentProblem.LegacyEncoding, e.Problem);
        Assert.Contains("VNI", e.Message, StringComparison.Ordinal);

        // "Kế hoạch dân vận công tác" in Windows-1258 (Notepad's "ANSI" on a Vietnamese Windows): shaped letters in one
        // byte, tones as combining bytes after them. Read, in Unicode's composed form.
        byte[] cp1258 = [.. "K"u8, 0xEA, 0xEC, .. " hoa"u8, 0xF2, .. "ch d"u8, 0xE2, .. "n v"u8, 0xE2, 0xF2, .. "n c"u8, 0xF4, .. "ng ta"u8, 0xEC, .. "c"u8];
        Assert.Equal("Kế hoạch dân vận công tác", DocumentReader.ReadText("windows-1258.txt", cp1258));
    }

    [Fact]
    public void Text_that_is_not_a_plan_is_refused()
    {
        var e = Assert.Throws<DocumentException>(() => PlanParser.Parse("Kính gửi anh chị,\nHẹn gặp lúc 8 giờ ngày 3/2 tại hội trường xã.\n"));
        Assert.Equal(DocumentProblem.NotAPlan, e.Problem);
        Assert.Contains("tên loại văn bản", e.Message, StringComparison.Ordinal);
    }

    private static DocumentProblem Problem(string name, byte[] bytes) =>
        Assert.Throws<DocumentException>(() => PlanParser.Parse(DocumentReader.ReadText(name, bytes))).Problem;
}
