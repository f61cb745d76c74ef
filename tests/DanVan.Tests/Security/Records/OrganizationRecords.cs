using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations.Responsibilities;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Tests.Security.Records;

/// <summary>Organizations: the victim unit, one of its memberships, an area and a kind of organization.</summary>
public sealed class OrganizationRecords : IRecordFixture, IUploadFixture
{
    private string unit = "", membership = "", area = "", kind = "", unitName = "", csv = "", responsibility = "";

    public IEnumerable<string> Markers => [unitName];

    public async Task LoadAsync(AppDbContext db, IServiceProvider services, VictimBranch victim)
    {
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == victim.UnitId);
        unit = organization.Id.ToString();
        unitName = organization.Name;
        area = organization.AreaId.ToString();
        kind = organization.KindId.ToString();
        var parent = await db.Organizations.AsNoTracking().Where(o => o.Id == organization.ParentId).Select(o => o.Code).SingleAsync();
        var kindCode = await db.OrganizationKinds.AsNoTracking().Where(k => k.Id == organization.KindId).Select(k => k.Code).SingleAsync();
        var areaCode = await db.Areas.AsNoTracking().Where(a => a.Id == organization.AreaId).Select(a => a.Code).SingleAsync();
        csv = $"ma,ten,ten_viet_tat,loai,dia_ban,ma_cap_tren\n{organization.Code},Tên đã bị đổi,,{kindCode},{areaCode},{parent}\n";
        membership = (await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == victim.UnitId).Select(m => m.Id).FirstAsync()).ToString();

        // The unit's division of work: its member in charge of a field.
        var existing = await db.Set<Responsibility>().Where(r => r.OrganizationId == victim.UnitId).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
        if (existing is null)
        {
            var tracked = await db.Organizations.SingleAsync(o => o.Id == victim.UnitId);
            var created = Responsibility.Create(tracked, victim.UserId, new HashSet<string> { victim.UserId }, null, "Lĩnh vực của đơn vị bị thử", DateTime.UtcNow);
            db.Add(created);
            await db.SaveChangesAsync();
            existing = created.Id;
        }

        responsibility = existing.Value.ToString();
    }

    public (string FileName, byte[] Content)? FileFor(Probe probe) =>
        probe.Under("/Organizations/Transfer/Import") ? ("to-chuc.csv", System.Text.Encoding.UTF8.GetBytes(csv)) : null;

    public string? ValueFor(Probe probe, ProbeValue value) => value switch
    {
        _ when value.Is("id") && probe.Under("/Organizations/Units/RemoveMember") => membership,
        _ when value.Is("id") && (probe.Under("/Organizations/Units") || probe.Under("/Organizations/Responsibilities")) => unit,
        _ when value.Is("responsibilityId", "remove") => responsibility,
        _ when value.Is("id") && probe.Under("/Organizations/Areas") => area,
        _ when value.Is("id") && probe.Under("/Organizations/Kinds") => kind,
        _ when value.Is("organizationId", "unitId", "parentId", "newParentId", "assignOrganizationId", "Draft.Units[0].OrganizationIds") => unit,
        _ when value.Is("Input.AreaId", "Form.Values[0].AreaId") => area,
        _ when value.Is("Input.KindId") => kind,
        _ => null,
    };
}
