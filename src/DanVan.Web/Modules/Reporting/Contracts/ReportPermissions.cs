namespace DanVan.Web.Modules.Reporting.Contracts;

public static class ReportPermissions
{
    public const string View = "reports.view";
    public const string Write = "reports.write";
    public const string Review = "reports.review";
}
