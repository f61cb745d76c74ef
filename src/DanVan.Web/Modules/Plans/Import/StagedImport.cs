namespace DanVan.Web.Modules.Plans.Import;

/// <summary>
/// An uploaded plan waiting for its uploader to confirm it (docs/adr/0010): a scratch row, not a record of the
/// registry. Any server can show and confirm it; it is removed on confirmation, on cancel, or after a day.
/// </summary>
public sealed class StagedImport
{
    private StagedImport()
    {
    }

    public StagedImport(string id, StagedUpload upload, byte[] content)
    {
        Id = id;
        UserId = upload.UserId;
        FileName = Infrastructure.Text.InputText.FileName(upload.FileName);
        OrganizationId = upload.OrganizationId;
        ParentPlanId = upload.ParentPlanId;
        StagedAt = upload.StagedAt;
        Content = content;
    }

    public string Id { get; private set; } = "";

    public string UserId { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public Guid OrganizationId { get; private set; }

    public Guid? ParentPlanId { get; private set; }

    public DateTime StagedAt { get; private set; }

    public byte[] Content { get; private set; } = [];

    public StagedUpload Upload => new(UserId, FileName, OrganizationId, ParentPlanId, StagedAt);
}
