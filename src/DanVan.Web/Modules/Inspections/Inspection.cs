using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Inspections;

/// <summary>
/// One inspection or supervision of a programme: its subject, the units inspected, the period covered, dates, team
/// and method, the contents to check; then the units' self-reports, the team's findings per content and unit, the
/// recommendations, the conclusion (an official document whose recommendations become tasks of the units) and the
/// closing, once every recommendation is done or carried over with a reason. Each step refuses a wrong change.
/// </summary>
public sealed class Inspection
{
    public const int MaxText = 4000;

    /// <summary>Contents of one inspection at most (a plan's every task fits; a longer list is another inspection).</summary>
    public const int MaxContents = 60;

    private readonly List<InspectedUnit> units = [];
    private readonly List<TeamMember> team = [];
    private readonly List<InspectionContent> contents = [];
    private readonly List<Finding> findings = [];
    private readonly List<Recommendation> recommendations = [];

    private Inspection()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    public string Title { get; private set; } = "";

    public InspectionSubject Subject { get; private set; }

    /// <summary>The plan whose implementation is checked (subject Plan or Task).</summary>
    public Guid? SubjectPlanId { get; private set; }

    public Guid? SubjectTaskId { get; private set; }

    public InspectionMethod Method { get; private set; }

    public DateOnly CoversFrom { get; private set; }

