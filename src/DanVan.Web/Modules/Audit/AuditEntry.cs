namespace DanVan.Web.Modules.Audit;

/// <summary>One write to the database: who, when, which entity, before and after. Append-only.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    public string? UserId { get; private set; }

    public string Actor { get; private set; } = "";

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public string? CorrelationId { get; private set; }

    public static AuditEntry Record(DateTime at, string? userId, string actor, AuditAction action, string entityType, string entityId, string? before, string? after, string? correlationId) => new()
    {
        At = at,
        UserId = userId,
        Actor = actor,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Before = before,
        After = after,
        CorrelationId = correlationId,
    };
}

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}
