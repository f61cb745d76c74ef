using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions;
using DanVan.Web.Modules.Petitions.Calendar;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Petitions.Receptions;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security.Records;

/// <summary>
/// Petitions: a complaint to the victim unit being resolved (its sender, a file, its history), the commune's
/// reception day, a holiday and a ban. The sender and the content are the markers: no public page, nor anyone
/// outside the unit, may show them.
/// </summary>
public sealed class PetitionRecords : IRecordFixture
{
    private const string Sender = "Người Gửi Của Phép Thử";
    private const string Content = "Nội dung khiếu nại chỉ đơn vị xử lý được đọc (bản ghi của phép thử).";

    private string petition = "", code = "", file = "", unit = "", commune = "", communeArea = "", village = "", session = "", holiday = "", ban = "";

    public IEnumerable<string> Markers => [Sender, Content];

    public IEnumerable<string> Personal => [Sender, Content];

    public async Task LoadAsync(AppDbContext db, IServiceProvider services, VictimBranch victim)
    {
        var existing = await db.Petitions.SingleOrDefaultAsync(p => p.Content == Content);
        var victimUnit = await db.Organizations.Include(o => o.Area).SingleAsync(o => o.Id == victim.UnitId);
        var communeUnit = await db.Organizations.SingleAsync(o => o.Id == victim.CommuneId);
        var area = await db.Areas.Include(a => a.Parent).FirstAsync(a => a.ParentId == victimUnit.AreaId);
        if (existing is null)
        {
            var now = DateTime.UtcNow;
            var today = DateOnly.FromDateTime(now);
            var calendar = new WorkingCalendar(new HashSet<DateOnly>());
            existing = Petition.File(new PetitionDraft("Khiếu nại của phép thử", Content, null, PetitionChannel.InPerson, PetitionKind.Complaint, "Nạn nhân"), area, victimUnit,
                Petitioner.Create(new PersonInput(Sender, "0900 000 000", "nguoi.gui@test.vn", "Thôn thử", true), true, now), calendar, today, now);
            existing.Attach(new EvidenceUpload("don.pdf", new EvidenceKind("PDF", "application/pdf", [".pdf"], "%PDF-"u8.ToArray()), "%PDF-1.4 walk"u8.ToArray()), false, now);
            existing.Accept(DeadlineRule.Defaults().Single(r => r.Kind == PetitionKind.Complaint && r.Round == 1), calendar, today, "Nạn nhân", now);
            db.Petitions.Add(existing);
            db.ReceptionSessions.Add(ReceptionSession.Create(communeUnit, new ReceptionPlan(today, new TimeOnly(8, 0), new TimeOnly(11, 0), "Trụ sở xã (phép thử)", "Bí thư (phép thử)", true)));
            db.Holidays.Add(Holiday.Create(new DateOnly(2030, 1, 2), "Ngày nghỉ của phép thử"));
            db.BannedSenders.Add(BannedSender.Create("203.0.113.9", "Chặn của phép thử", null, today, "Nạn nhân", now));
            await db.SaveChangesAsync();
        }

        petition = existing.Id.ToString();
        code = existing.Code;
        file = (await db.PetitionFiles.Where(f => f.PetitionId == existing.Id).Select(f => f.Id).FirstAsync()).ToString();
        unit = victim.UnitId.ToString();
        commune = victim.CommuneId.ToString();
        communeArea = victimUnit.AreaId.ToString();
        village = area.Id.ToString();
        session = (await db.ReceptionSessions.Where(s => s.OrganizationId == victim.CommuneId && s.Place == "Trụ sở xã (phép thử)").Select(s => s.Id).FirstAsync()).ToString();
        holiday = (await db.Holidays.Where(h => h.Name == "Ngày nghỉ của phép thử").Select(h => h.Id).FirstAsync()).ToString();
        ban = (await db.BannedSenders.Where(b => b.Reason == "Chặn của phép thử").Select(b => b.Id).FirstAsync()).ToString();
    }

    public string? ValueFor(Probe probe, ProbeValue value) => value switch
    {
        _ when !probe.Under("/Petitions") && !probe.Under("/Public") => null,
        _ when value.Is("id") => petition,
        _ when value.Is("fileId") => file,
        _ when value.Is("code") => code,
        _ when value.Is("commune") => communeArea,
        _ when value.Is("unit", "Input.UnitId", "Step.ToId") => unit,
        _ when value.Is("Input.OrganizationId") && probe.Under("/Petitions/Receptions") => commune,
        _ when value.Is("Input.OrganizationId") => unit,
        _ when value.Is("Input.AreaId") => village,
        _ when value.Is("reception", "sessionId", "Input.ReceptionId") => session,
        _ when value.Is("holidayId") => holiday,
        _ when value.Is("banId") => ban,
        // What would write if it were let through: left empty, so a refusal is the only way to pass.
        _ when value.Is("Comment") => "",
        _ => null,
    };
}
