using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Modules.Evaluation.Rounds;

/// <summary>
/// What the scorecard pages of a unit and of a head share: the per-criterion fields, the comment and discipline, and
/// one way to take a step (load, refuse who may not, read the points, save or show the form again with what was typed).
/// </summary>
public abstract class ScorecardPage(AppDbContext db) : PageModel
{
    protected AppDbContext Db { get; } = db;

    /// <summary>The per-criterion fields as typed (shown again when the form is refused).</summary>
    public ScoreForm Form { get; private set; } = new();

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public bool Discipline { get; set; }

    /// <summary>Loads the evaluation and what the page shows; false when the user may not read it.</summary>
    protected abstract Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken);

    protected async Task<IActionResult> ScoreAsync(Guid id, Func<bool> allowed, Func<ScoreForm, Action> change, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!allowed())
        {
            return Forbid();
        }

        Form = ScoreForm.Read(Request.Form);
        if (!Form.TryPoints(ModelState) || !ModelState.IsValid || !await ModelState.TrySaveAsync(Db, change(Form), cancellationToken))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = done;
        return RedirectToPage(new { id });
    }
}
