using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations.Contracts;

/// <summary>The Organizations module's tables, read as <c>db.Areas</c>; a module's data is changed only by that module (its entities' methods).</summary>
public static class OrganizationSets
{
    extension(AppDbContext db)
    {
        public DbSet<Area> Areas => db.Set<Area>();

        public DbSet<OrganizationKind> OrganizationKinds => db.Set<OrganizationKind>();

        public DbSet<Organization> Organizations => db.Set<Organization>();
    }
}
