using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Evaluation.Contracts;
using DanVan.Web.Modules.Evaluation.Scoring;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Evaluation.Sets;

/// <summary>At start-up, before the demo: the criteria set of Quy định 366-QĐ/TW when there is no set yet (then it is the administrators' data).</summary>
internal sealed class DefaultSets : IStartupTask
{
    public int Order => 7;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.CriteriaSets.AnyAsync(cancellationToken))
        {
            return;
        }

        db.CriteriaSets.Add(Quy366Set());
        await db.SaveChangesAsync(cancellationToken);
    }

    public static CriteriaSet Quy366Set() => CriteriaSet.Create(Quy366.Name, Quy366.ValidFrom, null, Quy366.Failed,
        Quy366.Criteria.Select(c => new CriterionInput(c.Name, c.MaxPoints, c.Measure)).ToList(),
        Quy366.Levels.Select(l => new LevelInput(l.Name, l.MinScore, l.AllOnTime, l.MinExceededPercent, l.AllDone, l.MaxLatePercent, l.NoDiscipline)).ToList());
}
