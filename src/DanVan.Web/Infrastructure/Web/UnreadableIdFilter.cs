using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// A handler's id that is in the link but cannot be read (<c>?unitId=abc</c>) names nothing: the page answers 404.
/// Without this the id would bind as empty and an optional one would silently mean "none" (a new province
/// instead of a commune under one, the plan's issuer instead of the unit asked for).
/// </summary>
public sealed class UnreadableIdFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var unreadable = context.HandlerMethod?.Parameters.Any(p =>
            (p.ParameterType == typeof(Guid) || p.ParameterType == typeof(Guid?))
            && context.ModelState.GetFieldValidationState(p.BindingInfo?.BinderModelName ?? p.Name) == ModelValidationState.Invalid) ?? false;
        if (unreadable)
        {
            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
