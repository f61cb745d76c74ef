using System.Security.Cryptography;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Inspections;

/// <summary>A unit inspected, and its self-report (báo cáo tự kiểm tra) once it sent one.</summary>
public sealed class InspectedUnit
{
    private InspectedUnit()
    {
    }

    internal InspectedUnit(Inspection inspection, Organization organization)
    {
        InspectionId = inspection.Id;
        OrganizationId = organization.Id;
        Organization = organization;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid InspectionId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public string? SelfReport { get; private set; }

    public DateTime? ReportedAt { get; private set; }

    public string? ReportedBy { get; private set; }

    internal void Report(string text, string by, DateTime utcNow) => (SelfReport, ReportedBy, ReportedAt) = (text, by, utcNow);
}

/// <summary>A member of the inspection team (from any unit); one of them heads it.</summary>
public sealed class TeamMember
{
    private TeamMember()
    {
    }

    internal TeamMember(Inspection inspection, TeamPick pick)
    {
        InspectionId = inspection.Id;
        UserId = pick.UserId;
        Name = pick.Name;
        UnitName = pick.UnitName;
        IsHead = pick.IsHead;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid InspectionId { get; private set; }

    public string UserId { get; private set; } = "";

    /// <summary>The member's name and unit when named, as printed in the conclusion.</summary>
    public string Name { get; private set; } = "";

    public string? UnitName { get; private set; }

    public bool IsHead { get; private set; }
}

/// <summary>A content to check: one of the plan's tasks, or free text.</summary>
public sealed class InspectionContent
{
    private InspectionContent()
    {
    }

    internal InspectionContent(Inspection inspection, int position, string text, Guid? taskId)
    {
        InspectionId = inspection.Id;
        Position = position;
        Text = text;
        TaskId = taskId;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid InspectionId { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; } = "";

    public Guid? TaskId { get; private set; }
}

/// <summary>What the team found on one content at one unit: strengths, shortcomings, their causes, the evidence.</summary>
public sealed class Finding
{
    private Finding()
    {
    }

    internal Finding(Inspection inspection, Guid contentId, Guid organizationId)
    {
        InspectionId = inspection.Id;
        ContentId = contentId;
        OrganizationId = organizationId;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid InspectionId { get; private set; }

    public Guid ContentId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string? Strengths { get; private set; }

    public string? Shortcomings { get; private set; }

    public string? Causes { get; private set; }

    public string? Evidence { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }

    internal void Set(FindingText text, string by, DateTime utcNow)
    {
        (Strengths, Shortcomings, Causes, Evidence) = (text.Strengths, text.Shortcomings, text.Causes, text.Evidence);
        (RecordedBy, RecordedAt) = (by, utcNow);
    }
}

/// <summary>
/// A recommendation (kiến nghị) of a finding to the unit found: once the conclusion is issued it is a task of that
/// unit (the Plans module tracks whether it is done, late or open); it is settled when done, or carried over.
/// </summary>
public sealed class Recommendation
{
    private Recommendation()
    {
    }

    internal Recommendation(Inspection inspection, Finding finding, int position, string text, DateOnly dueOn)
    {
        InspectionId = inspection.Id;
        FindingId = finding.Id;
        OrganizationId = finding.OrganizationId;
        Position = position;
        Text = text;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid InspectionId { get; private set; }

    public Guid FindingId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    /// <summary>The unit's task (Plans) made of it by the conclusion.</summary>
    public Guid? TaskId { get; private set; }

    public DateTime? CarriedOverAt { get; private set; }

    public string? CarriedOverReason { get; private set; }

    /// <summary>When its task was done, as it stood when the inspection closed: a closed inspection keeps what it closed on.</summary>
    public DateOnly? RemediedOn { get; private set; }

    internal void Remedied(DateOnly on) => RemediedOn = on;

    internal void MoveTo(int position) => Position = position;

    internal void BecomeTask(Guid taskId) => TaskId = taskId;

    internal void CarryOver(string reason, DateTime utcNow)
    {
        if (CarriedOverAt is not null)
        {
            throw new BusinessRuleException($"Kiến nghị {Position} đã được chuyển sang kỳ sau.");
        }

        (CarriedOverReason, CarriedOverAt) = (reason, utcNow);
    }
}

/// <summary>A document an inspected unit sent with its self-report (or the team attached), kept as uploaded.</summary>
public sealed class InspectionFile
{
    public const int MaxPerUnit = 10;

    private InspectionFile()
    {
    }

    internal InspectionFile(Guid inspectionId, Guid organizationId, EvidenceUpload upload, string by, DateTime utcNow)
    {
        InspectionId = inspectionId;
        OrganizationId = organizationId;
        FileName = Infrastructure.Text.InputText.FileName(upload.FileName);
        ContentType = upload.Kind.ContentType;
        Content = upload.Content;
        Size = upload.Content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
        UploadedBy = by;
        UploadedAt = utcNow;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid InspectionId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    public string UploadedBy { get; private set; } = "";

    public DateTime UploadedAt { get; private set; }
}
