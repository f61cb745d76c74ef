using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Demo;

internal sealed class SyntheticPlan(AppDbContext db, TimeProvider clock) : ISyntheticPlan
{
    public async Task<(Guid PlanId, Guid TaskId)> GenerateAsync(Guid rootId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var root = await db.Organizations.SingleAsync(o => o.Id == rootId, cancellationToken);
        var document = OfficialDocument.Create("Kế hoạch", "01-KH/BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", new DateOnly(2026, 2, 1),
            "Kế hoạch thực hiện Kết luận 236-KL/TW (dữ liệu tổng hợp để đo hiệu năng)", root.Id, now, isDemo: true);
        db.Documents.Add(document);
        var plan = Plan.Create(document, root, null, null, new PlanReporting(true, true, false), now, isDemo: true);
        var task = plan.AddTask("1", "Triển khai thực hiện Kết luận 236-KL/TW tại cơ sở", TaskSchedule.Ongoing, null);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (plan.Id, task.Id);
    }
}
