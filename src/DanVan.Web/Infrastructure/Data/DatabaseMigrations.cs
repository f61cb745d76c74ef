using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// Applies the generated migrations of the context's engine. A database of the last release with hand-written
/// migrations (up to <see cref="LastHandWritten"/>) has exactly the schema of the generated baseline, so the
/// baseline is recorded as applied rather than run (docs/adr/0011); a database older than that release is refused
/// with a message, before anything is changed.
/// </summary>
public static class DatabaseMigrations
{
    public const string LastHandWritten = "20261201000009_AuditChain";
    public const string Baseline = "20261201000010_Baseline";

    private static readonly string[] HandWritten =
    [
        "20261122000001_Initial", "20261122000002_Plans", "20261122000003_Reporting", "20261122000004_Reminders",
        "20261122000005_Documents", "20261122000006_Targets", "20261126000007_PathPrefixIndex", "20261201000008_SharedState",
        LastHandWritten,
    ];

    public static async Task MigrateDanVanAsync(this AppDbContext db, CancellationToken cancellationToken = default)
    {
        var history = db.GetService<IHistoryRepository>();
        var applied = await history.ExistsAsync(cancellationToken)
            ? (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId).ToHashSet(StringComparer.Ordinal)
            : [];
        if (applied.Overlaps(HandWritten) && !applied.Contains(Baseline))
        {
            if (!applied.Contains(LastHandWritten))
            {
                throw new InvalidOperationException(
                    $"This database was made by a DanVan release older than the one that last migrated by hand ({LastHandWritten}). " +
                    "Upgrade it with that release first (run its 'migrate'), then with this one.");
            }

            var insert = history.GetInsertScript(new HistoryRow(Baseline, ProductInfo.GetVersion()));
            await db.Database.ExecuteSqlRawAsync(insert, cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
