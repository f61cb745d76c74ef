using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DanVan.Web.Modules.Audit.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using DanVan.Web.Infrastructure.Data;

namespace DanVan.Web.Modules.Audit;

/// <summary>
/// Records every create, update and delete in the same SaveChanges as the change itself, so a write and
/// its audit entry are committed or rolled back together. Secrets are never copied into the log.
/// </summary>
internal sealed class AuditInterceptor(AuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    // Vietnamese stays readable in the log (no \uXXXX escapes); it is shown HTML-encoded by Razor.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // The transaction this interceptor began to hold the chain's lock until the entries are committed.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, IDbContextTransaction> started = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        var entries = Record(eventData.Context);
        if (entries.Count > 0)
        {
            ChainAsync(eventData.Context!, entries, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var entries = Record(eventData.Context);
        if (entries.Count > 0)
        {
            await ChainAsync(eventData.Context!, entries, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        End(eventData.Context, commit: true, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await End(eventData.Context, commit: true, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        End(eventData.Context, commit: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        End(eventData.Context, commit: false, cancellationToken);

    /// <summary>
    /// Links the new entries to the last one written. Writers take turns (an advisory lock on PostgreSQL; SQLite's
    /// transactions take the write lock at once) from reading the last hash until their entries are committed.
    /// </summary>
    private async Task ChainAsync(DbContext context, List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is null)
        {
            started.AddOrUpdate(context, await context.Database.BeginTransactionAsync(cancellationToken));
        }

        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7310207420261201)", cancellationToken);
        }

        var previous = await context.Set<AuditEntry>().AsNoTracking().Where(a => a.Hash != null)
            .OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken);
        foreach (var entry in entries)
        {
            entry.Chain(previous);
            previous = entry.Hash;
        }
    }

    private async Task End(DbContext? context, bool commit, CancellationToken cancellationToken)
    {
        if (context is null || !started.TryGetValue(context, out var transaction))
        {
            return;
        }

        started.Remove(context);
        if (commit)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }

        await transaction.DisposeAsync();
    }

    /// <returns>The entries added, in the order they were recorded.</returns>
    private List<AuditEntry> Record(DbContext? context)
    {
        if (context is null)
        {
            return [];
        }

        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (entries.Any(e => e.Entity is AuditEntry && e.State != EntityState.Added))
        {
            throw new InvalidOperationException("The audit log is append-only.");
        }

        var recorded = entries.Where(e => e.Entity is AuditEntry).Select(e => (AuditEntry)e.Entity).ToList();
        var (userId, name, correlationId) = actor.Current();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in entries.Where(e => e.Entity is not AuditEntry))
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            var before = action == AuditAction.Created ? null : Snapshot(entry, original: true);
            var after = action == AuditAction.Deleted ? null : Snapshot(entry, original: false);
            if (action == AuditAction.Updated && before == after)
            {
                continue;
            }

            var audit = AuditEntry.Record(now, userId, name, action, entry.Metadata.ClrType.Name, KeyOf(entry), before, after, correlationId);
            context.Add(audit);
            recorded.Add(audit);
        }

        return recorded;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join("|", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            values[name] = property.Metadata.IsSecret() ? "***" : Abridged(original ? property.OriginalValue : property.CurrentValue);
        }

        return JsonSerializer.Serialize(values, Json);
    }

    /// <summary>Files and long texts are summarized: the log says what changed without holding a second copy of every upload.</summary>
    private static object? Abridged(object? value) => value switch
    {
        byte[] bytes => $"[{bytes.Length} bytes]",
        string { Length: > MaxLoggedText } text => $"{text[..MaxLoggedText]}… [{text.Length} ký tự]",
        _ => value,
    };

    private const int MaxLoggedText = 4000;
}
