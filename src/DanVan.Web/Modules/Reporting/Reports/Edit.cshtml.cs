using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>
/// The reporting unit writes its report: a narrative for each of its tasks and the indicator values; saves
/// it as a draft or submits it. If someone else saved in between, nothing is written and the typed text stays.
/// </summary>
public sealed class EditModel(AppDbContext db, CurrentUser currentUser, ReportWorkspace workspace, TimeProvider clock) : PageModel
{
    public ReportContext Context { get; private set; } = null!;

    [BindProperty]
    public ReportForm Form { get; set; } = new();

    /// <summary>The version saved by someone else, shown beside the form after a conflict.</summary>
    public ReportSnapshot? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        Form = ReportWorkspace.FormOf(Context);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) => WriteAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) => WriteAsync(id, submit: true, cancellationToken);

    private async Task<IActionResult> WriteAsync(Guid id, bool submit, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        ModelState.Clear();
        var (narratives, values, errors) = ReportWorkspace.Read(Context, Form);
        if (errors.Count > 0)
        {
            errors.ForEach(e => ModelState.AddModelError(e.Field, e.Message));
            ModelState.AddModelError("", $"Chưa lưu: {errors.Count} số liệu chưa hợp lệ (đánh dấu đỏ bên dưới).");
            return Page();
        }

        var report = Context.Report;
        var state = await currentUser.GetStateAsync(cancellationToken);
        var actor = new ReportActor(currentUser.Id!, state.FullName);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            report.Save(Form.Revision, narratives, values, actor, now);
            if (submit)
            {
                report.Submit(report.Revision, ReportWorkspace.Snapshot(Context).ToJson(), actor, now);
            }

            // The revision the form was opened at is what the database must still hold (optimistic concurrency).
            db.Entry(report).Property(r => r.Revision).OriginalValue = Form.Revision;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is ReportChangedException or DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, e as ReportChangedException, cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        TempData["Message"] = submit ? $"Đã gửi báo cáo tới {Context.Receiver.Name}." : "Đã lưu bản nháp.";
        return submit ? RedirectToPage("Details", new { id }) : RedirectToPage(new { id });
    }

    /// <summary>Shows what the other person saved, keeps what this person typed, and lets them save again knowingly.</summary>
    private async Task<IActionResult> ConflictAsync(Guid id, ReportChangedException? changed, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var typed = Form;
        var reload = await LoadAsync(id, cancellationToken, redirectIfLocked: false);
        if (reload is not null)
        {
            return reload;
        }

        var message = (changed ?? new ReportChangedException(Context.Report.UpdatedByName, Context.Report.UpdatedAt)).Message;
        Theirs = ReportWorkspace.Snapshot(Context);
        Form = typed;
        Form.Revision = Context.Report.Revision;
        ModelState.Clear();
        ModelState.AddModelError("", message);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken, bool redirectIfLocked = true)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var context = await workspace.LoadAsync(id, scope, cancellationToken);
        if (context is null)
        {
            return NotFound();
        }

        if (!context.CanWrite)
        {
            return Forbid();
        }

        Context = context;
        if (redirectIfLocked && !context.Report.IsEditable)
        {
            TempData["Message"] = $"Báo cáo {context.Report.Status.Vietnamese().ToLowerInvariant()}, không sửa được.";
            return RedirectToPage("Details", new { id });
        }

        return null;
    }
}
