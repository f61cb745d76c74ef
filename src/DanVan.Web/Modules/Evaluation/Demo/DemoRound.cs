using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Evaluation.Contracts;
using DanVan.Web.Modules.Evaluation.Scoring;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Evaluation.Demo;

/// <summary>
/// The demo's round: the commune Party committee evaluates its units for 2026 on Quy định 366; each unit has assessed
/// itself on the general criteria, and the round is at the appraisal step; the task points follow from the demo's cycles.
/// </summary>
internal sealed class DemoRound(AppDbContext db, IDemoAccounts accounts, Rounds.RoundWork work, TimeProvider clock) : IEvaluationDemo
{
    /// <summary>Invented heads of the commune's units (accounts that cannot sign in), given in the units' code order.</summary>
    private static readonly string[] HeadNames = ["Hoàng Thị Dung", "Ma Văn Hải", "Nông Thị Hoa", "La Văn Khánh", "Triệu Thị Liên", "Bàn Văn Minh", "Lý Thị Nga", "Hà Văn Phúc"];

    public async Task<int> SeedAsync(Guid communeId, CancellationToken cancellationToken)
    {
        if (await db.EvaluationRounds.AnyAsync(r => r.IsDemo, cancellationToken))
        {
            return 0;
        }

        var set = await db.CriteriaSets.Include(s => s.Criteria).Include(s => s.Levels).Where(s => s.Name == Quy366.Name).FirstOrDefaultAsync(cancellationToken);
        var commune = await db.Organizations.SingleAsync(o => o.Id == communeId, cancellationToken);
        var units = await db.Organizations.Where(o => o.ParentId == communeId && !o.IsArchived).OrderBy(o => o.Code).ToListAsync(cancellationToken);
        if (set is null || units.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await accounts.SeedMembersAsync(units.Take(HeadNames.Length).Select((u, i) => new DemoMember($"nguoi.dung.dau.{u.Code.ToLowerInvariant()}@thuonglam.danvan.invalid", HeadNames[i], u.Id, MembershipRole.Leader, IsHead: true)).ToList(), cancellationToken);
        var round = Round.Open(commune, set, 2026, null, units, await work.HeadsAsync(units.Select(u => u.Id).ToList(), cancellationToken), now, isDemo: true);
        db.EvaluationRounds.Add(round);
        var entered = set.Criteria.Where(c => c.Measure == Measure.Entered).OrderBy(c => c.Position).ToList();
        foreach (var (unit, i) in round.Units.Select((u, i) => (u, i)))
        {
            // Points that differ a little from unit to unit, each with the evidence a unit would name.
            var points = entered.Select((c, j) => (c.Id, (Points: c.MaxPoints - ((i + j) % 3), Evidence: (string?)"Biên bản sinh hoạt, báo cáo sơ kết 6 tháng, kết quả kiểm tra của cấp trên."))).ToDictionary(x => x.Id, x => x.Item2);
            unit.AssessSelf(points, "Đơn vị đã hoàn thành các nhiệm vụ trọng tâm; còn một số việc chậm so với kế hoạch.", now);
            foreach (var head in unit.Heads)
            {
                head.AssessSelf(points, "Đã lãnh đạo đơn vị triển khai các nhiệm vụ của kế hoạch; cần đôn đốc sát hơn các việc còn chậm.", now);
            }
        }

        round.StartAppraisal();
        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }
}
