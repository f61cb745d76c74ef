using Microsoft.EntityFrameworkCore;
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
        services.AddScoped<IFollowUpTasks, FollowUp.FollowUpTasks>();
        services.AddScoped<IPlanProgress, Progress.PublicProgress>();
        services.AddScoped<ICycleReminders, Cycles.CycleReminders>();
        services.AddScoped<IStartupTask, Cycles.CycleStartup>();
        services.AddHostedService<Cycles.CycleService>();

        services.AddOrganizationPermission(PlanPermissions.View, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer, MembershipRole.Inspector, MembershipRole.Viewer);
        services.AddOrganizationPermission(PlanPermissions.Manage, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer);
        services.AddNavEntry(new NavEntry("Kế hoạch", "/Plans/Index", 10));
        services.AddNavEntry(new NavEntry("Nhiệm vụ", "/Plans/Board/Index", 20));
        services.AddNavEntry(new NavEntry("Sổ văn bản", "/Plans/Registry/Index", 40));
        services.AddRecordName<Plan>("Kế hoạch", "/Plans/Details/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.Plans.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Document!.Kind, p.Document.Number, Unit = p.Organization!.Name }).ToDictionaryAsync(p => p.Id.ToString(), p => $"{OfficialDocument.LabelOf(p.Kind, p.Number)} của {p.Unit}", ct); });
        services.AddRecordName<PlanTask>("Nhiệm vụ", "/Plans/Tasks/Details/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.PlanTasks.Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Number, t.Plan!.Document!.Kind, PlanNumber = t.Plan.Document.Number }).ToDictionaryAsync(t => t.Id.ToString(), t => $"Nhiệm vụ {t.Number} của {OfficialDocument.LabelOf(t.Kind, t.PlanNumber)}", ct); });
        services.AddRecordName<TaskAssignment>("Phần việc của đơn vị", "/Plans/Progress/Index/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.TaskAssignments.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Task!.Number, Unit = a.Organization != null ? a.Organization.Name : a.UnitName }).ToDictionaryAsync(a => a.Id.ToString(), a => $"Nhiệm vụ {a.Number} – {a.Unit}", ct); });
        services.AddRecordName<Cycles.TaskCycle>("Chu kỳ thực hiện");
        services.AddRecordName<Cycles.CycleDeadline>("Hạn chu kỳ");
        services.AddRecordName<Cycles.CycleReminder>("Nhắc hạn nhiệm vụ");
        services.AddRecordName<Cycles.LegacyCompletion>("Hoàn thành ghi trước khi có chu kỳ");
        services.AddRecordName<Progress.TaskProgress>("Cập nhật tiến độ");
        services.AddRecordName<Progress.EvidenceFile>("Tệp minh chứng");
        services.AddRecordName<OfficialDocument>("Văn bản", "/Plans/Registry/Details/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.Documents.Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Kind, d.Number }).ToDictionaryAsync(d => d.Id.ToString(), d => OfficialDocument.LabelOf(d.Kind, d.Number), ct); });
        services.AddRecordName<DocumentCitation>("Văn bản được trích dẫn");
        services.AddRecordName<SourceFile>("Tệp gốc của văn bản");
        services.AddRecordName<Import.StagedImport>("Tệp đang chờ nhập");
        services.AddRecordName<Correction.PlanCorrection>("Điều chỉnh kế hoạch");
        return services;
    }
}
