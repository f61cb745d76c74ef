using System.IO.Compression;
using DanVan.Web.Infrastructure.Errors;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// An uploaded file (evidence of progress, an inspected unit's documents) that has been checked: a photo (JPEG, PNG), a PDF or a Word file, recognised by
/// its content and not only its name, at most <see cref="MaxBytes"/>.
/// </summary>
public sealed record EvidenceUpload(string FileName, EvidenceKind Kind, byte[] Content)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly string Accept = ".jpg,.jpeg,.png,.pdf,.docx,.doc";

    private static readonly EvidenceKind[] Kinds =
    [
        new("ảnh JPEG", "image/jpeg", [".jpg", ".jpeg"], [0xFF, 0xD8, 0xFF]),
        new("ảnh PNG", "image/png", [".png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        new("PDF", "application/pdf", [".pdf"], "%PDF-"u8.ToArray()),
        new("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], [0x50, 0x4B, 0x03, 0x04]),
        new("Word 97–2003", "application/msword", [".doc"], [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
    ];

    /// <summary>Checks name, size and content; the message names the file and what is wrong with it.</summary>
    public static async Task<EvidenceUpload> ReadAsync(string fileName, long length, Stream content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length is 0 or > 255)
        {
            name = "tep-dinh-kem" + Path.GetExtension(name);
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        var kind = Kinds.FirstOrDefault(k => k.Extensions.Contains(extension))
            ?? throw new BusinessRuleException($"Tệp “{name}”: chỉ nhận ảnh (.jpg, .png), PDF hoặc Word (.docx, .doc).");
        if (length == 0)
        {
            throw new BusinessRuleException($"Tệp “{name}” rỗng.");
        }

        if (length > MaxBytes)
        {
            throw new BusinessRuleException($"Tệp “{name}” lớn quá {MaxBytes / 1024 / 1024} MB.");
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (bytes.Length > MaxBytes || !bytes.AsSpan().StartsWith(kind.Signature) || (extension == ".docx" && !IsWordPackage(bytes)))
        {
            throw new BusinessRuleException($"Tệp “{name}” không phải {kind.Name} như tên tệp cho biết, hoặc đã hỏng.");
        }

        return new EvidenceUpload(name, kind, bytes);
    }

    private static bool IsWordPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}

public sealed record EvidenceKind(string Name, string ContentType, string[] Extensions, byte[] Signature);
