using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DanVan.Web.Modules.Audit.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Web.Modules.Audit;

/// <summary>
/// Records every create, update and delete in the same SaveChanges as the change itself, so a write and
/// its audit entry are committed or rolled back together. Secrets are never copied into the log.
/// </summary>
public sealed class AuditInterceptor(AuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    // Vietnamese stays readable in the log (no \uXXXX escapes); it is shown HTML-encoded by Razor.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (entries.Any(e => e.Entity is AuditEntry && e.State != EntityState.Added))
        {
            throw new InvalidOperationException("The audit log is append-only.");
        }

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

            context.Add(AuditEntry.Record(now, userId, name, action, entry.Metadata.ClrType.Name, KeyOf(entry), before, after, correlationId));
        }
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
