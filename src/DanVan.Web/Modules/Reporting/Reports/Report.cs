using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Reporting.Periods;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>
/// One unit's report for one period. Draft → Submitted → Returned (with a comment) → Submitted → Accepted
/// (locked). Only the reporting unit writes and submits; only the receiving unit returns or accepts.
/// <see cref="Revision"/> changes with every write, so two people editing one draft never overwrite each other.
/// </summary>
public sealed class Report
{
    private readonly List<ReportNarrative> narratives = [];
    private readonly List<ReportValue> values = [];
    private readonly List<ReportEvent> events = [];

    private Report()
    {
    }

    internal Report(ReportingPeriod period, Organization organization, Guid receiverId)
    {
        Period = period;
        PeriodId = period.Id;
        Organization = organization;
        OrganizationId = organization.Id;
        ReceiverId = receiverId;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PeriodId { get; private set; }

    public ReportingPeriod? Period { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    /// <summary>The unit that reviews the report: the plan's issuer (itself, for its report to a body outside DanVan).</summary>
    public Guid ReceiverId { get; private set; }

    /// <summary>
    /// The body outside DanVan the report goes to (the issuer's own report of the period under a plan that reports
    /// upward outside, e.g. to a central board); null for a report to the plan's issuer. Nobody in DanVan reviews it:
    /// it is drafted from the issuer's consolidation, issued, and marked sent. It is never counted in a consolidation.
    /// </summary>
    public string? ExternalRecipient { get; private set; }

    public bool IsExternal { get; private set; }

    public ReportStatus Status { get; private set; }

    /// <summary>Optimistic-concurrency token: every change increments it.</summary>
    public int Revision { get; private set; }

    /// <summary>How many times the report has been submitted.</summary>
    public int Version { get; private set; }

    public DateTime? FirstSubmittedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? AcceptedAt { get; private set; }

    public string? ReturnComment { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public string? UpdatedByName { get; private set; }

    public IReadOnlyList<ReportNarrative> Narratives => narratives;

    public IReadOnlyList<ReportValue> Values => values;

    public IReadOnlyList<ReportEvent> Events => events;

    public bool IsEditable => Status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>Sent by the end of the deadline day (Vietnam time).</summary>
    public bool WasOnTime => Period is { } period && ReportTimeliness.Of(Status, SubmittedAt, DueOn, DueOn) == Timeliness.OnTime;

    /// <summary>The period's deadline, or for a report outside DanVan the later one the issuer has for it.</summary>
    public DateOnly DueOn => Period is not { } period ? default : IsExternal ? period.ExternalDueOn ?? period.DueOn : period.DueOn;

    /// <summary>Who the report is for, by name.</summary>
    public string RecipientName => ExternalRecipient ?? Period?.Plan?.Organization?.Name ?? "";

    public static Report RequestFor(ReportingPeriod period, Organization organization, Guid receiverId) => new(period, organization, receiverId);

    /// <summary>The issuer's own report of the period to a body outside DanVan.</summary>
    public static Report ExternalFor(ReportingPeriod period, Organization issuer, string recipient)
    {
        if (string.IsNullOrWhiteSpace(recipient))
        {
            throw new BusinessRuleException("Hãy ghi cơ quan nhận báo cáo.");
        }

        return new Report(period, issuer, issuer.Id) { ExternalRecipient = recipient.Trim(), IsExternal = true };
    }

    /// <summary>
    /// Saves the draft. Values are those the caller has read and checked against the catalog; a posted value
    /// that is empty clears it, a value not posted is left as it is. Everything is checked before anything changes.
    /// </summary>
    public void Save(int expectedRevision, IReadOnlyCollection<NarrativeInput> newNarratives, IReadOnlyCollection<ValueInput> newValues, ReportActor actor, DateTime utcNow)
    {
        EnsureRevision(expectedRevision);
        if (!IsEditable)
        {
            throw new BusinessRuleException(IsExternal && Status == ReportStatus.Submitted
                ? $"Báo cáo đã gửi {ExternalRecipient}, không sửa được."
                : $"Báo cáo {Status.Vietnamese().ToLowerInvariant()}, không sửa được.");
        }

        if (newNarratives.Any(n => new[] { n.Results, n.Limitations, n.Proposals }.Any(t => t is { Length: > ReportNarrative.MaxLength })))
        {
            throw new BusinessRuleException($"Mỗi phần báo cáo về một nhiệm vụ không quá {ReportNarrative.MaxLength} ký tự.");
        }

        foreach (var input in newNarratives)
        {
            var narrative = narratives.FirstOrDefault(n => n.TaskId == input.TaskId);
            if (narrative is null)
            {
                narrative = new ReportNarrative(Id, input.TaskId);
                narratives.Add(narrative);
            }

            narrative.Set(input.Results, input.Limitations, input.Proposals);
        }

        narratives.RemoveAll(n => n.IsEmpty);
        foreach (var input in newValues)
        {
            var existing = values.FirstOrDefault(v => v.IndicatorId == input.IndicatorId && v.AreaId == input.AreaId);
            if (input.Value is null)
            {
                if (existing is not null)
                {
                    values.Remove(existing);
                }
            }
            else if (existing is null)
            {
                values.Add(new ReportValue(Id, input.IndicatorId, input.AreaId, input.Value.Number, input.Value.Text));
            }
            else
            {
                existing.Set(input.Value.Number, input.Value.Text);
            }
        }

        Touch(actor, utcNow);
    }

    /// <param name="snapshot">The content as sent (JSON of <see cref="ReportSnapshot"/>), kept as this version.</param>
    public void Submit(int expectedRevision, string snapshot, ReportActor actor, DateTime utcNow)
    {
        EnsureRevision(expectedRevision);
        if (!IsEditable)
        {
            throw new BusinessRuleException(Status == ReportStatus.Accepted ? "Báo cáo đã được tiếp nhận."
                : IsExternal ? $"Báo cáo đã được đánh dấu gửi {ExternalRecipient}."
                : "Báo cáo đã được gửi, đang chờ đơn vị nhận xem xét.");
        }

        if (narratives.Count == 0 && values.Count == 0)
        {
            throw new BusinessRuleException("Báo cáo chưa có nội dung: hãy viết kết quả thực hiện nhiệm vụ hoặc nhập số liệu trước khi gửi.");
        }

        Version++;
        Status = ReportStatus.Submitted;
        FirstSubmittedAt ??= utcNow;
        SubmittedAt = utcNow;
        AddEvent(ReportAction.Submitted, snapshot, null, actor, utcNow);
        Touch(actor, utcNow);
    }

    public void Return(int expectedRevision, string comment, ReportActor actor, DateTime utcNow)
    {
        EnsureRevision(expectedRevision);
        EnsureReviewable();
        comment = (comment ?? "").Trim();
        if (Status != ReportStatus.Submitted)
        {
            throw new BusinessRuleException("Chỉ trả lại báo cáo đã gửi, đang chờ duyệt.");
        }

        if (comment.Length == 0)
        {
            throw new BusinessRuleException("Hãy ghi rõ lý do trả lại để đơn vị biết cần sửa gì.");
        }

        if (comment.Length > 4000)
        {
            throw new BusinessRuleException("Ý kiến trả lại không quá 4000 ký tự.");
        }

        Status = ReportStatus.Returned;
        ReturnComment = comment;
        AddEvent(ReportAction.Returned, null, comment, actor, utcNow);
        Touch(actor, utcNow);
    }

    public void Accept(int expectedRevision, string? comment, ReportActor actor, DateTime utcNow)
    {
        EnsureRevision(expectedRevision);
        EnsureReviewable();
        if (Status != ReportStatus.Submitted)
        {
            throw new BusinessRuleException("Chỉ tiếp nhận báo cáo đã gửi, đang chờ duyệt.");
        }

        Status = ReportStatus.Accepted;
        AcceptedAt = utcNow;
        ReturnComment = null;
        AddEvent(ReportAction.Accepted, null, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), actor, utcNow);
        Touch(actor, utcNow);
    }

    /// <summary>
    /// A comment of the unit or its receiver on the report, kept in its history; the report itself (content, status,
    /// revision) does not change, so a form open elsewhere stays valid.
    /// </summary>
    public void AddComment(string? text, ReportActor actor, DateTime utcNow)
    {
        text = (text ?? "").Trim();
        if (text.Length == 0)
        {
            throw new BusinessRuleException("Hãy viết ý kiến trước khi gửi.");
        }

        if (text.Length > 4000)
        {
            throw new BusinessRuleException("Ý kiến không quá 4000 ký tự.");
        }

        AddEvent(ReportAction.Commented, null, text, actor, utcNow);
    }

    private void AddEvent(ReportAction action, string? snapshot, string? comment, ReportActor actor, DateTime utcNow) =>
        events.Add(new ReportEvent(Id, events.Count + 1, action, Version, snapshot, comment, actor.Id, actor.Name, utcNow));

    private void EnsureReviewable()
    {
        if (IsExternal)
        {
            throw new BusinessRuleException($"Báo cáo gửi {ExternalRecipient}, cơ quan ngoài DanVan: không có đơn vị nào trong DanVan trả lại hay tiếp nhận nó.");
        }
    }

    private void EnsureRevision(int expectedRevision)
    {
        if (expectedRevision != Revision)
        {
            throw new ReportChangedException(UpdatedByName, UpdatedAt);
        }
    }

    private void Touch(ReportActor actor, DateTime utcNow)
    {
        Revision++;
        UpdatedAt = utcNow;
        UpdatedByName = actor.Name;
    }
}

public sealed record ReportActor(string Id, string Name);

public sealed record NarrativeInput(Guid TaskId, string? Results, string? Limitations, string? Proposals);

public sealed record ValueInput(Guid IndicatorId, Guid? AreaId, Indicators.ReportedValue? Value);

/// <summary>Someone else saved the report after it was opened; nothing was written.</summary>
internal sealed class ReportChangedException(string? byName, DateTime? at) : BusinessRuleException(
    $"{byName ?? "Người khác"} vừa lưu báo cáo này{(at is { } when ? $" lúc {VietnameseText.FormatDateTime(when)}" : "")}, sau khi anh/chị mở nó. "
    + "Phần anh/chị nhập chưa được lưu và vẫn còn trên trang; hãy xem bản vừa lưu rồi lưu lại.");