    public DateOnly CoversTo { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public InspectionStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? NotifiedAt { get; private set; }

    /// <summary>The conclusion's number as printed ("05-TB/TU"), its date, summary and signature.</summary>
    public string? ConclusionSymbol { get; private set; }

    public DateOnly? ConclusionIssuedOn { get; private set; }

    public string? ConclusionSummary { get; private set; }

    /// <summary>The general assessment that opens the conclusion.</summary>
    public string? ConclusionText { get; private set; }

    public string? ConclusionPlace { get; private set; }

    public string? SignatureAuthority { get; private set; }

    public string? SignerPosition { get; private set; }

    public string? SignerName { get; private set; }

    public string? Recipients { get; private set; }

    /// <summary>The plan (in the Plans module) whose tasks are the recommendations, and its document in the registry.</summary>
    public Guid? FollowUpPlanId { get; private set; }

    public Guid? FollowUpDocumentId { get; private set; }

    public DateTime? ConcludedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public string? ClosingNote { get; private set; }

    public bool IsDemo { get; private set; }

    public IReadOnlyList<InspectedUnit> Units => units;

    public IReadOnlyList<TeamMember> Team => team;

    public IReadOnlyList<InspectionContent> Contents => contents;

    public IReadOnlyList<Finding> Findings => findings;

    public IReadOnlyList<Recommendation> Recommendations => recommendations;

    public TeamMember? Head => team.FirstOrDefault(m => m.IsHead);

    public static Inspection Plan(Programme programme, InspectionPlan plan, IReadOnlyList<Organization> inspected, IReadOnlyList<TeamPick> members, IReadOnlyList<ContentPick> toCheck, DateTime utcNow, bool isDemo = false)
    {
        var inspection = new Inspection { Programme = programme, ProgrammeId = programme.Id, CreatedAt = utcNow, Status = InspectionStatus.Planned, IsDemo = isDemo };
        inspection.Set(plan, inspected, members, toCheck);
        programme.Add(inspection);
        return inspection;
    }

    /// <summary>Changes what was planned; only before the units are told.</summary>
    public void Replan(InspectionPlan plan, IReadOnlyList<Organization> inspected, IReadOnlyList<TeamPick> members, IReadOnlyList<ContentPick> toCheck)
    {
        if (Status != InspectionStatus.Planned)
        {
            throw new BusinessRuleException("Đơn vị đã được thông báo: kế hoạch của cuộc kiểm tra không sửa được nữa.");
        }

        Set(plan, inspected, members, toCheck);
    }

    private void Set(InspectionPlan plan, IReadOnlyList<Organization> inspected, IReadOnlyList<TeamPick> members, IReadOnlyList<ContentPick> toCheck)
    {
        var title = (plan.Title ?? "").Trim();
        if (title.Length is < 5 or > 500)
        {
            throw new BusinessRuleException("Tên cuộc kiểm tra: từ 5 đến 500 ký tự.");
        }

        if (!Enum.IsDefined(plan.Subject) || !Enum.IsDefined(plan.Method))
        {
            throw new BusinessRuleException("Hãy chọn đối tượng và hình thức kiểm tra.");
        }

        if (plan.Subject != InspectionSubject.Topic && plan.SubjectPlanId is null)
        {
            throw new BusinessRuleException("Hãy chọn kế hoạch được kiểm tra việc thực hiện.");
        }

        if (plan.Subject == InspectionSubject.Task && plan.SubjectTaskId is null)
        {
            throw new BusinessRuleException("Hãy chọn nhiệm vụ được kiểm tra.");
        }

        if (plan.CoversFrom > plan.CoversTo)
        {
            throw new BusinessRuleException("Thời kỳ kiểm tra: ngày bắt đầu sau ngày kết thúc.");
        }

        if (plan.StartsOn > plan.EndsOn)
        {
            throw new BusinessRuleException("Thời gian tiến hành: ngày bắt đầu sau ngày kết thúc.");
        }

        if (plan.StartsOn.Year != Programme!.Year && plan.EndsOn.Year != Programme.Year)
        {
            throw new BusinessRuleException($"Cuộc kiểm tra thuộc chương trình năm {Programme.Year}: thời gian tiến hành phải trong năm đó.");
        }

        if (inspected.Count == 0)
        {
            throw new BusinessRuleException("Hãy chọn ít nhất một đơn vị được kiểm tra.");
        }

        if (inspected.FirstOrDefault(u => u.IsArchived) is { } archived)
        {
            throw new BusinessRuleException($"{archived.Name} đã ngừng hoạt động.");
        }

        if (members.Count == 0 || members.Count(m => m.IsHead) != 1)
        {
            throw new BusinessRuleException("Đoàn kiểm tra cần một trưởng đoàn và có thể thêm các thành viên.");
        }

        if (members.Select(m => m.UserId).Distinct().Count() != members.Count)
        {
            throw new BusinessRuleException("Một người chỉ ghi một lần trong đoàn.");
        }

        var texts = toCheck.Select(c => (c.Text ?? "").Trim()).ToList();
        if (texts.Count == 0)
        {
            throw new BusinessRuleException("Hãy chọn hoặc ghi ít nhất một nội dung kiểm tra.");
        }

        if (texts.Count > MaxContents)
        {
            throw new BusinessRuleException($"Một cuộc kiểm tra có tối đa {MaxContents} nội dung; đang chọn {texts.Count}.");
        }

        if (texts.Any(t => t.Length is < 3 or > MaxText))
        {
            throw new BusinessRuleException($"Mỗi nội dung kiểm tra: từ 3 đến {MaxText} ký tự.");
        }

        Title = title;
        Subject = plan.Subject;
        SubjectPlanId = plan.Subject == InspectionSubject.Topic ? null : plan.SubjectPlanId;
        SubjectTaskId = plan.Subject == InspectionSubject.Task ? plan.SubjectTaskId : null;
        Method = plan.Method;
        (CoversFrom, CoversTo, StartsOn, EndsOn) = (plan.CoversFrom, plan.CoversTo, plan.StartsOn, plan.EndsOn);
        units.RemoveAll(u => !inspected.Any(o => o.Id == u.OrganizationId));
        foreach (var unit in inspected.Where(o => !units.Any(u => u.OrganizationId == o.Id)))
        {
            units.Add(new InspectedUnit(this, unit));
        }

        team.Clear();
        team.AddRange(members.Select(m => new TeamMember(this, m)));
        contents.Clear();
        contents.AddRange(toCheck.Select((c, i) => new InspectionContent(this, i + 1, texts[i], c.TaskId)));
    }

    /// <summary>The units are told (the caller notifies them); from then on they answer and the team works.</summary>
    public void Notify(DateTime utcNow)
    {
        if (Status != InspectionStatus.Planned)
        {
            throw new BusinessRuleException("Các đơn vị đã được thông báo về cuộc kiểm tra này.");
        }

        Status = InspectionStatus.Notified;
        NotifiedAt = utcNow;
    }

    /// <summary>The unit's self-report (báo cáo tự kiểm tra); sent again, it replaces the earlier one.</summary>
    public void SelfReport(Guid organizationId, string? text, string by, DateTime utcNow)
    {
        EnsureWorking("Báo cáo tự kiểm tra");
        var unit = units.FirstOrDefault(u => u.OrganizationId == organizationId) ?? throw new BusinessRuleException("Đơn vị này không thuộc diện được kiểm tra.");
        unit.Report(Clean(text, "Báo cáo tự kiểm tra", required: true)!, by, utcNow);
    }

    /// <summary>A document sent by an inspected unit with its self-report (the caller adds it: files are not loaded with the inspection).</summary>
    public InspectionFile Attach(Guid organizationId, Infrastructure.Web.EvidenceUpload upload, int alreadyAttached, string by, DateTime utcNow)
    {
        EnsureWorking("Tài liệu gửi đoàn kiểm tra");
        if (!units.Any(u => u.OrganizationId == organizationId))
        {
            throw new BusinessRuleException("Đơn vị này không thuộc diện được kiểm tra.");
        }

        if (alreadyAttached >= InspectionFile.MaxPerUnit)
        {
            throw new BusinessRuleException($"Mỗi đơn vị gửi tối đa {InspectionFile.MaxPerUnit} tệp; hãy gộp tài liệu lại.");
        }

        return new InspectionFile(Id, organizationId, upload, by, utcNow);
    }

    /// <summary>What the team found on one content at one unit; recorded again, it replaces what was there.</summary>
    public Finding Find(Guid contentId, Guid organizationId, FindingText text, string by, DateTime utcNow)
    {
        EnsureWorking("Kết quả kiểm tra");
        if (Infrastructure.Time.VietnamTime.DateOf(utcNow) < StartsOn)
        {
            throw new BusinessRuleException($"Chưa đến thời gian tiến hành (từ ngày {VietnameseText.FormatDate(StartsOn)}): kết quả được ghi từ ngày đó.");
        }

        if (!contents.Any(c => c.Id == contentId))
        {
            throw new BusinessRuleException("Nội dung kiểm tra không thuộc cuộc kiểm tra này.");
        }

        if (!units.Any(u => u.OrganizationId == organizationId))
        {
            throw new BusinessRuleException("Đơn vị này không thuộc diện được kiểm tra.");
        }

        var cleaned = new FindingText(Clean(text.Strengths, "Ưu điểm"), Clean(text.Shortcomings, "Hạn chế, khuyết điểm"), Clean(text.Causes, "Nguyên nhân"), Clean(text.Evidence, "Căn cứ, minh chứng"));
        if (cleaned is { Strengths: null, Shortcomings: null })
        {
            throw new BusinessRuleException("Hãy ghi ưu điểm hoặc hạn chế, khuyết điểm.");
        }

        var finding = findings.FirstOrDefault(f => f.ContentId == contentId && f.OrganizationId == organizationId);
        if (finding is null)
        {
            finding = new Finding(this, contentId, organizationId);
            findings.Add(finding);
        }

        finding.Set(cleaned, by, utcNow);
        return finding;
    }

    /// <summary>A recommendation (kiến nghị) of a finding to its unit, with the deadline for remedying it.</summary>
    public Recommendation Recommend(Guid findingId, string? text, DateOnly dueOn)
    {
        EnsureWorking("Kiến nghị");
        var finding = findings.FirstOrDefault(f => f.Id == findingId) ?? throw new BusinessRuleException("Kết quả kiểm tra này không còn.");
        var cleaned = Clean(text, "Nội dung kiến nghị", required: true)!;
        if (dueOn < StartsOn)
        {
            throw new BusinessRuleException($"Hạn khắc phục {VietnameseText.FormatDate(dueOn)} trước khi cuộc kiểm tra bắt đầu ({VietnameseText.FormatDate(StartsOn)}).");
        }

        var recommendation = new Recommendation(this, finding, recommendations.Count + 1, cleaned, dueOn);
        recommendations.Add(recommendation);
        return recommendation;
    }

    public void Withdraw(Guid recommendationId)
    {
        EnsureWorking("Kiến nghị");
        var recommendation = recommendations.FirstOrDefault(r => r.Id == recommendationId) ?? throw new BusinessRuleException("Kiến nghị này không còn.");
        recommendations.Remove(recommendation);
        var position = 1;
        foreach (var other in recommendations.OrderBy(r => r.Position))
        {
            other.MoveTo(position++);
        }
    }

    /// <summary>
    /// Issues the conclusion: its number and printed details are kept, the recommendations are linked to the tasks the
    /// Plans module made of them (in their order), and nothing found or recommended changes any more.
    /// </summary>
    public void Conclude(Conclusion conclusion, Guid? followUpPlanId, Guid? followUpDocumentId, IReadOnlyList<Guid> taskIds, DateTime utcNow)
    {
        if (Status != InspectionStatus.Notified)
        {
            throw new BusinessRuleException(Status == InspectionStatus.Planned ? "Hãy thông báo cho đơn vị trước khi kết luận." : "Cuộc kiểm tra đã có kết luận.");
        }

        if (findings.Count == 0)
        {
            throw new BusinessRuleException("Chưa có kết quả kiểm tra nào để kết luận.");
        }

        if (taskIds.Count != recommendations.Count)
        {
            throw new BusinessRuleException("Mỗi kiến nghị phải thành một nhiệm vụ của đơn vị.");
        }

        if (conclusion.IssuedOn < EndsOn)
        {
            throw new BusinessRuleException($"Ngày ký kết luận trước ngày đoàn kết thúc làm việc ({VietnameseText.FormatDate(EndsOn)}).");
        }

        if (recommendations.FirstOrDefault(r => r.DueOn < conclusion.IssuedOn) is { } early)
        {
            throw new BusinessRuleException($"Kiến nghị {early.Position}: hạn khắc phục {VietnameseText.FormatDate(early.DueOn)} trước ngày ký kết luận.");
        }

        ConclusionSymbol = Required(conclusion.Symbol, "Số văn bản", 60);
        ConclusionIssuedOn = conclusion.IssuedOn;
        ConclusionSummary = Required(conclusion.Summary, "Trích yếu", 500);
        ConclusionText = Clean(conclusion.Text, "Nhận xét chung");
        ConclusionPlace = Required(conclusion.Place, "Địa danh", 100);
        SignatureAuthority = Optional(conclusion.SignatureAuthority, "Thẩm quyền ký", 100);
        SignerPosition = Optional(conclusion.SignerPosition, "Chức vụ người ký", 100);
        SignerName = Optional(conclusion.SignerName, "Họ tên người ký", 100);
        var recipients = (conclusion.Recipients ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (recipients.Length is 0 or > 30 || recipients.Any(r => r.Length > 200))
        {
            throw new BusinessRuleException("Nơi nhận: ghi từ 1 đến 30 nơi, mỗi nơi một dòng, không quá 200 ký tự.");
        }

        Recipients = string.Join('\n', recipients);
        FollowUpPlanId = followUpPlanId;
        FollowUpDocumentId = followUpDocumentId;
        foreach (var (recommendation, taskId) in recommendations.OrderBy(r => r.Position).Zip(taskIds))
        {
            recommendation.BecomeTask(taskId);
        }

        Status = InspectionStatus.Concluded;
        ConcludedAt = utcNow;
    }

    /// <summary>A recommendation not remedied in time is carried over to a later inspection, with the reason.</summary>
    public void CarryOver(Guid recommendationId, string? reason, DateTime utcNow)
    {
        if (Status != InspectionStatus.Concluded)
        {
            throw new BusinessRuleException(Status == InspectionStatus.Closed ? "Cuộc kiểm tra đã kết thúc." : "Chỉ chuyển kiến nghị sau khi đã có kết luận.");
        }

        var recommendation = recommendations.FirstOrDefault(r => r.Id == recommendationId) ?? throw new BusinessRuleException("Kiến nghị này không còn.");
        recommendation.CarryOver(Required(reason, "Lý do chuyển", 1000, minimum: 5), utcNow);
    }

    /// <summary>
    /// Ends the inspection once every recommendation is remedied (its task done, with the day it was) or carried over;
    /// the days are kept, so the closed inspection says what it closed on whatever later becomes of the tasks.
    /// </summary>
    public void Close(IReadOnlyDictionary<Guid, DateOnly> doneTasks, string? note, DateTime utcNow)
    {
        if (Status != InspectionStatus.Concluded)
        {
            throw new BusinessRuleException(Status == InspectionStatus.Closed ? "Cuộc kiểm tra đã kết thúc." : "Chỉ kết thúc cuộc kiểm tra sau khi đã có kết luận.");
        }

        var open = recommendations.Where(r => r.CarriedOverAt is null && (r.TaskId is not { } task || !doneTasks.ContainsKey(task))).OrderBy(r => r.Position).ToList();
        if (open.Count > 0)
        {
            throw new BusinessRuleException($"Còn {open.Count} kiến nghị chưa khắc phục xong ({string.Join(", ", open.Select(r => r.Position))}): hãy chờ đơn vị hoàn thành hoặc chuyển sang kỳ sau, có lý do.");
        }

        foreach (var recommendation in recommendations.Where(r => r.CarriedOverAt is null))
        {
            recommendation.Remedied(doneTasks[recommendation.TaskId!.Value]);
        }

        ClosingNote = Clean(note, "Ghi chú");
        Status = InspectionStatus.Closed;
        ClosedAt = utcNow;
    }

    private void EnsureWorking(string what)
    {
        if (Status == InspectionStatus.Planned)
        {
            throw new BusinessRuleException($"{what}: đơn vị chưa được thông báo về cuộc kiểm tra.");
        }

        if (Status != InspectionStatus.Notified)
        {
            throw new BusinessRuleException($"{what}: cuộc kiểm tra đã có kết luận, không sửa được nữa.");
        }
    }

    internal static string? Clean(string? text, string label, bool required = false)
    {
        text = text?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return required ? throw new BusinessRuleException($"{label}: không được để trống.") : null;
        }

        return text.Length <= MaxText ? text : throw new BusinessRuleException($"{label}: không quá {MaxText} ký tự.");
    }

    private static string Required(string? text, string label, int max, int minimum = 1)
    {
        text = (text ?? "").Trim();
        return text.Length >= minimum && text.Length <= max ? text : throw new BusinessRuleException(minimum > 1
            ? $"{label}: từ {minimum} đến {max} ký tự."
            : $"{label}: không được để trống và không quá {max} ký tự.");
    }

    private static string? Optional(string? text, string label, int max)
    {
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text.Length <= max ? text : throw new BusinessRuleException($"{label}: không quá {max} ký tự.");
    }
}

public enum InspectionSubject
{
    /// <summary>Việc thực hiện một kế hoạch.</summary>
    Plan = 1,

