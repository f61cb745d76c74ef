using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Progress;

/// <summary>Counts each plan's cycles per kind of unit in the database (one grouped query per page of plans).</summary>
internal sealed class PublicProgress(AppDbContext db) : IPlanProgress
{
    public const string PlanKind = "Kế hoạch";

    public async Task<Paged<PlanShare>> PublicAsync(DateOnly today, int page, int pageSize, CancellationToken cancellationToken)
    {
        var plans = db.Plans.AsNoTracking().Where(p => p.WithdrawnAt == null && p.Document!.Kind == PlanKind)
            .OrderBy(p => p.Organization!.Depth).ThenByDescending(p => p.Document!.IssuedOn).ThenBy(p => p.Id)
            .Select(p => new PlanRow(p.Id, p.Document!.Title ?? "", p.Document.Number ?? "", p.Organization!.Name, p.Document.IssuedOn));
        var shown = await Paged<PlanRow>.CreateAsync(plans, page, pageSize, cancellationToken);
        var ids = shown.Items.Select(r => r.Id).ToList();
        var counts = await db.TaskCycles.AsNoTracking().Where(c => ids.Contains(c.Assignment!.Task!.PlanId) && c.Assignment.OrganizationId != null)
            .GroupBy(c => new { c.Assignment!.Task!.PlanId, Kind = c.Assignment.Organization!.Kind!.Name })
            .Select(g => new
            {
                g.Key.PlanId,
                g.Key.Kind,
                Units = g.Select(c => c.Assignment!.OrganizationId).Distinct().Count(),
                Due = g.Count(c => c.DueOn <= today),
                Done = g.Count(c => c.DueOn <= today && c.CompletedOn != null),
            })
            .ToListAsync(cancellationToken);
        var items = shown.Items.Select(r => new PlanShare(r.Id, r.Title, r.Number, r.Issuer, r.IssuedOn,
            counts.Where(c => c.PlanId == r.Id).OrderBy(c => c.Kind, VietnameseText.Comparer).Select(c => new KindShare(c.Kind, c.Units, c.Due, c.Done)).ToList())).ToList();
        return new Paged<PlanShare>(items, shown.Page, shown.PageSize, shown.Total);
    }

    private sealed record PlanRow(Guid Id, string Title, string Number, string Issuer, DateOnly? IssuedOn);
}
