using System.ComponentModel.DataAnnotations;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>
/// What the review page shows and the officer corrects: it travels in the form between requests and is
/// never stored, so an abandoned import leaves nothing behind.
/// </summary>
public sealed class PlanDraft
{
    [Display(Name = "Loại văn bản")]
    public string Kind { get; set; } = "Kế hoạch";

    [Display(Name = "Số, ký hiệu")]
    public string? Number { get; set; }

    [Display(Name = "Cơ quan ban hành")]
    public string? Issuer { get; set; }

    [Display(Name = "Ngày ban hành (dd/MM/yyyy)")]
    public string? IssuedOn { get; set; }

    [Display(Name = "Địa danh")]
    public string? Place { get; set; }

    [Display(Name = "Trích yếu")]
    public string? Title { get; set; }

    [Display(Name = "Kế hoạch cấp trên (cụ thể hóa)")]
    public Guid? ParentPlanId { get; set; }

    /// <summary>The parent plan the task suggestions were made for; when the officer picks another, they are made again.</summary>
    public Guid? SuggestedForParentPlanId { get; set; }

    [Display(Name = "Thực hiện văn bản")]
    public string? ImplementsNumber { get; set; }

    [Display(Name = "Báo cáo định kỳ 06 tháng")]
    public bool ReportsSixMonthly { get; set; }

    [Display(Name = "Báo cáo hằng năm")]
    public bool ReportsAnnually { get; set; }

    [Display(Name = "Báo cáo khi có yêu cầu")]
    public bool ReportsOnRequest { get; set; }

    [Display(Name = "Báo cáo của đơn vị ban hành gửi tới (cơ quan ngoài DanVan)")]
    public string? ReportsTo { get; set; }

    [Display(Name = "Đơn vị giúp tổng hợp, theo dõi")]
    public Guid? ConsolidatorId { get; set; }

    public string? SignerName { get; set; }

    public string? SignerTitle { get; set; }

    /// <summary>The officer saw the documents it seems to duplicate and says it is another one.</summary>
    public bool NotDuplicate { get; set; }

    public List<DraftTask> Tasks { get; set; } = [];

    public List<DraftUnit> Units { get; set; } = [];
}

public sealed class DraftTask
{
    public string Number { get; set; } = "";

    public string Text { get; set; } = "";

    public int? Line { get; set; }

    public TaskRecurrence Recurrence { get; set; } = TaskRecurrence.Ongoing;

    public string? DueOn { get; set; }

    public Guid? ParentTaskId { get; set; }

    public List<DraftTaskUnit> Units { get; set; } = [];
}

/// <summary>A unit as the document names it in one task, and its role there.</summary>
public sealed class DraftTaskUnit
{
    public string Name { get; set; } = "";

    public AssignmentRole Role { get; set; }
}

/// <summary>One unit name of the document and the organizations it stands for.</summary>
public sealed class DraftUnit
{
    public string Name { get; set; } = "";

    public List<Guid> OrganizationIds { get; set; } = [];

    /// <summary>The officer's decision that the name is not an organization in DanVan: kept by name only.</summary>
    public bool Unlisted { get; set; }
}
