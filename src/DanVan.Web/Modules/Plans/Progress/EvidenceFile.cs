using DanVan.Web.Infrastructure.Web;
using System.Security.Cryptography;

namespace DanVan.Web.Modules.Plans.Progress;

/// <summary>A photo, PDF or Word file attached to a progress update, kept as uploaded.</summary>
public sealed class EvidenceFile
{
    private EvidenceFile()
    {
    }

    internal EvidenceFile(TaskProgress progress, EvidenceUpload upload)
    {
        ProgressId = progress.Id;
        FileName = Infrastructure.Text.InputText.FileName(upload.FileName);
        ContentType = upload.Kind.ContentType;
        Content = upload.Content;
        Size = upload.Content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ProgressId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    public byte[] Content { get; private set; } = [];
}
