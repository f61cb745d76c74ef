using DanVan.Web.Cli;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans.Import;

namespace DanVan.Web.Modules.Plans;

public static class PlansModule
{
    /// <summary>The registry of documents, plans imported and cascaded, their tasks and progress.</summary>
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddEntityModel(typeof(PlansModule));
        services.AddScoped<PlanImporter>();
        services.AddScoped<IPlanImport>(sp => sp.GetRequiredService<PlanImporter>());
        services.AddScoped<ImportStaging>();
        services.AddScoped<Progress.ProgressRecording>();
        services.AddScoped<Correction.PlanCorrections>();
        services.AddApiEndpoints<Api.PlansApi>();
        services.AddScoped<ISyntheticPlan, Demo.SyntheticPlan>();
        services.AddScoped<IPlanDemo, Demo.DemoProgress>();
        services.AddCliCommand(PlanCommand.Create);
        services.AddSingleton<Cycles.CycleInterceptor>();
        services.AddDatabaseInterceptor<Cycles.CycleInterceptor>();
        services.AddSingleton<Tasks.TaskNotices>();
        services.AddDatabaseInterceptor<Tasks.TaskNotices>(order: 10); // after the cycles (which detect the changes), before the audit log
        services.AddScoped<Cycles.CycleRollover>();
        services.AddScoped<ITaskCycles, Cycles.TaskCycles>();
        services.AddScoped<ICycleReminders, Cycles.CycleReminders>();
        services.AddScoped<IStartupTask, Cycles.CycleStartup>();
        services.AddHostedService<Cycles.CycleService>();

        services.AddOrganizationPermission(PlanPermissions.View, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer, MembershipRole.Inspector, MembershipRole.Viewer);
        services.AddOrganizationPermission(PlanPermissions.Manage, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer);
        services.AddNavEntry(new NavEntry("Kế hoạch", "/Plans/Index", 10));
        services.AddNavEntry(new NavEntry("Nhiệm vụ", "/Plans/Board/Index", 20));
        services.AddNavEntry(new NavEntry("Sổ văn bản", "/Plans/Registry/Index", 40));
        services.AddRecordName<Plan>("Kế hoạch", "/Plans/Details/{id}");
        services.AddRecordName<PlanTask>("Nhiệm vụ", "/Plans/Tasks/Details/{id}");
        services.AddRecordName<TaskAssignment>("Phần việc của đơn vị", "/Plans/Progress/Index/{id}");
        services.AddRecordName<Cycles.TaskCycle>("Chu kỳ thực hiện");
        services.AddRecordName<Cycles.CycleDeadline>("Hạn chu kỳ");
        services.AddRecordName<Cycles.CycleReminder>("Nhắc hạn nhiệm vụ");
        services.AddRecordName<Cycles.LegacyCompletion>("Hoàn thành ghi trước khi có chu kỳ");
        services.AddRecordName<Progress.TaskProgress>("Cập nhật tiến độ");
        services.AddRecordName<Progress.EvidenceFile>("Tệp minh chứng");
        services.AddRecordName<OfficialDocument>("Văn bản", "/Plans/Registry/Details/{id}");
        services.AddRecordName<DocumentCitation>("Văn bản được trích dẫn");
        services.AddRecordName<SourceFile>("Tệp gốc của văn bản");
        services.AddRecordName<Import.StagedImport>("Tệp đang chờ nhập");
        services.AddRecordName<Correction.PlanCorrection>("Điều chỉnh kế hoạch");
        return services;
    }
}
