using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Tests.Data.PreviousRelease;

/// <summary>
/// The schema of the last release whose migrations were written by hand (ADR 0002, superseded by 0011): its nine
/// migrations are kept here verbatim, with this empty context, to build a database of that release for the upgrade
/// test. The app itself no longer carries them.
/// </summary>
public sealed class PreviousReleaseContext(DbContextOptions<PreviousReleaseContext> options) : DbContext(options)
{
    public static PreviousReleaseContext Open(string provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<PreviousReleaseContext>();
        _ = provider == "Postgres" ? options.UseNpgsql(connectionString) : options.UseSqlite(connectionString);
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        options.AddInterceptors(DanVan.Web.Infrastructure.Data.VietnameseCollation.Instance);
        return new PreviousReleaseContext(options.Options);
    }
}
