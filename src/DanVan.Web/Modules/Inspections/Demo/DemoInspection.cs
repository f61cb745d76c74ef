using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Inspections.Work;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Inspections.Demo;

/// <summary>
/// The demo's inspection: the provincial Standing Committee checks how the commune carries out its plan for
/// Conclusion 236 (September 2026), records two findings with a recommendation each, issues the conclusion; the
/// commune remedied the first in time, the second is overdue. Through the same entity rules and services as the pages.
/// </summary>
internal sealed class DemoInspection(AppDbContext db, IDemoAccounts accounts, InspectionWork work, ITaskCycles cycles) : IInspectionsDemo
{
    public const string Title = "Kiểm tra việc thực hiện Kết luận số 236-KL/TW về công tác dân vận vùng đồng bào dân tộc thiểu số";

    public async Task<int> SeedAsync(Guid provinceId, Guid communeId, CancellationToken cancellationToken)
    {
        if (await db.Inspections.AnyAsync(i => i.IsDemo, cancellationToken))
        {
            return 0;
        }

        var province = await db.Organizations.Include(o => o.Area).Include(o => o.Kind).SingleAsync(o => o.Id == provinceId, cancellationToken);
        var commune = await db.Organizations.SingleAsync(o => o.Id == communeId, cancellationToken);
        var plan = await db.Plans.AsNoTracking().Where(p => p.OrganizationId == communeId && p.IsDemo).OrderBy(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return 0;
        }

        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == plan.Id).OrderBy(t => t.Position).Take(2).ToListAsync(cancellationToken);
        var members = await accounts.SeedMembersAsync(
        [
            new DemoMember("hoang.van.thang@tuyenquang.danvan.invalid", "Hoàng Văn Thắng", provinceId, MembershipRole.Inspector),
            new DemoMember("ly.thi.mai@tuyenquang.danvan.invalid", "Lý Thị Mai", provinceId, MembershipRole.Inspector),
        ], cancellationToken);
        var demoDay = new DateTime(2026, 9, 1, 2, 0, 0, DateTimeKind.Utc);
        var programme = Programme.Create(province, 2026, ProgrammeKind.Party, $"Chương trình kiểm tra, giám sát năm 2026 của Ban Thường vụ {province.Name}", demoDay, isDemo: true);
        db.InspectionProgrammes.Add(programme);
        var inspection = Inspection.Plan(programme,
            new InspectionPlan(Title, InspectionSubject.Plan, plan.Id, null, InspectionMethod.OnSite, new DateOnly(2026, 1, 15), new DateOnly(2026, 8, 31), new DateOnly(2026, 9, 15), new DateOnly(2026, 9, 17)),
            [commune],
            [new TeamPick(members["hoang.van.thang@tuyenquang.danvan.invalid"], "Hoàng Văn Thắng", province.Name, true), new TeamPick(members["ly.thi.mai@tuyenquang.danvan.invalid"], "Lý Thị Mai", province.Name, false)],
            [.. tasks.Select(t => new ContentPick(t.Text.Split('\n', 2)[0], t.Id)), new ContentPick("Việc nắm tình hình, giải quyết kiến nghị của Nhân dân ở các thôn vùng đồng bào dân tộc thiểu số", null)],
            demoDay, isDemo: true);
        db.Inspections.Add(inspection);
        var operatorRights = new InspectionRights(true, true, true, new HashSet<Guid> { communeId });
        inspection.Notify(demoDay.AddDays(1));
        inspection.SelfReport(communeId, "Đảng ủy xã đã ban hành kế hoạch thực hiện Kết luận số 236-KL/TW, tổ chức quán triệt đến 100% chi bộ; các đoàn thể xây dựng mô hình \"Dân vận khéo\" ở các thôn. Việc đối thoại với Nhân dân ở một số thôn chưa thường xuyên.", "Văn phòng Đảng ủy xã", demoDay.AddDays(10));
        var contents = inspection.Contents.OrderBy(c => c.Position).ToList();
        var first = inspection.Find(contents[0].Id, communeId, new FindingText(
            "Quán triệt kịp thời, đầy đủ đến chi bộ và đảng viên; có kế hoạch cụ thể, phân công rõ người, rõ việc.",
            "Biên bản sinh hoạt chuyên đề của một số chi bộ thôn chưa ghi rõ nội dung quán triệt.",
            "Cấp ủy chi bộ chưa được hướng dẫn mẫu biên bản.",
            "Biên bản sinh hoạt chi bộ quý III/2026 của 6 chi bộ thôn."), "Hoàng Văn Thắng", demoDay.AddDays(15));
        var last = inspection.Find(contents[^1].Id, communeId, new FindingText(
            "Các kiến nghị của Nhân dân tại các buổi đối thoại đều được ghi nhận.",
            "Còn 4 kiến nghị về đường giao thông nội thôn chưa được trả lời quá 30 ngày.",
            "Chưa phân công người theo dõi việc trả lời kiến nghị.",
            null), "Lý Thị Mai", demoDay.AddDays(15));
        inspection.Recommend(first.Id, "Hướng dẫn các chi bộ thôn ghi biên bản sinh hoạt chuyên đề theo mẫu, bổ sung nội dung quán triệt Kết luận số 236-KL/TW.", new DateOnly(2026, 10, 31));
        inspection.Recommend(last.Id, "Trả lời dứt điểm 4 kiến nghị về đường giao thông nội thôn; phân công cán bộ theo dõi việc giải quyết kiến nghị của Nhân dân.", new DateOnly(2026, 11, 15));
        await work.ConcludeAsync(inspection, operatorRights, new ConclusionInput(new DateOnly(2026, 9, 25),
            "Kết luận kiểm tra việc thực hiện Kết luận số 236-KL/TW của Bộ Chính trị tại Đảng bộ xã",
            "Đảng ủy xã đã lãnh đạo triển khai Kết luận số 236-KL/TW nghiêm túc, đúng tiến độ; cần khắc phục các hạn chế nêu trên.",
            province.Area?.Name ?? "Tuyên Quang", "T/M Ban Thường vụ", "Phó Bí thư", "Nguyễn Văn Hùng", $"{commune.Name} (để thực hiện)\nLưu Văn phòng {province.Name}"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // The commune remedied the first recommendation on time; the second is past its deadline.
        var done = inspection.Recommendations.OrderBy(r => r.Position).First();
        var states = await cycles.OfUnitAsync(inspection.FollowUpPlanId!.Value, communeId, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2026, 10, 20), cancellationToken);
        var cycle = states.First(c => c.TaskId == done.TaskId);
        await cycles.CompleteAsync([cycle.CycleId], inspection.FollowUpPlanId.Value, communeId, OrgScope.Operator, new DateOnly(2026, 10, 20),
            _ => "Đã hướng dẫn 12/12 chi bộ thôn ghi biên bản theo mẫu; các chi bộ đã bổ sung biên bản quý III.", "demo", "Văn phòng Đảng ủy xã", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return 2;
    }
}
