using System.Security.Cryptography;

namespace DanVan.Web.Modules.Plans;

/// <summary>
/// The file a plan was imported from, or a document entered in the registry from, kept as uploaded, with the text
/// DanVan read from it. It belongs to one of the two.
/// </summary>
public sealed class SourceFile
{
    private SourceFile()
    {
    }

    public SourceFile(Plan plan, string fileName, byte[] content, string text, DateTime utcNow)
        : this(fileName, content, text, utcNow) => PlanId = plan.Id;

    /// <summary>The file of a document entered in the registry (a decision, a regulation … that holds no tasks).</summary>
    public SourceFile(OfficialDocument document, string fileName, byte[] content, string text, DateTime utcNow)
        : this(fileName, content, text, utcNow) => DocumentId = document.Id;

    private SourceFile(string fileName, byte[] content, string text, DateTime utcNow)
    {
        FileName = Infrastructure.Text.InputText.FileName(fileName);
        ContentType = Path.GetExtension(FileName).ToLowerInvariant() == ".docx"
            ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            : "text/plain";
        Content = content;
        Size = content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        Text = text;
        UploadedAt = utcNow;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid? PlanId { get; private set; }

    public Guid? DocumentId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    /// <summary>The text as read (what the review page showed beside the extracted items).</summary>
    public string Text { get; private set; } = "";

    public DateTime UploadedAt { get; private set; }
}
