using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Plans;

/// <summary>
/// A plan (kế hoạch, chương trình) issued by one organization: its document, the directive it carries out,
/// the plan of the level above it concretizes (cụ thể hóa), its reporting regime and its tasks.
/// </summary>
public sealed class Plan
{
    private readonly List<PlanTask> tasks = [];

    private Plan()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DocumentId { get; private set; }

    public OfficialDocument? Document { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public Guid? ParentPlanId { get; private set; }

    public Plan? ParentPlan { get; private set; }

    public Guid? ImplementsDocumentId { get; private set; }

    public OfficialDocument? ImplementsDocument { get; private set; }

    public bool ReportsSixMonthly { get; private set; }

    public bool ReportsAnnually { get; private set; }

    public bool ReportsOnRequest { get; private set; }

    public string? Place { get; private set; }

    public string? SignerName { get; private set; }

    public string? SignerTitle { get; private set; }

    /// <summary>
    /// The body outside DanVan the issuer reports to under this plan ("gửi về Ban Tuyên giáo và Dân vận Trung ương"):
    /// the issuer then has its own report in each period, filled from its consolidation. Only a plan with no parent plan
    /// in DanVan has one; below, the issuer's report goes up in the parent plan's period.
    /// </summary>
    public string? ReportsTo { get; private set; }

    /// <summary>
    /// The unit below the issuer that consolidates for it ("qua Ban Xây dựng Đảng để tổng hợp"): its officers review,
    /// return, accept and consolidate the reports the issuer receives under this plan, and draft the issuer's report upward.
    /// </summary>
    public Guid? ConsolidatorId { get; private set; }

    public Organization? Consolidator { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When the issuer withdrew the plan (thu hồi): it stays in the registry, with no tasks left to follow.</summary>
    public DateTime? WithdrawnAt { get; private set; }

    public string? WithdrawnReason { get; private set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    public bool IsDemo { get; private set; }

    public IReadOnlyList<PlanTask> Tasks => tasks;

    /// <param name="parentPlan">The plan of the level above, with its organization loaded; it must come from an organization at or above this one.</param>
    public static Plan Create(OfficialDocument document, Organization organization, Plan? parentPlan, OfficialDocument? implements, PlanReporting reporting, DateTime utcNow, bool isDemo = false)
    {
        if (document.Title is null)
        {
            throw new BusinessRuleException("Hãy nhập trích yếu (tên) của kế hoạch.");
        }

        if (parentPlan is { IsWithdrawn: true })
        {
            throw new BusinessRuleException("Kế hoạch cấp trên đã bị thu hồi, không cụ thể hóa được nữa.");
        }

        if (parentPlan is not null && (parentPlan.Organization is null || !organization.IsInSubtreeOf(parentPlan.Organization)))
        {
            throw new BusinessRuleException("Kế hoạch cấp trên phải do chính đơn vị này hoặc một đơn vị cấp trên của nó ban hành.");
        }

        return new Plan
        {
            Document = document,
            DocumentId = document.Id,
            Organization = organization,
            OrganizationId = organization.Id,
            ParentPlan = parentPlan,
            ParentPlanId = parentPlan?.Id,
            ImplementsDocument = implements,
            ImplementsDocumentId = implements?.Id,
            ReportsSixMonthly = reporting.SixMonthly,
            ReportsAnnually = reporting.Annually,
            ReportsOnRequest = reporting.OnRequest,
            Place = Trim(reporting.Place, 200),
            SignerName = Trim(reporting.SignerName, 200),
            SignerTitle = Trim(reporting.SignerTitle, 200),
            CreatedAt = utcNow,
            IsDemo = isDemo,
        };
    }

    /// <summary>
    /// Sets where the issuer reports and who consolidates for it. The consolidator is a unit of the issuer's branch
    /// (not the issuer itself); an outside recipient only for a plan with no parent plan in DanVan.
    /// </summary>
    public void SetChain(string? reportsTo, Organization? consolidator)
    {
        reportsTo = string.IsNullOrWhiteSpace(reportsTo) ? null : string.Join(' ', reportsTo.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (reportsTo is { Length: > 200 })
        {
            throw new BusinessRuleException("Tên cơ quan nhận báo cáo không quá 200 ký tự.");
        }

        if (reportsTo is not null && ParentPlanId is not null)
        {
            throw new BusinessRuleException("Kế hoạch này cụ thể hóa một kế hoạch cấp trên trong DanVan: báo cáo của đơn vị ban hành gửi lên theo kỳ báo cáo của kế hoạch cấp trên, không ghi cơ quan nhận ngoài hệ thống.");
        }

        if (consolidator is not null && (consolidator.Id == OrganizationId || Organization is null || !consolidator.IsInSubtreeOf(Organization)))
        {
            throw new BusinessRuleException("Đơn vị giúp tổng hợp phải là một đơn vị trực thuộc đơn vị ban hành (ví dụ ban xây dựng Đảng, văn phòng).");
        }

        if (consolidator is { IsArchived: true })
        {
            throw new BusinessRuleException($"{consolidator.Name} đã ngừng hoạt động, không giao tổng hợp được.");
        }

        ReportsTo = reportsTo;
        Consolidator = consolidator;
        ConsolidatorId = consolidator?.Id;
    }

    /// <param name="parentTask">A task of the parent plan that this task concretizes, if any.</param>
    public PlanTask AddTask(string number, string text, TaskSchedule schedule, PlanTask? parentTask, int? sourceLine = null)
    {
        EnsureNotWithdrawn();
        if (parentTask is not null && (ParentPlanId is null || parentTask.PlanId != ParentPlanId))
        {
            throw new BusinessRuleException("Nhiệm vụ cấp trên phải thuộc kế hoạch cấp trên của kế hoạch này.");
        }

        if (tasks.Count >= 500)
        {
            throw new BusinessRuleException("Một kế hoạch không quá 500 nhiệm vụ.");
        }

        var task = new PlanTask(this, tasks.Count + 1, number, text, schedule, parentTask, sourceLine);
        tasks.Add(task);
        return task;
    }

    /// <summary>Corrects the closing lines of the plan's document: the place, the signer and their title.</summary>
    public void SetClosing(string? place, string? signerName, string? signerTitle)
    {
        Place = Trim(place, 200);
        SignerName = Trim(signerName, 200);
        SignerTitle = Trim(signerTitle, 200);
    }

    /// <summary>
    /// Takes a task out of the plan after confirmation. Refused once a unit has worked on it (<paramref name="worked"/>:
    /// progress recorded, a cycle done, a report's account of it) or a plan below concretizes it: what was done under
    /// a task stays with the task.
    /// </summary>
    public void RemoveTask(PlanTask task, bool worked, bool concretized)
    {
        if (task.PlanId != Id || !tasks.Contains(task))
        {
            throw new BusinessRuleException("Nhiệm vụ này không thuộc kế hoạch.");
        }

        if (worked)
        {
            throw new BusinessRuleException($"Nhiệm vụ {task.Number} đã có đơn vị cập nhật tiến độ hoặc báo cáo kết quả, không bỏ được; hãy sửa nội dung hoặc thời hạn của nó.");
        }

        if (concretized)
        {
            throw new BusinessRuleException($"Nhiệm vụ {task.Number} đã được cụ thể hóa trong kế hoạch của đơn vị cấp dưới, không bỏ được khi các nhiệm vụ đó còn.");
        }

        tasks.Remove(task);
    }

    /// <summary>
    /// Withdraws the plan (thu hồi) before any work was done under it: refused once it has a reporting period
    /// (<paramref name="hasPeriods"/>), a unit worked on one of its tasks, or a plan below concretizes it. Its tasks
    /// are taken out (nothing was done under them); the plan and its document stay, marked withdrawn.
    /// </summary>
    public IReadOnlyList<PlanTask> Withdraw(string reason, DateTime utcNow, bool hasPeriods, bool worked, bool concretized)
    {
        if (IsWithdrawn)
        {
            throw new BusinessRuleException("Kế hoạch này đã được thu hồi.");
        }

        if (hasPeriods)
        {
            throw new BusinessRuleException("Kế hoạch đã có kỳ báo cáo nên không thu hồi được; hãy điều chỉnh kế hoạch thay vì thu hồi.");
        }

        if (worked)
        {
            throw new BusinessRuleException("Đã có đơn vị cập nhật tiến độ nhiệm vụ của kế hoạch này nên không thu hồi được.");
        }

        if (concretized)
        {
            throw new BusinessRuleException("Đã có kế hoạch cấp dưới cụ thể hóa kế hoạch này nên không thu hồi được.");
        }

        var removed = tasks.ToList();
        tasks.Clear();
        WithdrawnAt = utcNow;
        WithdrawnReason = reason;
        return removed;
    }

    /// <summary>A withdrawn plan is kept as it was withdrawn: nothing of it changes any more.</summary>
    public void EnsureNotWithdrawn()
    {
        if (IsWithdrawn)
        {
            throw new BusinessRuleException("Kế hoạch này đã được thu hồi; không điều chỉnh được nữa.");
        }
    }

    private static string? Trim(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Trim() is { } trimmed && trimmed.Length <= max ? trimmed
        : throw new BusinessRuleException($"“{value[..40]}…” dài quá {max} ký tự (địa danh, họ tên và chức vụ người ký).");
}

/// <summary>How often the units report under a plan, and the closing lines of its document.</summary>
public sealed record PlanReporting(bool SixMonthly, bool Annually, bool OnRequest, string? Place = null, string? SignerName = null, string? SignerTitle = null);
