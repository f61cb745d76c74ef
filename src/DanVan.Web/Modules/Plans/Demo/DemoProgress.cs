using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans.Cycles;
using DanVan.Web.Modules.Plans.Progress;
using DanVan.Documents.Official;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Demo;

/// <summary>
/// A year of work on the demo plans, recorded as officers would through the progress page: in the first half of
/// 2026 some parts done on time (one beyond its target), some late, some not done and now overdue; in the
/// second half some in progress and some done. Each note is the unit's own, some with a minutes file attached.
/// </summary>
internal sealed class DemoProgress(AppDbContext db, TimeProvider clock) : IPlanDemo
{
    private const string Author = "Dữ liệu mẫu";

    public async Task<int> SeedFieldsAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var tasks = await db.PlanTasks.Where(t => t.Plan!.IsDemo && t.Plan.OrganizationId == unitId && t.Field == null).ToListAsync(cancellationToken);
        foreach (var task in tasks)
        {
            var text = Infrastructure.Text.VietnameseText.Fold(task.Text);
            task.SetField(text.Contains("mat tran", StringComparison.Ordinal) || text.Contains("doan the", StringComparison.Ordinal)
                ? Organizations.Contracts.DemoFields.FrontAndUnions
                : Organizations.Contracts.DemoFields.MassMobilization);
        }

        await db.SaveChangesAsync(cancellationToken);
        return tasks.Count;
    }

    public async Task<int> SeedProgressAsync(CancellationToken cancellationToken)
    {
        if (await db.TaskProgress.AnyAsync(p => db.Set<TaskAssignment>().Any(a => a.Id == p.AssignmentId && a.Task!.Plan!.IsDemo), cancellationToken))
        {
            return 0;
        }

        var today = clock.Today();
        var cycles = await db.TaskCycles
            .Include(c => c.Assignment).ThenInclude(a => a!.Organization)
            .Include(c => c.Assignment).ThenInclude(a => a!.Task).ThenInclude(t => t!.Plan)
            .Where(c => c.Assignment!.OrganizationId != null && c.Assignment.Task!.Plan!.IsDemo)
            .ToListAsync(cancellationToken);
        var ordered = cycles
            // The same mix on every database: by plan, task and unit, never by generated keys.
            .OrderBy(c => c.Assignment!.Task!.Plan!.CreatedAt).ThenBy(c => c.Assignment!.Task!.Position)
            .ThenBy(c => c.Assignment!.Organization!.Code, StringComparer.Ordinal).ThenBy(c => c.StartsOn)
            .ToList();
        var added = 0;
        var counters = new Dictionary<string, int>();
        foreach (var cycle in ordered)
        {
            var index = counters[cycle.Key] = counters.GetValueOrDefault(cycle.Key) + 1;
            var unit = cycle.Assignment!.Organization!.Name;
            var heading = Short(cycle.Assignment.Task!.Heading);
            var work = Plan(cycle.Key, index);
            foreach (var (on, completes, exceeded, withFile) in work)
            {
                if (on > today)
                {
                    continue;
                }

                var note = Note(unit, heading, index, completes, exceeded);
                var progress = cycle.Report(note, on, completes, exceeded, "demo", Author, VietnamTime.UtcStartOf(on).AddHours(9), today, null);
                if (withFile)
                {
                    progress.Attach(await MinutesAsync(unit, heading, on, cancellationToken));
                }

                db.TaskProgress.Add(progress);
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return added;
    }

    /// <summary>What a unit did in one cycle: the first half of 2026 closed with every outcome, the second still open.</summary>
    private static (DateOnly On, bool Completes, bool Exceeded, bool WithFile)[] Plan(string key, int index) => key switch
    {
        "2026-H1" => (index % 5) switch
        {
            0 => [(new(2026, 5, 8), false, false, false), (new(2026, 6, 10), true, false, true)],
            1 => [(new(2026, 5, 20), false, false, false), (new(2026, 7, 8), true, false, false)],
            2 => [],
            3 => [(new(2026, 6, 12), true, true, true)],
            _ => [(new(2026, 5, 25), false, false, false)],
        },
        "2026-H2" => (index % 4) switch
        {
            0 => [(new(2026, 10, 15), false, false, false)],
            1 => [(new(2026, 9, 18), false, false, false), (new(2026, 11, 25), true, false, true)],
            2 => [],
            _ => [(new(2026, 11, 5), false, true, false)],
        },
        "2026" => (index % 3) switch
        {
            0 => [(new(2026, 9, 30), false, false, false)],
            1 => [(new(2026, 6, 30), false, false, false), (new(2026, 11, 20), true, index % 2 == 0, true)],
            _ => [],
        },
        _ => [],
    };

    private static readonly string[] Openings =
    [
        "Đã quán triệt nội dung nhiệm vụ tới cán bộ, đảng viên, hội viên",
        "Đã xây dựng kế hoạch cụ thể và phân công cán bộ phụ trách từng thôn",
        "Đã phối hợp với trưởng thôn, người có uy tín tổ chức tuyên truyền",
        "Đã lồng ghép nội dung vào sinh hoạt chi bộ và sinh hoạt chi hội",
        "Đã tổ chức gặp mặt, đối thoại với Nhân dân",
        "Đã kiểm tra, đôn đốc các chi hội, tổ hội thực hiện",
    ];

    private static string Note(string unit, string heading, int index, bool completes, bool exceeded)
    {
        var meetings = 2 + (index * 7 % 9);
        var people = 40 + (index * 37 % 260);
        var text = $"{unit}: {Openings[index % Openings.Length]} về “{heading}”; {meetings} buổi, {people} lượt người tham dự.";
        if (completes)
        {
            text += " Hoàn thành nội dung của chu kỳ.";
        }

        if (exceeded)
        {
            text += $" Vượt chỉ tiêu đề ra ({meetings + 2} buổi so với {meetings} buổi theo kế hoạch).";
        }

        return text;
    }

    private static string Short(string heading) => VietnameseText.Shorten(heading, 80).TrimEnd('.', ';', ':');

    /// <summary>A one-page minutes (biên bản) in Word, the evidence units most often attach, checked as any upload is.</summary>
    private static async Task<EvidenceUpload> MinutesAsync(string unit, string heading, DateOnly on, CancellationToken cancellationToken)
    {
        var bytes = PlainDocxWriter.Write("BIÊN BẢN",
        [
            $"Hội nghị triển khai: {heading}",
            $"Đơn vị: {unit}",
            $"Thời gian: ngày {on:dd/MM/yyyy}",
            "Nội dung: quán triệt nhiệm vụ, phân công thực hiện, ý kiến của đại biểu và kết luận của chủ trì.",
        ]);
        return await EvidenceUpload.ReadAsync($"bien-ban-{on:yyyyMMdd}.docx", bytes.Length, new MemoryStream(bytes), cancellationToken);
    }
}
