using DanVan.Web.Cli;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Audit.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Modules.Audit;

public static class AuditModule
{
    /// <summary>The chained audit log: every write (an interceptor on every context), sign-ins, refusals, files handed out and reads of sensitive fields.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddEntityModel(typeof(AuditModule));
        services.AddSingleton<AuditActor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddDatabaseInterceptor<AuditInterceptor>(DatabaseInterceptorSetup.RecordsLast);
        services.AddSingleton(SensitiveReads.Instance);
        services.AddDatabaseInterceptor<SensitiveReads>();
        services.AddScoped<AuditVerification>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.Configure<MvcOptions>(o => o.Filters.Add<ExportAuditFilter>());
        services.AddAfterAuthentication(app => SensitiveReads.UseSensitiveReadAudit(app));
        services.AddAdministratorPermission(AuditPermissions.View);
        services.AddNavEntry(new NavEntry("Nhật ký", "/Audit/Index", 190, Permission: AuditPermissions.View));
        services.AddCliCommand(AuditCommands.Create);
        services.AddRecordName<AuditEntry>("Mục nhật ký");
        return services;
    }
}
