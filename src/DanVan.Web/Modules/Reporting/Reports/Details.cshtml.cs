using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>A report as saved, its history and versions; the receiving unit returns it with a comment or accepts it.</summary>
public sealed class DetailsModel(CurrentUser currentUser, ReportWorkspace workspace, ReportReview review) : PageModel
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

    [BindProperty]
    public string? CommentText { get; set; }

    /// <summary>The unit or its receiver writes a comment; the other side is told.</summary>
    public async Task<IActionResult> OnPostCommentAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Context.CanWrite && !Context.CanReview)
        {
            return Forbid();
        }

        var state = await currentUser.GetStateAsync(cancellationToken);
        var outcome = await review.CommentAsync(Context, CommentText, new ReportActor(currentUser.Id!, state.FullName), cancellationToken);
        if (outcome.Result != WriteResult.Saved)
        {
            await LoadAsync(id, cancellationToken);
            ModelState.AddModelError(nameof(CommentText), outcome.Message!);
            Revision = Context.Report.Revision;
            return Page();
        }

        TempData["Message"] = "Đã gửi ý kiến; bên kia được thông báo.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken) =>
        ReviewAsync(id, ReviewAction.Return, "Đã trả lại báo cáo cho đơn vị; đơn vị được thông báo.", cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        ReviewAsync(id, ReviewAction.Accept, "Đã tiếp nhận báo cáo; báo cáo được khóa, đơn vị được thông báo.", cancellationToken);

    private async Task<IActionResult> ReviewAsync(Guid id, ReviewAction action, string done, CancellationToken cancellationToken)
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
        var outcome = await review.ReviewAsync(Context, action, Revision, Comment, ConfirmAccept, new ReportActor(currentUser.Id!, state.FullName), cancellationToken);
        if (outcome.Result != WriteResult.Saved)
        {
            await LoadAsync(id, cancellationToken);
            ModelState.AddModelError("", outcome.Message ?? new ReportChangedException(Context.Report.UpdatedByName, Context.Report.UpdatedAt).Message);
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
