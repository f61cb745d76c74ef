using System.Text.Json;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Audit.Contracts;

namespace DanVan.Web.Modules.Audit;

internal sealed class AuditLog(IServiceScopeFactory scopes, AuditActor actor, TimeProvider clock, ILogger<AuditLog> logger) : IAuditLog
{
    // Vietnamese stays readable in the log, as in the entries of writes (AuditInterceptor).
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public Task RecordAsync(AuditEvent kind, string entityType, string entityId, string? detail, CancellationToken cancellationToken, (string UserId, string Name)? @as = null) =>
        RecordManyAsync(kind, [(entityType, entityId, detail)], cancellationToken, @as);

    public async Task RecordManyAsync(AuditEvent kind, IReadOnlyList<(string EntityType, string EntityId, string? Detail)> events, CancellationToken cancellationToken, (string UserId, string Name)? @as = null)
    {
        var (userId, name, correlationId) = actor.Current();
        if (@as is { } who)
        {
            (userId, name) = (who.UserId, who.Name);
        }

        var action = kind switch
        {
            AuditEvent.SignedIn => AuditAction.SignedIn,
            AuditEvent.SignInFailed => AuditAction.SignInFailed,
            AuditEvent.Denied => AuditAction.Denied,
            AuditEvent.TokenUsed => AuditAction.TokenUsed,
            AuditEvent.Exported => AuditAction.Exported,
            _ => AuditAction.Read,
        };
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            // One unit of work for all the events of a request (a list page reads many records): one turn on the chain.
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var (entityType, entityId, detail) in events)
            {
                var after = detail is null ? null : JsonSerializer.Serialize(new { detail }, Readable);
                db.Add(AuditEntry.Record(now, userId, name, action, entityType, entityId.Length > 200 ? entityId[..200] : entityId, null, after, correlationId));
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            // The events are logged by the server even when the database could not take them.
            logger.LogError(e, "{Count} audit events {Kind} by {Actor} not recorded", events.Count, kind, name);
        }
    }
}
