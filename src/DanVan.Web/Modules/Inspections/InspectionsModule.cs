using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Inspections.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Inspections;

public static class InspectionsModule
{
    /// <summary>Inspection and supervision: yearly programmes, inspections with their team, findings and conclusion, recommendations followed to the end.</summary>
    public static IServiceCollection AddInspections(this IServiceCollection services)
    {
        services.AddEntityModel(typeof(InspectionsModule));
        services.AddScoped<Work.InspectionWork>();
        services.AddScoped<Work.InspectionPlanning>();
        services.AddScoped<Demo.DemoInspection>();
        services.AddScoped<Contracts.IInspectionsDemo>(sp => sp.GetRequiredService<Demo.DemoInspection>());

        services.AddOrganizationPermission(InspectionPermissions.View, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer, MembershipRole.Inspector, MembershipRole.Viewer);
        services.AddOrganizationPermission(InspectionPermissions.Manage, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Inspector);
        services.AddOrganizationPermission(InspectionPermissions.Respond, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer);
        services.AddNavEntry(new NavEntry("Kiểm tra, giám sát", "/Inspections/Index", 35));

        services.AddRecordName<Programme>("Chương trình kiểm tra, giám sát", "/Inspections/Programmes/Details/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.InspectionProgrammes.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToDictionaryAsync(p => p.Id.ToString(), p => p.Title, ct); });
        services.AddRecordName<Inspection>("Cuộc kiểm tra, giám sát", "/Inspections/Details/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.Inspections.Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Title }).ToDictionaryAsync(i => i.Id.ToString(), i => i.Title, ct); });
        services.AddRecordName<InspectedUnit>("Đơn vị được kiểm tra");
        services.AddRecordName<TeamMember>("Thành viên đoàn kiểm tra");
        services.AddRecordName<InspectionContent>("Nội dung kiểm tra");
        services.AddRecordName<Finding>("Kết quả kiểm tra");
        services.AddRecordName<Recommendation>("Kiến nghị sau kiểm tra");
        services.AddRecordName<InspectionFile>("Tài liệu gửi đoàn kiểm tra");
        return services;
    }
}
