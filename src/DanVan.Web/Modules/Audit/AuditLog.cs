using System.Text.Json;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Audit.Contracts;

namespace DanVan.Web.Modules.Audit;

public sealed class AuditLog(IServiceScopeFactory scopes, AuditActor actor, TimeProvider clock, ILogger<AuditLog> logger) : IAuditLog
{
    public async Task RecordAsync(AuditEvent kind, string entityType, string entityId, string? detail, CancellationToken cancellationToken, (string UserId, string Name)? @as = null)
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
        var after = detail is null ? null : JsonSerializer.Serialize(new { detail });
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(AuditEntry.Record(clock.GetUtcNow().UtcDateTime, userId, name, action, entityType, entityId.Length > 200 ? entityId[..200] : entityId, null, after, correlationId));
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            // The event is logged by the server even when the database could not take it.
            logger.LogError(e, "Audit event {Kind} on {Entity} {Id} by {Actor} not recorded", kind, entityType, entityId, name);
        }
    }
}
