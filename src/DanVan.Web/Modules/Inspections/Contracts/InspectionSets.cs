using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Inspections.Contracts;

/// <summary>The Inspections module's tables, read as <c>db.Inspections</c>; changed only through the module's entities.</summary>
public static class InspectionSets
{
    extension(AppDbContext db)
    {
        public DbSet<Programme> InspectionProgrammes => db.Set<Programme>();

        public DbSet<Inspection> Inspections => db.Set<Inspection>();

        public DbSet<Recommendation> InspectionRecommendations => db.Set<Recommendation>();

        public DbSet<InspectionFile> InspectionFiles => db.Set<InspectionFile>();
    }
}
