using Microsoft.AspNetCore.HttpOverrides;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// Where cookies are Secure-only, a request that arrives over plain HTTP could never sign in (the antiforgery and
/// session cookies are refused), so it gets a page that says why instead of an error deep in a form. Behind a
/// reverse proxy that terminates TLS on the same machine, the proxy's X-Forwarded-Proto tells DanVan the request
/// was HTTPS. The health check answers either way.
/// </summary>
public static class HttpsOnly
{
    public const string Message =
        "DanVan chỉ phục vụ qua kết nối bảo mật HTTPS. Hãy mở địa chỉ bắt đầu bằng https://, " +
        "hoặc báo quản trị viên kiểm tra cấu hình máy chủ (proxy phải chuyển tiếp X-Forwarded-Proto).";

    public static IServiceCollection AddForwardedProto(this IServiceCollection services) =>
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

    public static IApplicationBuilder UseHttpsOnly(this IApplicationBuilder app, ILogger logger) => app.Use(async (context, next) =>
    {
        if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        logger.LogWarning("Plain HTTP request to {Path} refused: Security:RequireHttps is on; serve DanVan over HTTPS or forward X-Forwarded-Proto from the proxy", context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(Message);
    });
}
