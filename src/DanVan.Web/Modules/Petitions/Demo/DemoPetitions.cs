using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions.Calendar;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Petitions.Handling;
using DanVan.Web.Modules.Petitions.Receptions;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions.Demo;

/// <summary>
/// The demo commune's petitions through the entity rules the pages use: one waiting to be accepted, one overdue,
/// one transferred to the province, one answered and rated, one answered awaiting the citizen's word, a denunciation
/// whose sender only its handler reads, one withdrawn; and the heads' reception days.
/// </summary>
internal sealed class DemoPetitions(AppDbContext db, PetitionWork work, TimeProvider clock) : IPetitionsDemo
{
    public async Task<int> SeedAsync(Guid provinceId, Guid communeId, CancellationToken cancellationToken)
    {
        if (await db.Petitions.AnyAsync(p => p.IsDemo, cancellationToken))
        {
            return 0;
        }

        var units = await db.Organizations.Include(o => o.Area).ThenInclude(a => a!.Parent).Where(o => o.Code.StartsWith("TL.") || o.Code == "TQ.UBND" || o.Code == "TQ.TU")
            .ToDictionaryAsync(o => o.Code, cancellationToken);
        if (!units.TryGetValue("TL.UBND", out var ubnd) || !units.TryGetValue("TQ.UBND", out var province) || !units.TryGetValue("TL.DU", out var committee))
        {
            return 0;
        }

        var villages = await db.Areas.Include(a => a.Parent).Where(a => a.ParentId == ubnd.AreaId).OrderBy(a => a.Code).ToListAsync(cancellationToken);
        var commune = ubnd.Area!;
        Area Village(int k) => villages.Count > k ? villages[k] : commune;
        await PetitionDefaults.EnsureAsync(db, cancellationToken);
        var calendar = await work.CalendarAsync(cancellationToken);
        var rules = await work.RulesAsync(cancellationToken);
        var today = clock.Today();
        var added = new List<Petition>();
        Petition File(DateOnly on, string title, string content, Area area, Organization unit, PetitionKind kind, PetitionChannel channel, PersonInput? person, string by = "Bộ phận tiếp công dân xã")
        {
            var at = VietnamTime.UtcStartOf(on).AddHours(9);
            var petition = Petition.File(new PetitionDraft(title, content, null, channel, kind, channel == PetitionChannel.Online ? PetitionWork.OnlineIntake : by), area, unit,
                Petitioner.Create(person, kind is PetitionKind.Complaint or PetitionKind.Denunciation, at), calendar, on, at, isDemo: true);
            added.Add(petition);
            return petition;
        }

        DateTime At(DateOnly day) => VietnamTime.UtcStartOf(day).AddHours(10);
        const string officer = "Hoàng Thị Lan (Văn phòng UBND xã)";

        // Waiting: sent online this morning.
        File(today, "Đèn đường thôn Nà Thôm không sáng", "Từ đầu tháng, ba cột đèn đường đoạn từ nhà văn hóa thôn đến cầu treo không sáng, buổi tối học sinh đi lại khó khăn.",
            Village(0), ubnd, PetitionKind.Unclassified, PetitionChannel.Online, null);

        // Overdue: a complaint accepted in October, not answered by its deadline.
        var overdue = File(new DateOnly(2026, 10, 5), "Khiếu nại việc thu hồi đất làm đường nội thôn", "Gia đình tôi bị thu hồi 120 m² đất vườn để mở rộng đường nội thôn Khau Củm nhưng chưa được thông báo mức hỗ trợ bằng văn bản.",
            Village(1), ubnd, PetitionKind.Complaint, PetitionChannel.InPerson, new PersonInput("Ma Văn Thiện", "0912 345 678", null, "Thôn Khau Củm, xã Thượng Lâm", true));
        overdue.Classify(PetitionKind.Complaint, false, true, rules[(PetitionKind.Complaint, 1)], calendar, officer, At(new(2026, 10, 6)));
        overdue.Accept(rules[(PetitionKind.Complaint, 1)], calendar, new DateOnly(2026, 10, 8), officer, At(new(2026, 10, 8)));
        overdue.Note("Đã làm việc với Ban quản lý dự án đường nội thôn; chờ phương án hỗ trợ.", false, officer, At(new(2026, 10, 20)));

        // Transferred to the province: about a provincial road.
        var transferred = File(new DateOnly(2026, 11, 9), "Đề nghị sửa chữa đoạn đường tỉnh qua thôn Bản Bó bị sạt lở", "Sau mưa lũ tháng 10, đoạn đường tỉnh qua thôn Bản Bó sạt lở taluy dương, đất đá lấn nửa mặt đường, xe máy đi lại nguy hiểm.",
            Village(2), committee, PetitionKind.Suggestion, PetitionChannel.Reception, new PersonInput("Nông Văn Quý", "0987 111 222", null, "Thôn Bản Bó", true), "Bí thư Đảng ủy xã (buổi tiếp công dân)");
        transferred.Classify(PetitionKind.Suggestion, false, true, rules[(PetitionKind.Suggestion, 1)], calendar, "Văn phòng Đảng ủy xã", At(new(2026, 11, 10)));
        transferred.Transfer(province, "Đường tỉnh thuộc thẩm quyền quản lý của Ủy ban nhân dân tỉnh.", calendar, new DateOnly(2026, 11, 11), "Văn phòng Đảng ủy xã", At(new(2026, 11, 11)));

        // Answered and rated.
        var rated = File(new DateOnly(2026, 8, 3), "Phản ánh nước sinh hoạt tự chảy thôn Nà Thôm bị đục", "Bể chứa nước tự chảy của thôn lâu ngày không được thau rửa, nước đục vào mùa mưa.",
            Village(0), ubnd, PetitionKind.Suggestion, PetitionChannel.Online, new PersonInput("Hà Thị Duyên", null, "ha.thi.duyen@example.invalid", null, true));
        rated.Accept(rules[(PetitionKind.Suggestion, 1)], calendar, new DateOnly(2026, 8, 6), officer, At(new(2026, 8, 6)));
        rated.Respond("Ủy ban nhân dân xã đã giao Tổ quản lý công trình nước thôn thau rửa bể chứa, lắp thêm bể lắng; từ ngày 25/8/2026 nước đã trong.", "Bể chứa đã được thau rửa và lắp bể lắng; nước đã trong từ ngày 25/8/2026.", "45/UBND-VP", new DateOnly(2026, 8, 27), officer, At(new(2026, 8, 27)));
        rated.Rate(true, "Cảm ơn xã đã xử lý nhanh.", null, rules, calendar, new DateOnly(2026, 8, 30), At(new(2026, 8, 30)));

        // Answered, waiting for the citizen's word.
        var answered = File(new DateOnly(2026, 10, 19), "Kiến nghị mở lớp dạy nghề đan lát cho phụ nữ thôn Khau Củm", "Chị em phụ nữ thôn mong được mở lớp dạy nghề đan lát mây tre để có thêm thu nhập lúc nông nhàn.",
            Village(1), ubnd, PetitionKind.Suggestion, PetitionChannel.Dialogue, new PersonInput("Lục Thị Hoa", "0868 222 333", null, null, true));
        answered.Accept(rules[(PetitionKind.Suggestion, 1)], calendar, new DateOnly(2026, 10, 21), officer, At(new(2026, 10, 21)));
        answered.Respond("Ủy ban nhân dân xã phối hợp Hội Liên hiệp Phụ nữ xã mở lớp đan lát 30 học viên vào tháng 01/2027, kinh phí từ chương trình mục tiêu quốc gia.", "Lớp đan lát 30 học viên sẽ mở tháng 01/2027.", "52/UBND-VP", new DateOnly(2026, 11, 18), officer, At(new(2026, 11, 18)));

        // A denunciation: its sender is read by its handler alone.
        var denunciation = File(new DateOnly(2026, 11, 16), "Tố cáo việc thu tiền sai quy định khi làm hồ sơ hỗ trợ nhà ở", "Một cán bộ thôn thu của một số hộ 500.000 đồng mỗi hộ khi lập hồ sơ đề nghị hỗ trợ nhà ở, không có biên lai.",
            Village(2), committee, PetitionKind.Denunciation, PetitionChannel.Mail, new PersonInput("Người tố cáo (giữ bí mật)", null, null, "Thôn Bản Bó", true), "Văn phòng Đảng ủy xã");
        denunciation.Classify(PetitionKind.Denunciation, true, true, rules[(PetitionKind.Denunciation, 1)], calendar, "Văn phòng Đảng ủy xã", At(new(2026, 11, 17)));
        denunciation.Accept(rules[(PetitionKind.Denunciation, 1)], calendar, new DateOnly(2026, 11, 19), "Văn phòng Đảng ủy xã", At(new(2026, 11, 19)));

        // Withdrawn.
        var withdrawn = File(new DateOnly(2026, 9, 7), "Tranh chấp ranh giới đất vườn giữa hai hộ", "Hai hộ liền kề ở thôn Nà Thôm tranh chấp ranh giới đất vườn.",
            Village(0), ubnd, PetitionKind.Suggestion, PetitionChannel.InPerson, new PersonInput("Triệu Văn Minh", "0911 000 999", null, null, true));
        withdrawn.Withdraw("Hai hộ đã hòa giải thành tại tổ hòa giải thôn.", new DateOnly(2026, 9, 15), officer, At(new(2026, 9, 15)));

        db.Petitions.AddRange(added);

        // Reception days: the commune's head twice a month, the province's once, from October.
        var sessions = new List<ReceptionSession>();
        for (var month = new DateOnly(2026, 10, 1); month <= new DateOnly(2027, 1, 1); month = month.AddMonths(1))
        {
            foreach (var day in new[] { 10, 25 })
            {
                var date = Working(calendar, new DateOnly(month.Year, month.Month, day));
                sessions.Add(ReceptionSession.Create(committee, new ReceptionPlan(date, new TimeOnly(7, 30), new TimeOnly(11, 0), "Trụ sở Đảng ủy – HĐND – UBND xã Thượng Lâm", "Bí thư Đảng ủy xã Thượng Lâm", true), isDemo: true));
            }

            if (units.TryGetValue("TQ.TU", out var provincial))
            {
                sessions.Add(ReceptionSession.Create(provincial, new ReceptionPlan(Working(calendar, new DateOnly(month.Year, month.Month, 15)), new TimeOnly(8, 0), new TimeOnly(11, 30), "Trụ sở Tiếp công dân tỉnh Tuyên Quang", "Bí thư Tỉnh ủy Tuyên Quang", true), isDemo: true));
            }
        }

        db.ReceptionSessions.AddRange(sessions);
        await db.SaveChangesAsync(cancellationToken);
        return added.Count + sessions.Count;
    }

    private static DateOnly Working(WorkingCalendar calendar, DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