    /// <summary>Việc thực hiện một nhiệm vụ của kế hoạch.</summary>
    Task = 2,

    /// <summary>Một chuyên đề.</summary>
    Topic = 3,
}

public enum InspectionMethod
{
    OnSite = 1,
    Documents = 2,
    Reports = 3,
}

public enum InspectionStatus
{
    Planned = 1,
    Notified = 2,
    Concluded = 3,
    Closed = 4,
}

internal static class InspectionNames
{
    public static string Vietnamese(this InspectionMethod method) => method switch
    {
        InspectionMethod.OnSite => "Trực tiếp tại đơn vị",
        InspectionMethod.Documents => "Qua hồ sơ, tài liệu",
        InspectionMethod.Reports => "Qua báo cáo của đơn vị",
        _ => method.ToString(),
    };

    public static string Vietnamese(this InspectionSubject subject) => subject switch
    {
        InspectionSubject.Plan => "Việc thực hiện kế hoạch",
        InspectionSubject.Task => "Việc thực hiện một nhiệm vụ",
        InspectionSubject.Topic => "Chuyên đề",
        _ => subject.ToString(),
    };

    public static string Vietnamese(this InspectionStatus status) => status switch
    {
        InspectionStatus.Planned => "Đã lập kế hoạch",
        InspectionStatus.Notified => "Đang kiểm tra",
        InspectionStatus.Concluded => "Đã kết luận, theo dõi khắc phục",
        InspectionStatus.Closed => "Đã kết thúc",
        _ => status.ToString(),
    };

    public static string Badge(this InspectionStatus status) => status switch
    {
        InspectionStatus.Planned => "text-bg-secondary",
        InspectionStatus.Notified => "text-bg-primary",
        InspectionStatus.Concluded => "text-bg-warning",
        _ => "text-bg-success",
    };
}

/// <param name="SubjectPlanId">The plan whose implementation is checked; its task too for subject Task.</param>
public sealed record InspectionPlan(string? Title, InspectionSubject Subject, Guid? SubjectPlanId, Guid? SubjectTaskId, InspectionMethod Method, DateOnly CoversFrom, DateOnly CoversTo, DateOnly StartsOn, DateOnly EndsOn);

public sealed record TeamPick(string UserId, string Name, string? UnitName, bool IsHead);

/// <param name="TaskId">The plan's task the content checks, when picked from it.</param>
public sealed record ContentPick(string? Text, Guid? TaskId);

public sealed record FindingText(string? Strengths, string? Shortcomings, string? Causes, string? Evidence);

public sealed record Conclusion(string Symbol, DateOnly IssuedOn, string? Summary, string? Text, string? Place, string? SignatureAuthority, string? SignerPosition, string? SignerName, string? Recipients);
