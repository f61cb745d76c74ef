using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Dialogues.Contracts;
using DanVan.Web.Modules.Dialogues.Work;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Dialogues.Demo;

/// <summary>
/// The demo commune's dialogues through the rules the pages use: the commune chairman's in June (answered on the
/// spot, minutes issued); the Party secretary's in September, co-organized by the Front, with three commitments as
/// tasks (one done on time, one under way, one overdue) and a question that became a petition; one planned for December.
/// </summary>
internal sealed class DemoDialogue(AppDbContext db, DialogueWork work, ITaskCycles cycles) : IDialoguesDemo
{
    public async Task<int> SeedAsync(Guid communeId, CancellationToken cancellationToken)
    {
        if (await db.Dialogues.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var units = await db.Organizations.Where(o => o.Code.StartsWith("TL.")).ToDictionaryAsync(o => o.Code, cancellationToken);
        if (!units.TryGetValue("TL.DU", out var committee) || !units.TryGetValue("TL.UBND", out var government) || !units.TryGetValue("TL.MTTQ", out var front)
            || !units.TryGetValue("TL.HPN", out var women) || !units.TryGetValue("TL.CB02", out var cell))
        {
            return 0;
        }

        var villages = await db.Areas.Where(a => a.ParentId == committee.AreaId).OrderBy(a => a.Code).ToListAsync(cancellationToken);
        var everyone = villages.Select(v => v.Id).Append(committee.AreaId).ToList();
        var scope = OrgScope.Operator;
        var rights = new DialogueRights(true, true, true);

        // June: the chairman's yearly dialogue, answered on the spot.
        var june = await work.PlanAsync(scope, government.Id, front.Id, new DialogueInput("Giải quyết kiến nghị của Nhân dân về đất đai và nước sinh hoạt", "Hà Văn Tuấn", "Chủ tịch Ủy ban nhân dân xã",
            new DateOnly(2026, 6, 26), "Hội trường Ủy ban nhân dân xã Thượng Lâm", "Trưởng thôn, người có uy tín, đại diện các hộ dân"), everyone, "Văn phòng UBND xã", cancellationToken);
        work.Hold(june, rights, 64);
        june.Ask("Đề nghị xã sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã đo đạc lại năm 2025.", null, false, villages.ElementAtOrDefault(0), "Xã đã trình hồ sơ 37 hộ; dự kiến cấp trong quý III/2026.", "Hà Văn Tuấn");
        june.Ask("Bể nước tự chảy của thôn bị đục vào mùa mưa, đề nghị xã kiểm tra.", "Hà Thị Duyên", true, villages.ElementAtOrDefault(0), "Xã giao Tổ quản lý công trình nước thôn thau rửa bể, lắp thêm bể lắng trong tháng 8.", "Hà Văn Tuấn");
        await work.IssueMinutesAsync(june, rights, new MinutesInput(new DateOnly(2026, 6, 26), "Ủy ban nhân dân xã tiếp thu các ý kiến, trả lời tại chỗ và giao bộ phận chuyên môn theo dõi; kết quả được thông báo tại các thôn."), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // September: the Party secretary's dialogue with three commitments.
        var september = await work.PlanAsync(scope, committee.Id, front.Id, new DialogueInput("Thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số và xây dựng nông thôn mới ở các thôn", "Nông Văn Hải", "Bí thư Đảng ủy xã",
            new DateOnly(2026, 9, 18), "Nhà văn hóa thôn Khau Củm", "Người có uy tín, trưởng thôn, hội viên phụ nữ, đoàn viên thanh niên"), everyone, "Văn phòng Đảng ủy xã", cancellationToken);
        work.Hold(september, rights, 86);
        var road = september.Ask("Đường nội thôn Khau Củm xuống cấp, mùa mưa xe máy không đi được; đề nghị sửa chữa.", "Ma Văn Thiện", true, villages.ElementAtOrDefault(1), "Đảng ủy xã chỉ đạo Ủy ban nhân dân xã đưa vào kế hoạch sửa chữa trước mùa mưa năm 2027.", "Nông Văn Hải");
        var craft = september.Ask("Chị em phụ nữ mong được học nghề đan lát mây tre để có thêm thu nhập.", "Lục Thị Hoa", true, villages.ElementAtOrDefault(1), "Hội Liên hiệp Phụ nữ xã mở lớp trong quý IV/2026.", "Nông Văn Hải");
        var land = september.Ask("Một số hộ chưa đồng thuận hiến đất mở rộng đường, đề nghị thôn vận động.", null, false, villages.ElementAtOrDefault(1), null, null);
        september.Commit("Sửa chữa, nâng cấp 1,2 km đường nội thôn Khau Củm.", government, new DateOnly(2027, 3, 31), road.Id);
        september.Commit("Mở lớp dạy nghề đan lát mây tre cho phụ nữ thôn Khau Củm.", women, new DateOnly(2026, 11, 30), craft.Id);
        september.Commit("Vận động các hộ hiến đất mở rộng đường nội thôn, báo cáo kết quả với Đảng ủy xã.", cell, new DateOnly(2026, 10, 31), land.Id);
        if (await db.Petitions.Where(p => p.IsDemo && p.Channel == PetitionChannel.Dialogue).Select(p => new { p.Id, p.Code }).FirstOrDefaultAsync(cancellationToken) is { } raised)
        {
            september.Raised(craft.Id, raised.Id, raised.Code);
        }

        await work.IssueMinutesAsync(september, rights, new MinutesInput(new DateOnly(2026, 9, 19),
            "Đảng ủy xã tiếp thu đầy đủ ý kiến của Nhân dân; giao các đơn vị thực hiện cam kết đúng hạn, Ủy ban Mặt trận Tổ quốc xã giám sát và báo cáo kết quả tại hội nghị cuối năm."), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // The women's union held its class on time; the road is under way; the cell has not reported.
        var craftTask = september.Commitments.Single(c => c.QuestionId == craft.Id).TaskId;
        var states = await cycles.OfUnitAsync(september.FollowUpPlanId!.Value, women.Id, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2026, 11, 20), cancellationToken);
        if (states.FirstOrDefault(c => c.TaskId == craftTask) is { } cycle)
        {
            await cycles.CompleteAsync([cycle.CycleId], september.FollowUpPlanId.Value, women.Id, scope, new DateOnly(2026, 11, 20),
                _ => "Đã mở lớp đan lát mây tre 30 học viên tại nhà văn hóa thôn Khau Củm (từ 02/11 đến 20/11/2026).", "demo", "Hội Liên hiệp Phụ nữ xã", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        // December: planned, the Front invited.
        await work.PlanAsync(scope, government.Id, front.Id, new DialogueInput("Đối thoại cuối năm về thực hiện chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số", "Hà Văn Tuấn", "Chủ tịch Ủy ban nhân dân xã",
            new DateOnly(2026, 12, 22), "Nhà văn hóa thôn Bản Bó", null), everyone, "Văn phòng UBND xã", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return 3;
    }
}
