namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// A form the framework cannot read (a NUL or another character it refuses in a field, a malformed body) is a 400
/// that says so, before antiforgery or any page sees it; nothing is written.
/// </summary>
public static class UnreadableForm
{
    public static IApplicationBuilder UseUnreadableFormRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.HasFormContentType && !HttpMethods.IsGet(context.Request.Method))
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
