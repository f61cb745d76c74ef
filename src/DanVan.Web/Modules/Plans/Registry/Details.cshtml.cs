using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Plans.Registry;

/// <summary>One document: what it cites, what cites it, and the plans that carry it out.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    public OfficialDocument Document { get; private set; } = null!;

    public Plan? OwnPlan { get; private set; }

    public IReadOnlyList<OfficialDocument> Cites { get; private set; } = [];

    public IReadOnlyList<OfficialDocument> CitedBy { get; private set; } = [];

    public IReadOnlyList<Plan> Implementing { get; private set; } = [];

    public bool CanEdit { get; private set; }

    /// <summary>The file the entry was made from, when it was entered from an upload.</summary>
    public SourceFileInfo? Source { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var documents = db.Documents.AsNoTracking().VisibleTo(db, scope);
        var document = await documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Document = document;
        var plans = db.Plans.AsNoTracking().VisibleTo(db, scope).Include(p => p.Document).Include(p => p.Organization);
        OwnPlan = await plans.SingleOrDefaultAsync(p => p.DocumentId == id, cancellationToken);
        Cites = await documents.Where(d => db.Set<DocumentCitation>().Any(c => c.CitingId == id && c.CitedId == d.Id)).OrderBy(d => d.IssuedOn).ToListAsync(cancellationToken);
        CitedBy = await documents.Where(d => db.Set<DocumentCitation>().Any(c => c.CitedId == id && c.CitingId == d.Id)).OrderBy(d => d.IssuedOn).ToListAsync(cancellationToken);
        Implementing = await plans.Where(p => p.ImplementsDocumentId == id).ToListAsync(cancellationToken);
        CanEdit = document.OrganizationId is null && scope.IsAdministrator;
        Source = await db.SourceFiles.AsNoTracking().Where(f => f.DocumentId == id)
            .Select(f => new SourceFileInfo(f.FileName, f.Size, f.UploadedAt)).SingleOrDefaultAsync(cancellationToken);
        return Page();
    }

    /// <summary>The original file, as uploaded.</summary>
    public async Task<IActionResult> OnGetSourceAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var visible = db.Documents.AsNoTracking().VisibleTo(db, scope);
        var file = await db.SourceFiles.AsNoTracking()
            .Where(f => f.DocumentId == id && visible.Any(d => d.Id == f.DocumentId))
            .SingleOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
