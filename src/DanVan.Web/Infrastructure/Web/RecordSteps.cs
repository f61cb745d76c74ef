using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// One step on a record's page (accept a case, hold a dialogue…), taken the same way everywhere: under the record's
/// lock, from a fresh read, refused unless the reader's rights allow it, saved with a rule's message shown on the
/// page (nothing half-written), then back to the page with what was done.
/// </summary>
public static class RecordSteps
{
    /// <param name="held">The record's lock, taken by the caller (released when the step ends).</param>
    /// <param name="load">Reads the record and the user's rights into the page; false when the user may not read it.</param>
    /// <param name="allowed">Whether the rights just read allow this step.</param>
    public static async Task<IActionResult> RunAsync(this PageModel page, AppDbContext db, IAsyncDisposable held, Func<Task<bool>> load, Func<bool> allowed, Func<Task> step, string done, Func<IActionResult> back, CancellationToken cancellationToken)
    {
        await using (held)
        {
            if (!await load())
            {
                return page.NotFound();
            }

            if (!allowed())
            {
                return page.Forbid();
            }

            page.ModelState.Clear();
            try
            {
                if (!await page.ModelState.TrySaveAsync(db, step, cancellationToken))
                {
                    await load();
                    return page.Page();
                }
            }
            catch (AccessDeniedException)
            {
                return page.Forbid();
            }

            page.TempData["Message"] = done;
            return back();
        }
    }
}
