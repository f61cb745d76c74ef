using Microsoft.EntityFrameworkCore;
using DanVan.Web.Cli;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reminders;
using DanVan.Web.Modules.Reporting.Reports;

namespace DanVan.Web.Modules.Reporting;

public static class ReportingModule
{
    /// <summary>Indicators, periods and reports, consolidation, the official document, dashboards, targets and reminders.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEntityModel(typeof(ReportingModule));
        services.AddScoped<PeriodOpening>();
        services.AddScoped<ReportWorkspace>();
        services.AddScoped<ReportReview>();
        services.AddScoped<CompletenessQuery>();
        services.AddScoped<Consolidation.ConsolidationQuery>();
        services.AddScoped<Consolidation.PassageQuery>();
        services.AddScoped<Consolidation.UpwardDraft>();
        services.AddScoped<Documents.DocumentIssuing>();
        services.AddScoped<IDocumentNumbers>(sp => sp.GetRequiredService<Documents.DocumentIssuing>());
        services.AddScoped<IIndicatorCatalog, IndicatorCatalog>();
        services.AddScoped<IReportingDemo, DemoPeriods>();
        services.AddScoped<ISyntheticReports, Demo.SyntheticReports>();
        services.AddScoped<IReportingOverview, ReportingOverview>();
        services.AddScoped<IPlanReports, PlanReports>();
        services.AddScoped<IReportTimeliness, ReportTimelinessCounts>();
        services.AddScoped<ReminderRun>();
        services.AddHostedService<ReminderService>();
        services.AddApiEndpoints<Api.ReportingApi>();
        services.AddCliCommand(ReminderCommands.Create);

        services.AddOrganizationPermission(ReportPermissions.View, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer, MembershipRole.Inspector, MembershipRole.Viewer);
        services.AddOrganizationPermission(ReportPermissions.Write, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer);
        services.AddOrganizationPermission(ReportPermissions.Review, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer);
        services.AddNavEntry(new NavEntry("Báo cáo", "/Reporting/Reports/Index", 30));
        services.AddNavEntry(new NavEntry("Chỉ tiêu", "/Reporting/Indicators/Index", 170, Permission: OrganizationPermissions.ReferenceData));
        services.AddRecordName<Reports.Report>("Báo cáo", "/Reporting/Reports/Details/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.Reports.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, Unit = r.Organization!.Name, r.Period!.Title }).ToDictionaryAsync(r => r.Id.ToString(), r => $"Báo cáo của {r.Unit} – {r.Title}", ct); });
        services.AddRecordName<Reports.ReportValue>("Số liệu của báo cáo");
        services.AddRecordName<Reports.ReportNarrative>("Nội dung báo cáo theo nhiệm vụ");
        services.AddRecordName<Reports.ReportEvent>("Diễn biến của báo cáo");
        services.AddRecordName<Reminders.ReportReminder>("Nhắc hạn báo cáo");
        services.AddRecordName<Periods.ReportingPeriod>("Kỳ báo cáo", "/Reporting/Periods/Details/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.ReportingPeriods.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id.ToString(), p => p.Title, ct); });
        services.AddRecordName<Periods.ReportingSchedule>("Lịch kỳ báo cáo");
        services.AddRecordName<Indicators.Indicator>("Chỉ tiêu");
        services.AddRecordName<Targets.IndicatorTarget>("Chỉ tiêu giao cho đơn vị");
        services.AddRecordName<Documents.IssuedDocument>("Văn bản báo cáo đã lấy số");
        services.AddRecordName<Documents.DocumentCounter>("Sổ số văn bản");
        return services;
    }
}
