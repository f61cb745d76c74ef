using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// A rule a page did not turn into a form message itself still reaches the user as one, never as a 500: a broken
/// business rule is a 400 (403 when it is an authorization rule) and a save that lost a race (a concurrency token, a unique key) is a 409, each on
/// the error page with its message. Nothing was written: the failed save rolled back. Any other database error is
/// the server's (500, with a correlation id on the error page), not something to explain as the user's.
/// </summary>
public sealed class BusinessRuleFilter(ILogger<BusinessRuleFilter> logger) : IAsyncPageFilter
{
    public const string MessageKey = "DanVan.ErrorMessage";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            return;
        }

        var (status, message) = executed.Exception switch
        {
            AccessDeniedException e => (StatusCodes.Status403Forbidden, e.Message),
            BusinessRuleException e => (StatusCodes.Status400BadRequest, e.Message),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Dữ liệu vừa được người khác thay đổi nên chưa lưu được. Hãy tải lại trang và thử lại."),
            DbUpdateException e when Data.UniqueViolation.Columns(e) is not null => (StatusCodes.Status409Conflict, "Không lưu được vì dữ liệu này vừa được tạo ở nơi khác (trùng mã). Hãy tải lại trang và thử lại."),
            _ => (0, ""),
        };
        if (status == 0)
        {
            return;
        }

        if (status == StatusCodes.Status409Conflict)
        {
            logger.LogWarning(executed.Exception, "Save refused on {Path}", context.HttpContext.Request.Path);
        }

        executed.ExceptionHandled = true;
        context.HttpContext.Items[MessageKey] = message;
        executed.Result = new StatusCodeResult(status);
    }
}
