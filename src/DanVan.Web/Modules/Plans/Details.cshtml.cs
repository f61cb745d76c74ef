using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Plans;

/// <summary>One plan: its document, the directive and parent plan above it, its tasks and who carries them out.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public IReadOnlyList<OfficialDocument> Citations { get; private set; } = [];

    public SourceFileInfo? Source { get; private set; }

    public IReadOnlyList<Plan> ChildPlans { get; private set; } = [];

    /// <summary>How the plan was corrected since its confirmation, the latest first.</summary>
    public IReadOnlyList<Correction.PlanCorrection> Corrections { get; private set; } = [];

    /// <summary>Units the user manages that received tasks here and have not yet made their own plan.</summary>
    public IReadOnlyList<Organization> CanCascadeFor { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, scope)
            .Include(p => p.Document).Include(p => p.Organization)
            .Include(p => p.ImplementsDocument).Include(p => p.Consolidator)
            .Include(p => p.ParentPlan).ThenInclude(p => p!.Document)
            .Include(p => p.Tasks).ThenInclude(t => t.Assignments).ThenInclude(a => a.Organization)
            .Include(p => p.Tasks).ThenInclude(t => t.ParentTask)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        CanManage = scope.Allows(PlanPermissions.Manage, plan.Organization!);
        Citations = await db.Documents.AsNoTracking().VisibleTo(db, scope)
            .Where(d => db.Set<DocumentCitation>().Any(c => c.CitingId == plan.DocumentId && c.CitedId == d.Id))
            .OrderBy(d => d.IssuedOn).ToListAsync(cancellationToken);
        Source = await db.SourceFiles.AsNoTracking().Where(f => f.PlanId == id)
            .Select(f => new SourceFileInfo(f.FileName, f.Size, f.UploadedAt)).SingleOrDefaultAsync(cancellationToken);
        ChildPlans = await db.Plans.AsNoTracking().VisibleTo(db, scope).Include(p => p.Document).Include(p => p.Organization)
            .Where(p => p.ParentPlanId == id).ToListAsync(cancellationToken);
        Corrections = await db.PlanCorrections.AsNoTracking().Where(c => c.PlanId == id).OrderByDescending(c => c.At).Take(100).ToListAsync(cancellationToken);
        var done = ChildPlans.Select(p => p.OrganizationId).ToHashSet();
        CanCascadeFor = plan.Tasks.SelectMany(t => t.Assignments).Select(a => a.Organization).OfType<Organization>()
            .DistinctBy(o => o.Id)
            .Where(o => !done.Contains(o.Id) && !o.IsArchived && scope.Allows(PlanPermissions.Manage, o))
            .OrderBy(o => o.Name, Infrastructure.Text.VietnameseText.Comparer)
            .ToList();
        return Page();
    }

    /// <summary>The original file, as uploaded.</summary>
    public async Task<IActionResult> OnGetSourceAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var file = await db.SourceFiles.AsNoTracking()
            .Where(f => db.Set<Plan>().VisibleTo(db, scope).Any(p => p.Id == f.PlanId) && f.PlanId == id)
            .SingleOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}

public sealed record SourceFileInfo(string FileName, long Size, DateTime UploadedAt);
