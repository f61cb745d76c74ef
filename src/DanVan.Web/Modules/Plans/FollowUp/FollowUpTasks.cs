using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.FollowUp;

/// <summary>Creates another module's follow-up work as a plan of the issuer (see <see cref="IFollowUpTasks"/>).</summary>
internal sealed class FollowUpTasks(AppDbContext db, TimeProvider clock) : IFollowUpTasks
{
    public async Task<FollowUpPlan> CreateAsync(FollowUpRequest request, CancellationToken cancellationToken)
    {
        if (request.Items.Count == 0)
        {
            throw new BusinessRuleException("Chưa có việc nào giao cho đơn vị.");
        }

        var number = request.Number.Trim();
        if (await db.Documents.AnyAsync(d => d.Number == number, cancellationToken))
        {
            throw new BusinessRuleException($"Sổ văn bản đã có văn bản số {number}.");
        }

        if (request.Items.FirstOrDefault(i => i.DueOn < request.IssuedOn) is { } early)
        {
            throw new BusinessRuleException($"Việc “{VietnameseText.Shorten(early.Text, 80)}”: hạn {VietnameseText.FormatDate(early.DueOn)} trước ngày ban hành ({VietnameseText.FormatDate(request.IssuedOn)}).");
        }

        var issuer = await db.Organizations.SingleAsync(o => o.Id == request.IssuerId, cancellationToken);
        var unitIds = request.Items.Select(i => i.UnitId).Distinct().ToList();
        var units = await db.Organizations.Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var document = OfficialDocument.Create(request.Kind, number, issuer.Name, request.IssuedOn, request.Title, issuer.Id, now);
        var plan = Plan.Create(document, issuer, null, null, new PlanReporting(false, false, false, request.Place, request.SignerName, request.SignerTitle), now);
        var tasks = new List<Guid>();
        foreach (var item in request.Items)
        {
            var unit = units.GetValueOrDefault(item.UnitId) ?? throw new BusinessRuleException("Đơn vị được giao việc không còn trong hệ thống.");
            if (unit.IsArchived)
            {
                throw new BusinessRuleException($"{unit.Name} đã ngừng hoạt động, không giao việc được.");
            }

            var task = plan.AddTask(item.Number, item.Text, new TaskSchedule(TaskRecurrence.Once, item.DueOn), null);
            task.Assign(unit, unit.Name, AssignmentRole.Lead);
            tasks.Add(task.Id);
        }

        db.Documents.Add(document);
        db.Plans.Add(plan);
        return new FollowUpPlan(plan.Id, document.Id, tasks);
    }
}
