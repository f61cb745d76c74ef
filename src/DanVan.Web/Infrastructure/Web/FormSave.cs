using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>A unique key a form explains: when <paramref name="Column"/> clashes, <paramref name="Message"/> goes on <paramref name="Field"/>.</summary>
public sealed record UniqueField(string Column, string Field, string Message);

/// <summary>
/// The one way a page saves: the change and the save run together; a broken business rule becomes a form message,
/// a unique-key clash becomes "already exists" on the field that holds the key, and the tracked changes are
/// dropped so that the page shows again with what the user typed. Any other database error is not explained away:
/// it reaches the error page (with its correlation id) and nothing was written.
/// </summary>
public static class FormSave
{
    public static Task<bool> TrySaveAsync(this ModelStateDictionary form, AppDbContext db, Action change, CancellationToken cancellationToken, params UniqueField[] unique) =>
        form.TrySaveAsync(db, () =>
        {
            change();
            return Task.CompletedTask;
        }, cancellationToken, unique);

    public static async Task<bool> TrySaveAsync(this ModelStateDictionary form, AppDbContext db, Func<Task> change, CancellationToken cancellationToken, params UniqueField[] unique)
    {
        try
        {
            await change();
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (AccessDeniedException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
        catch (BusinessRuleException e)
        {
            form.AddModelError(string.Empty, e.Message);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && UniqueViolation.Columns(e) is { } columns)
        {
            var field = unique.FirstOrDefault(u => columns.Contains(u.Column, StringComparer.Ordinal));
            form.AddModelError(field?.Field ?? string.Empty, field?.Message ?? "Đã có một bản ghi trùng với dữ liệu vừa nhập. Hãy kiểm tra lại.");
        }

        db.ChangeTracker.Clear();
        return false;
    }

    /// <summary>
    /// Forgets what a page's other forms bound, so that only the form sent is validated (a page with a form to edit
    /// a record and one to add beside it binds both on every post).
    /// </summary>
    public static void OnlyFor(this ModelStateDictionary form, string prefix)
    {
        foreach (var key in form.Keys.Where(k => k.Length > 0 && !k.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            form.Remove(key);
        }
    }
}
