namespace DanVan.Web.Modules.Audit.Contracts;

/// <summary>Events that are not writes but must be in the audit log.</summary>
public enum AuditEvent
{
    SignedIn,
    SignInFailed,
    Denied,
    TokenUsed,
    Exported,
    SensitiveRead,
}

/// <summary>
/// Records an event in the audit log at once, in its own unit of work (a refused or failed request still leaves
/// its trace), chained like every entry.
/// </summary>
public interface IAuditLog
{
    /// <param name="as">Who acted, when the request does not say yet (sign-in, token authentication).</param>
    Task RecordAsync(AuditEvent kind, string entityType, string entityId, string? detail, CancellationToken cancellationToken, (string UserId, string Name)? @as = null);

    /// <summary>Several events of one request, written together.</summary>
    Task RecordManyAsync(AuditEvent kind, IReadOnlyList<(string EntityType, string EntityId, string? Detail)> events, CancellationToken cancellationToken, (string UserId, string Name)? @as = null);
}
