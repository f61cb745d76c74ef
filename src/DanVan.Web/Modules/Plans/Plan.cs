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

    public DateTime CreatedAt { get; private set; }

    public bool IsDemo { get; private set; }

    public IReadOnlyList<PlanTask> Tasks => tasks;

    /// <param name="parentPlan">The plan of the level above, with its organization loaded; it must come from an organization at or above this one.</param>
    public static Plan Create(OfficialDocument document, Organization organization, Plan? parentPlan, OfficialDocument? implements, PlanReporting reporting, DateTime utcNow, bool isDemo = false)
    {
        if (document.Title is null)
        {
            throw new BusinessRuleException("Hãy nhập trích yếu (tên) của kế hoạch.");
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

    /// <param name="parentTask">A task of the parent plan that this task concretizes, if any.</param>
    public PlanTask AddTask(string number, string text, TaskSchedule schedule, PlanTask? parentTask, int? sourceLine = null)
    {
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

    private static string? Trim(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Trim() is { } trimmed && trimmed.Length <= max ? trimmed
        : throw new BusinessRuleException($"“{value[..40]}…” dài quá {max} ký tự (địa danh, họ tên và chức vụ người ký).");
}

/// <summary>How often the units report under a plan, and the closing lines of its document.</summary>
public sealed record PlanReporting(bool SixMonthly, bool Annually, bool OnRequest, string? Place = null, string? SignerName = null, string? SignerTitle = null);
