using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Evaluation.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Evaluation.Sets;

/// <summary>The criteria sets (Quy định 366, "Chi bộ bốn tốt", Nghị định 335…), their validity and how many rounds use each.</summary>
[Authorize(Policy = EvaluationPermissions.Criteria)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<SetRow> Sets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sets = await db.CriteriaSets.AsNoTracking().Include(s => s.Criteria).Include(s => s.Levels).AsSplitQuery().ToListAsync(cancellationToken);
        var rounds = await db.EvaluationRounds.GroupBy(r => r.SetId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Sets = sets.OrderByDescending(s => s.ValidTo is null).ThenBy(s => s.Name, VietnameseText.Comparer)
            .Select(s => new SetRow(s, rounds.GetValueOrDefault(s.Id))).ToList();
    }
}

public sealed record SetRow(CriteriaSet Set, int Rounds);
