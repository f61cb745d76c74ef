using DanVan.Web.Modules.Audit.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DanVan.Web.Modules.Audit;

/// <summary>Every file a page hands out (exports, documents, uploaded files) is in the audit log: who, which page, which file.</summary>
internal sealed class ExportAuditFilter(IAuditLog log) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Result is FileResult file)
        {
            var request = context.HttpContext.Request;
            await log.RecordAsync(AuditEvent.Exported, "Page", request.Path + request.QueryString, file.FileDownloadName, CancellationToken.None);
        }
    }
}
