using System.Security.Claims;
using System.Text.Encodings.Web;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Accounts.Auth;

/// <summary>
/// "Authorization: Bearer dv_…" with a personal access token. Anonymous or refused API calls get a JSON 401,
/// never a redirect to the sign-in page.
/// </summary>
internal sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    TimeProvider clock,
    Modules.Audit.Contracts.IAuditLog audit) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    /// <summary>When each token's use was last written to the audit log: once per token every 10 minutes, not every call.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> LastAudited = new();

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request) || !ApiPaths.IsApi(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (!secret.StartsWith(AccessToken.Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return AuthenticateResult.Fail("Malformed token.");
        }

        var hash = AccessToken.HashOf(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.AccessTokens.AsNoTracking()
            .Where(t => t.Hash == hash)
            .Select(t => new { t.UserId, t.ExpiresAt, t.RevokedAt, t.User!.UserName, t.User.IsActive, t.User.LockoutEnd })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null || !AccessToken.IsUsable(found.RevokedAt, found.ExpiresAt, now) || !found.IsActive
            || (found.LockoutEnd is { } lockout && lockout > clock.GetUtcNow()))
        {
            return AuthenticateResult.Fail("Unknown, expired or revoked token.");
        }

        var at = clock.GetUtcNow();
        if (!LastAudited.TryGetValue(hash, out var last) || at - last > TimeSpan.FromMinutes(10))
        {
            LastAudited[hash] = at;
            await audit.RecordAsync(Modules.Audit.Contracts.AuditEvent.TokenUsed, nameof(AccessToken), hash[..16], $"{found.UserName}: {Request.Method} {Request.Path}", Context.RequestAborted, (found.UserId, found.UserName ?? found.UserId));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, found.UserId), new Claim(ClaimTypes.Name, found.UserName ?? found.UserId)],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status401Unauthorized, "Chưa đăng nhập hoặc mã truy cập không hợp lệ.");

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        await audit.RecordAsync(Modules.Audit.Contracts.AuditEvent.Denied, "Request", Request.Path, Request.Method, Context.RequestAborted);
        await WriteProblem(StatusCodes.Status403Forbidden, "Bạn không có quyền thực hiện thao tác này.");
    }

    private Task WriteProblem(int status, string title)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            Response.Headers.WWWAuthenticate = "Bearer";
        }

        return Response.WriteAsJsonAsync(new { status, title }, options: null, contentType: "application/problem+json");
    }
}
