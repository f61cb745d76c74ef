namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// A form the framework cannot read (over the page's size limit, a NUL or another character it refuses in a field, a
/// malformed body) is a 400 that says so, before antiforgery or any page sees it; nothing is written.
/// </summary>
public static class UnreadableForm
{
    /// <summary>Keeps a page (the error page) from reading the failed request's form again.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class NoFormBindingAttribute : Attribute, Microsoft.AspNetCore.Mvc.Filters.IResourceFilter
    {
        public void OnResourceExecuting(Microsoft.AspNetCore.Mvc.Filters.ResourceExecutingContext context)
        {
            var factories = context.ValueProviderFactories;
            foreach (var form in factories.Where(f => f is Microsoft.AspNetCore.Mvc.ModelBinding.FormValueProviderFactory
                or Microsoft.AspNetCore.Mvc.ModelBinding.FormFileValueProviderFactory or Microsoft.AspNetCore.Mvc.ModelBinding.JQueryFormValueProviderFactory).ToList())
            {
                factories.Remove(form);
            }
        }

        public void OnResourceExecuted(Microsoft.AspNetCore.Mvc.Filters.ResourceExecutedContext context)
        {
        }
    }

    public static IApplicationBuilder UseUnreadableFormRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // After routing, so that the page's own limits (RequestSizeLimit, RequestFormLimits) apply to the read.
        if (context.Request.HasFormContentType && !HttpMethods.IsGet(context.Request.Method)
            && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                context.Items[BusinessRuleFilter.MessageKey] = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                    ? "Dữ liệu gửi lên vượt quá dung lượng cho phép. Hãy gửi tệp nhỏ hơn."
                    : "Biểu mẫu có ký tự không hợp lệ (ví dụ ký tự NUL hoặc ký tự điều khiển). Hãy xóa ký tự đó và gửi lại; chưa có gì được lưu.";
                context.Response.StatusCode = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
                return;
            }
        }

        await next(context);
    });
}
