// Deliberate violations of the seams, compiled only into the tests: ModuleBoundaryTests proves its walker finds
// each one. Nothing calls them.
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Import;

namespace DanVan.Web.Modules.Reporting.Canary
{
    /// <summary>A Reporting class archiving a unit (another module's entity mutator), adding one, and using Plans' internals.</summary>
    internal static class ReportingCanary
    {
        public static void ArchiveTheUnit(Organization organization) => organization.Archive(hasActiveChildren: false, DateTime.UtcNow);

        public static void AddAUnit(AppDbContext db, Organization organization) => db.Organizations.Add(organization);

        public static string Importer(PlanImporter importer) => importer.ToString()!;
    }
}

namespace DanVan.Web.Infrastructure.Canary
{
    /// <summary>Infrastructure naming a module, even through its contracts.</summary>
    internal static class InfrastructureCanary
    {
        public static string Permission() => typeof(DanVan.Web.Modules.Plans.Contracts.PlanPermissions).Name;
    }
}

namespace DanVan.Web.Cli.Canary
{
    /// <summary>The CLI using a module's internals.</summary>
    internal static class CliCanary
    {
        public static string Tree(OrganizationTree tree) => tree.ToString()!;
    }
}
