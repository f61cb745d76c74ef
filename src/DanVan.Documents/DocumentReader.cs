using DanVan.Documents.Reading;

namespace DanVan.Documents;

/// <summary>Reads an uploaded file into text by its extension: .txt (UTF-8, UTF-16) or .docx.</summary>
public static class DocumentReader
{
    /// <summary>The largest file accepted (a plan is tens of kilobytes; a .docx with pictures a few megabytes).</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static string ReadText(string fileName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxFileBytes)
        {
            throw new DocumentException(DocumentProblem.TooLarge, $"Tệp quá lớn ({bytes.Length / 1024 / 1024} MB). Giới hạn là {MaxFileBytes / 1024 / 1024} MB.");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".txt" or ".md" => TextDecoder.Decode(bytes),
            ".docx" => DocxReader.Read(bytes.ToArray()),
            ".doc" => throw new DocumentException(DocumentProblem.UnsupportedFormat, "Tệp .doc (Word 97–2003) chưa được hỗ trợ. Hãy mở bằng Word hoặc LibreOffice và lưu thành .docx."),
            ".pdf" => throw new DocumentException(DocumentProblem.UnsupportedFormat, "Tệp PDF chưa được hỗ trợ. Hãy tải lên bản .docx hoặc .txt của văn bản."),
            _ => throw new DocumentException(DocumentProblem.UnsupportedFormat, "Chỉ nhận tệp .txt hoặc .docx."),
        };
    }
}
