using System.Security.Cryptography;
using System.Text;
using DanVan.Web.Infrastructure.Errors;

namespace DanVan.Web.Modules.Accounts;

/// <summary>
/// A personal access token for the API. Only a SHA-256 hash is stored: the token itself is shown once.
/// It acts as its user, with exactly the user's memberships at the time of each request.
/// </summary>
public sealed class AccessToken
{
    public const string Prefix = "dv_";

    private AccessToken()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string UserId { get; private set; } = "";

    public AppUser? User { get; private set; }

    public string Name { get; private set; } = "";

    public string Hash { get; private set; } = "";

    /// <summary>The first characters, so the owner can tell tokens apart without the secret.</summary>
    public string Hint { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public static (AccessToken Token, string Secret) Issue(string userId, string name, int days, DateTime utcNow)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 100)
        {
            throw new BusinessRuleException("Tên mã truy cập là bắt buộc và không quá 100 ký tự.");
        }

        if (days is < 1 or > 366)
        {
            throw new BusinessRuleException("Thời hạn mã truy cập từ 1 đến 366 ngày.");
        }

        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var token = new AccessToken
        {
            UserId = userId,
            Name = name,
            Hash = HashOf(secret),
            Hint = secret[..(Prefix.Length + 4)],
            CreatedAt = utcNow,
            ExpiresAt = utcNow.AddDays(days),
        };
        return (token, secret);
    }

    public static string HashOf(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The one rule of a usable token, for the authentication handler's projection: not revoked, not expired.</summary>
    public static bool IsUsable(DateTime? revokedAt, DateTime expiresAt, DateTime utcNow) => revokedAt is null && expiresAt > utcNow;

    public void Revoke(DateTime utcNow)
    {
        if (RevokedAt is not null)
        {
            throw new BusinessRuleException("Mã truy cập này đã bị thu hồi.");
        }

        RevokedAt = utcNow;
    }
}
