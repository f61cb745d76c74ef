namespace DanVan.Web.Modules.Notifications.Contracts;

/// <summary>The kinds of notice, each of which a person may choose not to receive by e-mail (they always stay in the app).</summary>
public static class NoticeKinds
{
    public const string ReportReview = "report-review";
    public const string ReportReminder = "report-reminder";
    public const string TaskChange = "task-change";
    public const string TaskReminder = "task-reminder";
    public const string Other = "other";

    /// <summary>Each kind as the settings page names it, in its order.</summary>
    public static readonly IReadOnlyList<(string Kind, string Label)> All =
    [
        (ReportReview, "Báo cáo của đơn vị bị trả lại hoặc được tiếp nhận"),
        (ReportReminder, "Nhắc hạn gửi báo cáo, đơn vị chưa nhắc được"),
        (TaskChange, "Nhiệm vụ mới được giao, hạn nhiệm vụ hay hạn chu kỳ thay đổi"),
        (TaskReminder, "Nhắc hạn các chu kỳ nhiệm vụ (sắp đến hạn, quá hạn)"),
        (Other, "Thông báo khác (được giao tổng hợp báo cáo …)"),
    ];

    public static bool IsKnown(string? kind) => All.Any(k => k.Kind == kind);
}
