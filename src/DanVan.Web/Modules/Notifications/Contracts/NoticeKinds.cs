namespace DanVan.Web.Modules.Notifications.Contracts;

/// <summary>
/// The kinds of notice. For each, a person chooses how e-mail brings it (at once, in the day's digest, or not at all);
/// in the app every notice always comes.
/// </summary>
public static class NoticeKinds
{
    public const string ReportReview = "report-review";
    public const string ReportReminder = "report-reminder";
    public const string TaskChange = "task-change";
    public const string TaskReminder = "task-reminder";
    public const string Inspection = "inspection";
    public const string Petition = "petition";
    public const string Dialogue = "dialogue";
    public const string Other = "other";

    /// <summary>
    /// Each kind as the settings page names it, in its order, with how e-mail brings it to someone who chose nothing.
    /// Reminders are made once a day per unit, in one pass, so they come at once (a "1 day left" must not wait for
    /// tomorrow's digest); the changes of tasks, which come in bursts (an import, a day of corrections), in the digest.
    /// </summary>
    public static readonly IReadOnlyList<(string Kind, string Label, EmailDelivery Default)> All =
    [
        (ReportReview, "Báo cáo của đơn vị bị trả lại, được tiếp nhận hay có ý kiến trao đổi", EmailDelivery.Immediate),
        (ReportReminder, "Nhắc hạn gửi báo cáo; báo tin đơn vị cấp dưới chưa có ai nhận được nhắc hạn", EmailDelivery.Immediate),
        (TaskChange, "Nhiệm vụ mới được giao, hạn nhiệm vụ hay hạn chu kỳ thay đổi", EmailDelivery.Daily),
        (TaskReminder, "Nhắc hạn các chu kỳ nhiệm vụ (sắp đến hạn, quá hạn)", EmailDelivery.Immediate),
        (Inspection, "Kiểm tra, giám sát: đơn vị được thông báo làm việc, báo cáo tự kiểm tra đã gửi, kết luận đã ban hành", EmailDelivery.Immediate),
        (Petition, "Đơn của người dân: đơn mới, được chuyển đến, được giao xử lý, sắp đến hoặc quá hạn thụ lý, giải quyết", EmailDelivery.Immediate),
        (Dialogue, "Đối thoại với Nhân dân: được mời phối hợp tổ chức, được giao thực hiện cam kết, biên bản đã ban hành", EmailDelivery.Immediate),
        (Other, "Thông báo khác (được giao tổng hợp báo cáo …)", EmailDelivery.Immediate),
    ];

    public static bool IsKnown(string? kind) => All.Any(k => k.Kind == kind);

    public static EmailDelivery DefaultOf(string kind) => All.FirstOrDefault(k => k.Kind == kind).Default;
}

/// <summary>How e-mail brings one kind of notice to a person.</summary>
public enum EmailDelivery
{
    /// <summary>At the next delivery pass (within the reminder interval); several waiting at once go in one letter.</summary>
    Immediate = 0,

    /// <summary>In one letter a day, at the configured hour, with everything else of the day.</summary>
    Daily = 1,

    /// <summary>In the app only.</summary>
    None = 2,
}
