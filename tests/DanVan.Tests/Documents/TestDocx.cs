using System.IO.Compression;
using System.Security;
using System.Text;

namespace DanVan.Tests.Documents;

/// <summary>Builds small .docx files the way Word stores them: list numbering in numbering.xml, footnotes in footnotes.xml.</summary>
public static class TestDocx
{
    private const string Ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /// <summary>Each paragraph is (list level or -1 for none, text); list levels 0/1/2 are upperRoman "I.", decimal "1.", bullet.</summary>
    public static byte[] Build(IEnumerable<(int Level, string Text)> paragraphs, string? footnote = null, IEnumerable<string[]>? tableRows = null)
    {
        var body = new StringBuilder();
        foreach (var (level, text) in paragraphs)
        {
            var numbering = level < 0 ? "" : $"<w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>";
            var reference = footnote is not null && text.Contains("[fn]", StringComparison.Ordinal)
                ? "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" : "";
            body.Append($"<w:p>{numbering}<w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(text.Replace("[fn]", "", StringComparison.Ordinal))}</w:t></w:r>{reference}</w:p>");
        }

        if (tableRows is not null)
        {
            body.Append("<w:tbl>");
            foreach (var row in tableRows)
            {
                body.Append("<w:tr>");
                foreach (var cell in row)
                {
                    body.Append($"<w:tc><w:p><w:r><w:t>{SecurityElement.Escape(cell)}</w:t></w:r></w:p></w:tc>");
                }

                body.Append("</w:tr>");
            }

            body.Append("</w:tbl>");
        }

        var files = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
            ["word/document.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {Ns}><w:body>{body}</w:body></w:document>",
            ["word/numbering.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering {Ns}><w:abstractNum w:abstractNumId=\"0\">" +
                "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>" +
                "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>" +
                "<w:lvl w:ilvl=\"2\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/></w:lvl>" +
                "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>",
        };
        if (footnote is not null)
        {
            files["word/footnotes.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes {Ns}><w:footnote w:id=\"0\"><w:p/></w:footnote>" +
                $"<w:footnote w:id=\"1\"><w:p><w:r><w:t>{SecurityElement.Escape(footnote)}</w:t></w:r></w:p></w:footnote></w:footnotes>";
        }

        return Zip(files);
    }

    public static byte[] Zip(IReadOnlyDictionary<string, string> files)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }
}
