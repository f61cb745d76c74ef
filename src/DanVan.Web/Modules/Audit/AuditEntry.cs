using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DanVan.Web.Modules.Audit;

/// <summary>
/// One write to the database: who, when, which entity, before and after. Append-only, and chained: each entry's
/// hash covers its content and the hash of the entry before it, so a changed or removed entry is detected
/// (<c>audit verify</c>) even by someone who could get past the database's refusal to change the table.
/// </summary>
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

    /// <summary>SHA-256 of the previous entry's hash and this entry's content (null for entries before the chain).</summary>
    public string? Hash { get; private set; }

    /// <summary>Links the entry to the one before it.</summary>
    public void Chain(string? previousHash) => Hash = HashOf(previousHash, this);

    /// <summary>The hash an entry must carry after <paramref name="previousHash"/>.</summary>
    public static string HashOf(string? previousHash, AuditEntry entry)
    {
        var content = string.Join('\u001f', previousHash ?? "", entry.At.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            entry.UserId ?? "", entry.Actor, entry.Action.ToString(), entry.EntityType, entry.EntityId, entry.Before ?? "", entry.After ?? "", entry.CorrelationId ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    public static AuditEntry Record(DateTime at, string? userId, string actor, AuditAction action, string entityType, string entityId, string? before, string? after, string? correlationId) => new()
    {
        // Microseconds, as PostgreSQL keeps them, so that the hash reads back the same.
        At = new DateTime(at.Ticks - (at.Ticks % 10), at.Kind),
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

    /// <summary>A field declared sensitive was shown to someone other than its subject.</summary>
    Read = 4,
    SignedIn = 5,
    SignInFailed = 6,
    Denied = 7,
    TokenUsed = 8,
    Exported = 9,
}
