using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Progress;

internal static class PlanIssue
{
    /// <summary>
    /// The day work under a plan may be dated from: its date of issue, or, for a plan without one (a commune's draft
    /// number "Số -KH/ĐU"), the date of the superior plan it carries out.
    /// </summary>
    public static Task<DateOnly?> IssuedOnAsync(AppDbContext db, Guid planId, CancellationToken cancellationToken) =>
        db.Plans.Where(p => p.Id == planId)
            .Select(p => p.Document!.IssuedOn ?? db.Set<Plan>().Where(q => q.Id == p.ParentPlanId).Select(q => q.Document!.IssuedOn).FirstOrDefault())
            .SingleAsync(cancellationToken);
}
