namespace DanVan.Web.Modules.Reporting.Reports;

public enum ReportStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
}

public enum ReportAction
{
    Submitted,
    Returned,
    Accepted,

    /// <summary>An exchange between the unit and its receiver, which changes nothing of the report.</summary>
    Commented,
}

internal static class ReportVocabulary
{
    public static string Vietnamese(this ReportStatus status) => status switch
    {
        ReportStatus.Draft => "Đang soạn",
        ReportStatus.Submitted => "Đã gửi, chờ duyệt",
        ReportStatus.Returned => "Bị trả lại",
        ReportStatus.Accepted => "Đã tiếp nhận",
        _ => status.ToString(),
    };

    /// <summary>The status as the report's page says it: a report outside DanVan, once sent, waits for no one.</summary>
    public static string StatusText(this Report report) =>
        report.IsExternal && report.Status == ReportStatus.Submitted ? $"Đã gửi {report.ExternalRecipient}" : report.Status.Vietnamese();

    public static string Badge(this ReportStatus status) => status switch
    {
        ReportStatus.Draft => "text-bg-light border",
        ReportStatus.Submitted => "text-bg-info",
        ReportStatus.Returned => "text-bg-warning",
        _ => "text-bg-success",
    };

    public static string Vietnamese(this ReportAction action) => action switch
    {
        ReportAction.Submitted => "Gửi báo cáo",
        ReportAction.Returned => "Trả lại",
        ReportAction.Accepted => "Tiếp nhận",
        ReportAction.Commented => "Ý kiến",
        _ => action.ToString(),
    };
}
