using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations.Demo;

/// <summary>
/// The synthetic national tree: provinces, communes with their villages (areas through the entities), the central
/// body, then the provincial and commune Party committees and the units of each commune, bulk-copied. Everything is
/// flagged as demo.
/// </summary>
internal sealed class SyntheticOrganizations(AppDbContext db) : ISyntheticOrganizations
{
    public Task<bool> ExistsAsync(CancellationToken cancellationToken) =>
        db.Organizations.AnyAsync(o => o.Code == ISyntheticOrganizations.RootCode, cancellationToken);

    public async Task<SyntheticTree> GenerateAsync(int provinces, int communes, int unitsPerCommune, int villagesPerCommune, CancellationToken cancellationToken)
    {
        var kinds = await db.OrganizationKinds.ToDictionaryAsync(k => k.Code, cancellationToken);
        var provinceAreas = Enumerable.Range(0, provinces).Select(p => Area.Create((40 + p).ToString("00"), $"Tỉnh tổng hợp {p + 1:00}", AreaLevel.Province, null, isDemo: true)).ToList();
        var communeAreas = Enumerable.Range(0, communes).Select(c => Area.Create((60000 + c).ToString("00000"), $"Xã tổng hợp {c + 1:00000}", AreaLevel.Commune, provinceAreas[c % provinces], isDemo: true)).ToList();
        var villages = communeAreas.ToDictionary(c => c.Id, c => Enumerable.Range(1, villagesPerCommune)
            .Select(v => Area.Create($"{c.Code}.{v:00}", $"Thôn {v:00} – {c.Name}", AreaLevel.Village, c, isDemo: true)).ToList());
        db.Areas.AddRange(provinceAreas);
        db.Areas.AddRange(communeAreas);
        db.Areas.AddRange(villages.Values.SelectMany(v => v));
        var root = Organization.Create(ISyntheticOrganizations.RootCode, "Ban Tuyên giáo và Dân vận Trung ương (dữ liệu tổng hợp)", "BTGDVTW", kinds["ban-tham-muu"], provinceAreas[0], null, isDemo: true);
        db.Organizations.Add(root);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var (connection, transaction) = await BulkWriter.BeginAsync(db, cancellationToken);
        await using var _ = transaction;
        string[] columns = ["Id", "Code", "Name", "ShortName", "KindId", "AreaId", "ParentId", "Path", "Depth", "IsArchived", "ArchivedAt", "IsDemo", "SearchKey"];
        var reporting = new List<SyntheticUnit>(communes * unitsPerCommune);
        await using (var writer = BulkWriter.Open(connection, transaction, "organizations_units", columns))
        {
            async Task WriteAsync(Organization o) => await writer.RowAsync(o.Id, o.Code, o.Name, o.ShortName, o.KindId, o.AreaId, o.ParentId, o.Path, o.Depth, false, null, true, o.SearchKey);
            string[] unitKinds = ["chi-bo", "mttq", "ct-xh", "ubnd", "ct-xh", "chi-bo"];
            var provinceUnits = new List<Organization>();
            foreach (var area in provinceAreas)
            {
                var province = Organization.Create($"QG{area.Code}", $"Tỉnh ủy {area.Name}", "TU", kinds["dang-uy"], area, root, isDemo: true);
                provinceUnits.Add(province);
                await WriteAsync(province);
            }

            for (var c = 0; c < communeAreas.Count; c++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var area = communeAreas[c];
                var villageIds = villages[area.Id].Select(v => v.Id).ToList();
                var commune = Organization.Create($"QG{area.Code}", $"Đảng ủy {area.Name}", "ĐU", kinds["dang-uy"], area, provinceUnits[c % provinceUnits.Count], isDemo: true);
                await WriteAsync(commune);
                reporting.Add(new SyntheticUnit(commune.Id, area.Id, villageIds, ReportsVillages: true));
                for (var u = 1; u < unitsPerCommune; u++)
                {
                    var unit = Organization.Create($"QG{area.Code}.{u:00}", $"Đơn vị {u:00} – {area.Name}", "", kinds[unitKinds[u % unitKinds.Length]], area, commune, isDemo: true);
                    await WriteAsync(unit);
                    reporting.Add(new SyntheticUnit(unit.Id, area.Id, villageIds, ReportsVillages: false));
                }
            }

            await writer.CompleteAsync();
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new SyntheticTree(root.Id, reporting);
    }
}
