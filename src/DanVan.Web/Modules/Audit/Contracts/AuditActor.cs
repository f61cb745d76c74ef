using System.Diagnostics;
using System.Security.Claims;

namespace DanVan.Web.Modules.Audit.Contracts;

/// <summary>Who is writing: the signed-in user on a request, or the named actor of a CLI command or start-up job.</summary>
public sealed class AuditActor(IHttpContextAccessor httpContextAccessor)
{
    private static readonly AsyncLocal<string?> Ambient = new();

    /// <summary>Names the actor for the writes of a command or job, until the returned scope is disposed.</summary>
    public static IDisposable As(string actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Restore(previous);
    }

    public (string? UserId, string Name, string? CorrelationId) Current()
    {
        var context = httpContextAccessor.HttpContext;
        var correlationId = Activity.Current?.TraceId.ToString() ?? context?.TraceIdentifier;
        if (Ambient.Value is { } ambient)
        {
            return (null, ambient, correlationId);
        }

        var user = context?.User;
        if (user?.Identity?.IsAuthenticated == true)
        {
            return (user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? "?", correlationId);
        }

        return (null, context is null ? "hệ thống" : "ẩn danh", correlationId);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
