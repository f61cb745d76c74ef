using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Petitions.Calendar;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Petitions.Receptions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions;

public static class PetitionsModule
{
    /// <summary>
    /// The people are heard: petitions from the public form or taken in by staff, with a tracking code and the legal
    /// deadlines on a working-day calendar; citizen reception days; the public pages a visitor opens without an account.
    /// </summary>
    public static IServiceCollection AddPetitions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEntityModel(typeof(PetitionsModule));
        services.Configure<Public.PetitionOptions>(configuration.GetSection("Petitions"));
        var options = configuration.GetSection("Petitions").Get<Public.PetitionOptions>() ?? new Public.PetitionOptions();
        services.Configure<RateLimiterOptions>(o => Public.PostLimits.AddPolicy(o, options));
        services.AddSingleton<Public.PostLimits>();
        services.AddMemoryCache();
        services.AddSingleton<Public.FormChallenge>();
        services.AddScoped<Handling.PetitionWork>();
        services.AddScoped<IPetitionReminders, Handling.PetitionReminders>();
        services.AddScoped<IPetitionIntake, Handling.PetitionIntake>();
        services.AddScoped<IStartupTask, PetitionDefaults>();
        services.AddScoped<Demo.DemoPetitions>();
        services.AddScoped<IPetitionsDemo>(sp => sp.GetRequiredService<Demo.DemoPetitions>());
        services.Configure<RazorPagesOptions>(o => o.Conventions.AllowAnonymousToFolder("/Petitions/Public"));

        services.AddOrganizationPermission(PetitionPermissions.View, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer, MembershipRole.Inspector, MembershipRole.Viewer);
        services.AddOrganizationPermission(PetitionPermissions.Handle, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer);
        services.AddOrganizationPermission(PetitionPermissions.Receive, MembershipRole.OrganizationAdmin, MembershipRole.Leader);
        services.AddAdministratorPermission(PetitionPermissions.Administer);
        services.AddNavEntry(new NavEntry("Đơn, tiếp dân", "/Petitions/Index", 40, Permission: PetitionPermissions.View));

        services.AddRecordName<Petition>("Đơn của người dân", "/Petitions/Details/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.Petitions.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Code }).ToDictionaryAsync(p => p.Id.ToString(), p => "Đơn " + p.Code, ct); });
        services.AddRecordName<Petitioner>("Người gửi đơn");
        services.AddRecordName<PetitionEvent>("Diễn biến xử lý đơn");
        services.AddRecordName<PetitionFile>("Tệp đính kèm đơn");
        services.AddRecordName<PetitionReminder>("Nhắc hạn xử lý đơn");
        services.AddRecordName<Holiday>("Ngày nghỉ lễ");
        services.AddRecordName<DeadlineRule>("Thời hạn xử lý đơn");
        services.AddRecordName<ReceptionSession>("Buổi tiếp công dân", "/Petitions/Receptions/Index");
        services.AddRecordName<BannedSender>("Người gửi bị chặn");
        return services;
    }
}
