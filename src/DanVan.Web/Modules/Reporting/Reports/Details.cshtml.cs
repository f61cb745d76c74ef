using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>A report as saved, its history and versions; the receiving unit returns it with a comment or accepts it.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser, ReportWorkspace workspace, TimeProvider clock) : PageModel
{
    public ReportContext Context { get; private set; } = null!;

    public ReportSnapshot Current { get; private set; } = null!;

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>Accepting locks the report for good, so the reviewer ticks a confirmation first.</summary>
    [BindProperty]
    public bool ConfirmAccept { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Revision = Context.Report.Revision;
        return Page();
    }

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken) =>
        ReviewAsync(id, (report, actor, now) => report.Return(Revision, Comment ?? "", actor, now), "Đã trả lại báo cáo cho đơn vị.", cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        ReviewAsync(id, (report, actor, now) =>
        {
            if (!ConfirmAccept)
            {
                throw new BusinessRuleException("Hãy đánh dấu ô xác nhận trước khi tiếp nhận: báo cáo sẽ bị khóa.");
            }

            report.Accept(Revision, Comment, actor, now);
        }, "Đã tiếp nhận báo cáo; báo cáo được khóa.", cancellationToken);

    private async Task<IActionResult> ReviewAsync(Guid id, Action<Report, ReportActor, DateTime> step, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Context.CanReview)
        {
            return Forbid();
        }

        var state = await currentUser.GetStateAsync(cancellationToken);
        try
        {
            step(Context.Report, new ReportActor(currentUser.Id!, state.FullName), clock.GetUtcNow().UtcDateTime);
            db.Entry(Context.Report).Property(r => r.Revision).OriginalValue = Revision;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            ModelState.AddModelError("", new ReportChangedException(Context.Report.UpdatedByName, Context.Report.UpdatedAt).Message);
            Revision = Context.Report.Revision;
            return Page();
        }
        catch (BusinessRuleException e)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            ModelState.AddModelError("", e.Message);
            Revision = Context.Report.Revision;
            return Page();
        }

        TempData["Message"] = done;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var context = await workspace.LoadAsync(id, scope, cancellationToken);
        if (context is null)
        {
            return false;
        }

        Context = context;
        Current = ReportWorkspace.Snapshot(context);
        return true;
    }
}
