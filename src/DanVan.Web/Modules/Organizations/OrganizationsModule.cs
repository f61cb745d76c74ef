using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Organizations.Transfer;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations;

public static class OrganizationsModule
{
    /// <summary>The organization tree, areas and kinds of organization.</summary>
    public static IServiceCollection AddOrganizations(this IServiceCollection services)
    {
        services.AddEntityModel(typeof(OrganizationsModule), (model, engine) =>
        {
            if (engine == DatabaseProvider.Postgres)
            {
                // "Path starts with" (a subtree) cannot use the plain index under a non-C collation.
                model.Entity<Organization>().HasIndex(o => o.Path, "IX_organizations_units_Path_prefix").HasOperators("varchar_pattern_ops");
            }
        });
        services.AddScoped<OrganizationTree>();
        services.AddScoped<IResponsibilities, Responsibilities.Responsibilities>();
        services.AddScoped<OrganizationCsvImport>();
        services.AddApiEndpoints<Api.OrganizationsApi>();
        services.AddScoped<IDemoOrganizations, Demo.DemoProvince>();
        services.AddScoped<ISyntheticOrganizations, Demo.SyntheticOrganizations>();

        MembershipRole[] everyone = [MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer, MembershipRole.Inspector, MembershipRole.Viewer];
        services.AddOrganizationPermission(OrganizationPermissions.View, everyone);
        services.AddOrganizationPermission(OrganizationPermissions.Manage, MembershipRole.OrganizationAdmin);
        services.AddOrganizationPermission(OrganizationPermissions.AssignResponsibilities, MembershipRole.OrganizationAdmin, MembershipRole.Leader);
        services.AddAdministratorPermission(OrganizationPermissions.ReferenceData);
        services.AddNavEntry(new NavEntry("Tổ chức", "/Organizations/Units/Index", 50));
        services.AddNavEntry(new NavEntry("Địa bàn", "/Organizations/Areas/Index", 150, Permission: OrganizationPermissions.ReferenceData));
        services.AddNavEntry(new NavEntry("Loại tổ chức", "/Organizations/Kinds/Index", 160, Permission: OrganizationPermissions.ReferenceData));
        services.AddRecordName<Organization>("Đơn vị", "/Organizations/Units/Details/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id.ToString(), o => o.Name, ct); });
        services.AddRecordName<OrganizationKind>("Loại đơn vị");
        services.AddRecordName<Area>("Địa bàn");
        services.AddRecordName<Responsibilities.Responsibility>("Phân công phụ trách");
        return services;
    }
}
