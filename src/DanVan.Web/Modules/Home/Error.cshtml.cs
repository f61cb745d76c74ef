using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Modules.Home;

/// <summary>The friendly error page, with a correlation id that matches the logs; API paths get JSON.</summary>
[IgnoreAntiforgeryToken]
[Infrastructure.Web.UnreadableForm.NoFormBinding]
public sealed class ErrorModel(ILogger<ErrorModel> logger, Audit.Contracts.IAuditLog audit) : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public string CorrelationId { get; private set; } = "";

    public bool ShowCorrelation { get; private set; }

    // The code comes from the route only: the failed request's form may be what failed (a NUL in a field).
    public Task<IActionResult> OnGetAsync([FromRoute] int? statusCode) => HandleAsync(statusCode);

    public Task<IActionResult> OnPostAsync([FromRoute] int? statusCode) => HandleAsync(statusCode);

    // The status is re-executed with the request's own method: the API's PUT and DELETE get their JSON answer too.
    public Task<IActionResult> OnPutAsync([FromRoute] int? statusCode) => HandleAsync(statusCode);

    public Task<IActionResult> OnDeleteAsync([FromRoute] int? statusCode) => HandleAsync(statusCode);

    public Task<IActionResult> OnPatchAsync([FromRoute] int? statusCode) => HandleAsync(statusCode);

    /// <summary>A body over Kestrel's or the page's form limit, however deep the framework wrapped it.</summary>
    private static bool IsTooLarge(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                || (e is InvalidDataException && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<IActionResult> HandleAsync(int? statusCode)
    {
        CorrelationId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        // A body over the page's limit is the sender's 413, not a server error.
        var tooLarge = IsTooLarge(exception?.Error);
        var status = tooLarge ? StatusCodes.Status413PayloadTooLarge
            : exception is not null ? StatusCodes.Status500InternalServerError : statusCode ?? StatusCodes.Status500InternalServerError;
        if (exception is not null && !tooLarge)
        {
            logger.LogError(exception.Error, "Unhandled error on {Path}, correlation id {CorrelationId}", exception.Path, CorrelationId);
        }

        (Title, Explanation) = status switch
        {
            StatusCodes.Status404NotFound => ("Không tìm thấy trang", "Trang hoặc dữ liệu bạn tìm không tồn tại, hoặc nằm ngoài phạm vi được phân công của bạn."),
            StatusCodes.Status403Forbidden => ("Không có quyền truy cập", "Bạn không có quyền xem hoặc thực hiện thao tác này. Nếu cần, hãy đề nghị quản trị viên của đơn vị phân công."),
            StatusCodes.Status400BadRequest => ("Yêu cầu không hợp lệ", "Yêu cầu gửi lên không hợp lệ hoặc biểu mẫu đã hết hạn. Hãy tải lại trang và thử lại."),
            StatusCodes.Status409Conflict => ("Chưa lưu được", "Dữ liệu vừa được người khác thay đổi. Hãy tải lại trang và thử lại."),
            StatusCodes.Status413PayloadTooLarge => ("Tệp quá lớn", "Tệp gửi lên vượt quá dung lượng cho phép của trang này. Hãy quay lại và chọn tệp nhỏ hơn; chưa có gì được lưu."),
            _ => ("Đã có lỗi xảy ra", "Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu của bạn chưa bị thay đổi; hãy thử lại sau ít phút."),
        };
        if (HttpContext.Items[Infrastructure.Web.BusinessRuleFilter.MessageKey] is string message)
        {
            Explanation = message;
        }

        ShowCorrelation = status >= 500;
        var originalPath = exception?.Path ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        Response.StatusCode = status;
        if (status == StatusCodes.Status403Forbidden)
        {
            await audit.RecordAsync(Audit.Contracts.AuditEvent.Denied, "Request", originalPath, HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalQueryString, HttpContext.RequestAborted);
        }

        if (originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            if (status == StatusCodes.Status404NotFound)
            {
                Title = "Không tìm thấy dữ liệu: không có, hoặc nằm ngoài phạm vi được phân công của bạn";
            }

            return new JsonResult(new { status, title = Title, correlationId = CorrelationId }) { StatusCode = status, ContentType = "application/problem+json" };
        }

        return Page();
    }
}
