using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Audit;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Audit.Contracts;

/// <summary>The Audit module's tables, read as <c>db.AuditEntries</c>; a module's data is changed only by that module (its entities' methods).</summary>
public static class AuditSets
{
    extension(AppDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
