using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reminders;
using DanVan.Web.Modules.Reporting.Reports;

namespace DanVan.Web.Modules.Reporting;

public static class ReportingModule
{
    public static IServiceCollection AddReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PeriodOpening>();
        services.AddScoped<ReportWorkspace>();
        services.AddScoped<CompletenessQuery>();
        services.AddScoped<Consolidation.ConsolidationQuery>();
        services.AddScoped<Consolidation.PassageQuery>();
        services.AddScoped<Consolidation.UpwardDraft>();
        services.AddScoped<Documents.DocumentIssuing>();
        services.AddScoped<IIndicatorCatalog, IndicatorCatalog>();
        services.AddScoped<IReportingDemo, DemoPeriods>();
        services.AddScoped<IReportingOverview, ReportingOverview>();
        services.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.AddScoped<ReminderRun>();
        services.AddHostedService<ReminderService>();
        services.AddApiEndpoints<Api.ReportingApi>();
        return services;
    }
}
