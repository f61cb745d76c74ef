using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// The one skeleton of an administrator's page that adds or edits a catalog row (a kind of organization, an area, an
/// indicator): the form bound to <see cref="Input"/>, the row being edited in <see cref="Existing"/> (404 when the id
/// names none), and a save that goes through the entity and <see cref="FormSave"/> (a broken rule or a taken code is a
/// message on the form, never a 500) and back to the list with a message. Each page says only what differs.
/// </summary>
public abstract class CatalogEditPage<TEntity, TInput>(AppDbContext db) : PageModel
    where TEntity : class
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public TEntity? Existing { get; protected set; }

    protected AppDbContext Db => db;

    /// <summary>The key the database keeps unique, explained on its field.</summary>
    protected abstract UniqueField Unique { get; }

    /// <summary>A new row from the form (the entity checks it).</summary>
    protected abstract TEntity Create();

    /// <summary>The form applied to the row being edited (the entity checks it).</summary>
    protected abstract void Update(TEntity existing);

    /// <summary>What the user reads after saving.</summary>
    protected abstract string Saved(TEntity row, bool created);

    /// <summary>The form shown: the page, or 404 when what it edits was not found.</summary>
    protected IActionResult Show(bool found) => found ? Page() : NotFound();

    /// <summary>Checks the form, saves through the entity, and goes back to <paramref name="list"/>; the form again with its messages otherwise.</summary>
    protected async Task<IActionResult> SaveAsync(bool found, CancellationToken cancellationToken, string list = "Index")
    {
        if (!found)
        {
            return NotFound();
        }

        var row = Existing;
        var saved = ModelState.IsValid && await ModelState.TrySaveAsync(db, () =>
        {
            if (row is null)
            {
                row = Create();
                db.Add(row);
            }
            else
            {
                Update(row);
            }
        }, cancellationToken, Unique);
        if (!saved)
        {
            return Page();
        }

        TempData["Message"] = Saved(row!, Existing is null);
        return RedirectToPage(list);
    }
}
