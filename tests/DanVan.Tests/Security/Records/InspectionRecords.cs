using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Inspections;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security.Records;

/// <summary>
/// Inspections: the commune's own programme and an inspection of the victim unit under way (told, with its
/// self-report, a document, a finding and a recommendation), whose team is the victim alone.
/// </summary>
public sealed class InspectionRecords : IRecordFixture
{
    private const string Title = "Kiểm tra nội bộ của Đảng ủy xã đối với Hội Nông dân (bản ghi của phép thử)";

    private string programme = "", inspection = "", unit = "", commune = "", file = "", content = "", finding = "", recommendation = "";

    public IEnumerable<string> Markers => [Title, "Tự kiểm tra: Hội đã triển khai đầy đủ"];

    public async Task LoadAsync(AppDbContext db, IServiceProvider services, VictimBranch victim)
    {
        var existing = await db.Inspections.Include(i => i.Contents).Include(i => i.Findings).Include(i => i.Recommendations).SingleOrDefaultAsync(i => i.Title == Title);
        if (existing is null)
        {
            var communeUnit = await db.Organizations.Include(o => o.Kind).SingleAsync(o => o.Id == victim.CommuneId);
            var victimUnit = await db.Organizations.SingleAsync(o => o.Id == victim.UnitId);
            var now = DateTime.UtcNow;
            var today = DateOnly.FromDateTime(now);
            var made = Programme.Create(communeUnit, today.Year, ProgrammeKind.Party, "Chương trình kiểm tra của Đảng ủy xã (phép thử)", now);
            db.InspectionProgrammes.Add(made);
            existing = Inspection.Plan(made, new InspectionPlan(Title, InspectionSubject.Topic, null, null, InspectionMethod.Reports, today, today, today, today),
                [victimUnit], [new TeamPick(victim.UserId, "Nạn nhân", victim.UnitName, true)], [new ContentPick("Việc tuyên truyền Kết luận 236 ở các chi hội", null)], now);
            db.Inspections.Add(existing);
            existing.Notify(now);
            existing.SelfReport(victim.UnitId, "Tự kiểm tra: Hội đã triển khai đầy đủ", "Nạn nhân", now);
            var upload = new EvidenceUpload("tu-kiem-tra.pdf", new EvidenceKind("PDF", "application/pdf", [".pdf"], "%PDF-"u8.ToArray()), "%PDF-1.4 walk"u8.ToArray());
            db.InspectionFiles.Add(existing.Attach(victim.UnitId, upload, 0, "Nạn nhân", now));
            var found = existing.Find(existing.Contents[0].Id, victim.UnitId, new FindingText("Có kế hoạch.", "Chưa đến hết các chi hội.", null, null), "Nạn nhân", now);
            existing.Recommend(found.Id, "Tuyên truyền đến mọi chi hội.", today.AddDays(30));
            await db.SaveChangesAsync();
        }

        programme = existing.ProgrammeId.ToString();
        inspection = existing.Id.ToString();
        unit = victim.UnitId.ToString();
        commune = victim.CommuneId.ToString();
        content = existing.Contents[0].Id.ToString();
        finding = existing.Findings[0].Id.ToString();
        recommendation = existing.Recommendations[0].Id.ToString();
        file = (await db.InspectionFiles.Where(f => f.InspectionId == existing.Id).Select(f => f.Id).FirstAsync()).ToString();
    }

    public string? ValueFor(Probe probe, ProbeValue value) => value switch
    {
        _ when value.Is("id") && probe.Under("/Inspections/Programmes") => programme,
        _ when value.Is("id") && probe.Under("/Inspections") => inspection,
        _ when value.Is("programmeId") && probe.Under("/Inspections") => programme,
        _ when value.Is("unitId", "Finding.UnitId", "Input.UnitIds") && probe.Under("/Inspections") => unit,
        _ when value.Is("organizationId", "Input.OrganizationId") && probe.Under("/Inspections") => commune,
        _ when value.Is("fileId") && probe.Under("/Inspections") => file,
        _ when value.Is("recommendationId") && probe.Under("/Inspections") => recommendation,
        _ when value.Is("Finding.ContentId") => content,
        _ when value.Is("Recommendation.FindingId") => finding,
        _ => null,
    };
}
