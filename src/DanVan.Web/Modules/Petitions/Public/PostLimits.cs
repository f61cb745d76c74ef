using System.Threading.RateLimiting;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Modules.Petitions.Public;

/// <summary>
/// The framework's rate limiter on the public form: a policy per address (on the posts of <see cref="Policy"/>) and one
/// limiter for all addresses together (<see cref="Overall"/>, taken by the post itself), so a flood from many addresses
/// slows the form, never the signed-in pages.
/// </summary>
public sealed class PostLimits(IOptions<PetitionOptions> options) : IDisposable
{
    public const string Policy = "petition-post";

    private readonly FixedWindowRateLimiter overall = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = Math.Max(1, options.Value.PostsOverall),
        Window = TimeSpan.FromSeconds(Math.Max(1, options.Value.WindowSeconds)),
        QueueLimit = 0,
    });

    public RateLimitLease Overall() => overall.AttemptAcquire();

    public static void AddPolicy(RateLimiterOptions limiter, PetitionOptions options) =>
        limiter.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetSlidingWindowLimiter("petition:" + RateLimits.AddressOf(context), _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.PostsPerAddress),
                Window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds)),
                SegmentsPerWindow = 5,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));

    public void Dispose() => overall.Dispose();
}
