using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DanVan.Documents.Reading;

/// <summary>
/// Reads the text of a .docx: body paragraphs in order with their Word list numbering rendered ("1.", "a)",
/// "-"), table cells one per line, and footnotes appended as "¹ …" lines. Guarded against zip bombs (entry
/// count and uncompressed size are capped while reading, not trusted from headers), XML entity tricks (DTDs
/// refused) and encrypted files (an OLE container, not a zip).
/// </summary>
public static class DocxReader
{
    private const long MaxUncompressedBytes = 50 * 1024 * 1024;
    private const int MaxEntries = 2000;
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Read(byte[] bytes)
    {
        if (bytes.Length >= 8 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            throw new DocumentException(DocumentProblem.PasswordProtected,
                "Tệp .docx được đặt mật khẩu (hoặc là tệp .doc cũ). Hãy bỏ mật khẩu, lưu lại thành .docx rồi tải lên.");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw Corrupt("tệp có quá nhiều thành phần");
            }

            var budget = new long[] { MaxUncompressedBytes };
            var document = Load(zip, "word/document.xml", budget) ?? throw Corrupt("thiếu phần nội dung word/document.xml");
            var numbering = new WordNumbering(Load(zip, "word/numbering.xml", budget));
            var footnotes = Load(zip, "word/footnotes.xml", budget);
            var output = new StringBuilder();
            var body = document.DocumentElement?["body", W];
            if (body is not null)
            {
                WriteBlocks(body, numbering, output);
            }

            WriteFootnotes(footnotes, output);
            return output.ToString();
        }
        catch (InvalidDataException)
        {
            throw Corrupt("tệp không phải tệp nén .docx hợp lệ");
        }
        catch (XmlException)
        {
            throw Corrupt("nội dung XML bị lỗi");
        }
        catch (IOException)
        {
            throw Corrupt("không đọc được tệp nén");
        }
    }

    private static DocumentException Corrupt(string why) =>
        new(DocumentProblem.CorruptDocx, $"Tệp .docx bị hỏng hoặc không đúng định dạng ({why}). Hãy mở bằng Word hoặc LibreOffice, lưu lại rồi tải lên.");

    private static XmlDocument? Load(ZipArchive zip, string name, long[] budget)
    {
        var entry = zip.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        using var raw = entry.Open();
        using var capped = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = raw.Read(buffer, 0, buffer.Length)) > 0)
        {
            budget[0] -= read;
            if (budget[0] < 0)
            {
                throw new DocumentException(DocumentProblem.TooLarge, "Tệp .docx giải nén ra quá lớn (có thể là tệp độc hại). Hãy kiểm tra lại tệp.");
            }

            capped.Write(buffer, 0, read);
        }

        capped.Position = 0;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(capped, settings);
        var xml = new XmlDocument { XmlResolver = null };
        xml.Load(reader);
        return xml;
    }

    private static void WriteBlocks(XmlNode container, WordNumbering numbering, StringBuilder output)
    {
        foreach (XmlNode node in container.ChildNodes)
        {
            if (node.NamespaceURI != W)
            {
                continue;
            }

            switch (node.LocalName)
            {
                case "p":
                    output.Append(numbering.LabelFor(node)).Append(ParagraphText(node)).Append('\n');
                    break;
                case "tbl":
                    foreach (XmlNode row in node.SelectNodes("*[local-name()='tr']")!)
                    {
                        foreach (XmlNode cell in row.SelectNodes("*[local-name()='tc']")!)
                        {
                            WriteBlocks(cell, numbering, output);
                        }
                    }

                    output.Append('\n');
                    break;
                case "sdt":
                    if (node["sdtContent", W] is { } content)
                    {
                        WriteBlocks(content, numbering, output);
                    }

                    break;
            }
        }
    }

    private static string ParagraphText(XmlNode paragraph)
    {
        var text = new StringBuilder();
        foreach (XmlNode node in paragraph.SelectNodes(".//*")!)
        {
            if (node.NamespaceURI != W)
            {
                continue;
            }

            switch (node.LocalName)
            {
                case "t":
                    text.Append(node.InnerText);
                    break;
                case "tab":
                    text.Append(' ');
                    break;
                case "br" or "cr":
                    text.Append('\n');
                    break;
                case "footnoteReference":
                    text.Append(Superscript(node.Attributes?["id", W]?.Value));
                    break;
            }
        }

        return text.ToString();
    }

    private static void WriteFootnotes(XmlDocument? footnotes, StringBuilder output)
    {
        if (footnotes?.DocumentElement is null)
        {
            return;
        }

        foreach (XmlNode note in footnotes.DocumentElement.ChildNodes)
        {
            var id = note.Attributes?["id", W]?.Value;
            if (note.LocalName != "footnote" || id is null || !int.TryParse(id, out var n) || n <= 0)
            {
                continue;
            }

            var text = string.Join(' ', note.SelectNodes("*[local-name()='p']")!.Cast<XmlNode>().Select(ParagraphText)).Trim();
            output.Append('\n').Append(Superscript(id)).Append(' ').Append(text).Append('\n');
        }
    }

    private static string Superscript(string? digits) =>
        digits is null ? "" : string.Concat(digits.Where(char.IsAsciiDigit).Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0']));
}
