using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using DanVan.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>How many requests a caller may make (section <c>RateLimits</c>); windows in seconds.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in and two-factor attempts from one address: it is slowed down long before an account locks.</summary>
    public int SignInPerAddress { get; set; } = 5;

    /// <summary>Sign-in attempts for one account, from anywhere.</summary>
    public int SignInPerAccount { get; set; } = 10;

    public int SignInWindowSeconds { get; set; } = 300;

    public int ApiPerToken { get; set; } = 600;

    public int AnonymousPerAddress { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// The framework's rate limiter: per address on sign-in (policy <see cref="SignIn"/>), per token on the API, per
/// address on anonymous pages; per account on sign-in through <see cref="SignInThrottle"/>. A refusal is a 429 with
/// a Vietnamese page (JSON on the API) and Retry-After.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddDanVanRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(options);
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, context.Lease, cancellationToken);
            o.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetSlidingWindowLimiter("address:" + AddressOf(context), _ => Sliding(options.SignInPerAddress, options.SignInWindowSeconds))
                : RateLimitPartition.GetNoLimiter(""));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                ApiPaths.IsApi(context.Request) && context.Request.Headers.Authorization.Count > 0
                    ? RateLimitPartition.GetFixedWindowLimiter("token:" + Hash(context.Request.Headers.Authorization.ToString()), _ => Fixed(options.ApiPerToken, options.WindowSeconds))
                    : context.User.Identity?.IsAuthenticated != true
                        ? RateLimitPartition.GetFixedWindowLimiter("anonymous:" + AddressOf(context), _ => Fixed(options.AnonymousPerAddress, options.WindowSeconds))
                        : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.Loopback.ToString();

    public static async ValueTask RejectAsync(HttpContext context, RateLimitLease? lease, CancellationToken cancellationToken)
    {
        var retry = lease is not null && lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        const string title = "Quá nhiều yêu cầu";
        var explanation = $"Bạn đã gửi quá nhiều yêu cầu trong một thời gian ngắn. Hãy thử lại sau khoảng {Math.Max(1, (int)Math.Ceiling(retry.TotalMinutes))} phút.";
        if (ApiPaths.IsApi(context.Request))
        {
            await context.Response.WriteAsJsonAsync(new { status = 429, title = explanation }, options: null, contentType: "application/problem+json", cancellationToken);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title} – DanVan</title></head>"
            + $"<body><main><h1>{title}</h1><p>{explanation}</p><p><a href=\"/\">Về trang chủ</a></p></main></body></html>",
            Encoding.UTF8,
            cancellationToken);
    }

    private static SlidingWindowRateLimiterOptions Sliding(int permits, int seconds) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromSeconds(seconds),
        SegmentsPerWindow = 5,
        QueueLimit = 0,
    };

    private static FixedWindowRateLimiterOptions Fixed(int permits, int seconds) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromSeconds(seconds),
        QueueLimit = 0,
    };

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];

    /// <summary>Attempts for one account, whichever address they come from: slowed down before the account locks.</summary>
    public sealed class SignInThrottle(RateLimitOptions options) : IDisposable
    {
        private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(account =>
            RateLimitPartition.GetSlidingWindowLimiter(account, _ => Sliding(options.SignInPerAccount, options.SignInWindowSeconds)));

        /// <returns>A lease to check <see cref="RateLimitLease.IsAcquired"/> on, and dispose.</returns>
        public RateLimitLease Attempt(string email) => limiter.AttemptAcquire(email.Trim().ToUpperInvariant());

        public void Dispose() => limiter.Dispose();
    }
}
