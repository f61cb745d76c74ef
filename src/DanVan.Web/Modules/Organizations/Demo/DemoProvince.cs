using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations.Demo;

/// <summary>
/// Tuyên Quang province (area 08) with the provincial bodies named in section III of plan 103-KH/TU (samples/001_…),
/// and one commune with the bodies named in section IV of the commune plan (samples/000_…). The commune's real name
/// is not in the plan: "Thượng Lâm", its code and its villages are invented, and everything here is flagged as demo.
/// Idempotent: what exists (by code) is left alone.
/// </summary>
internal sealed class DemoProvince(AppDbContext db, Accounts.Contracts.IDemoAccounts accounts, TimeProvider clock) : IDemoOrganizations
{
    private const string Province = "08";
    private const string Commune = "02287";

    private static readonly (string Code, string Name, AreaLevel Level, string? Parent)[] AreaRows =
    [
        (Province, "Tuyên Quang", AreaLevel.Province, null),
        (Commune, "Thượng Lâm", AreaLevel.Commune, Province),
        (Commune + ".01", "Thôn Nà Thôm", AreaLevel.Village, Commune),
        (Commune + ".02", "Thôn Khau Củm", AreaLevel.Village, Commune),
        (Commune + ".03", "Thôn Bản Bó", AreaLevel.Village, Commune),
    ];

    private static readonly (string Code, string Name, string Short, string Kind, string Area, string? Parent)[] OrganizationRows =
    [
        ("TQ.TU", "Tỉnh ủy Tuyên Quang", "TU", "dang-uy", Province, null),
        ("TQ.BTGDV", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "BTGDVTU", "ban-tham-muu", Province, "TQ.TU"),
        ("TQ.BTC", "Ban Tổ chức Tỉnh ủy", "BTCTU", "ban-tham-muu", Province, "TQ.TU"),
        ("TQ.VP", "Văn phòng Tỉnh ủy", "VPTU", "ban-tham-muu", Province, "TQ.TU"),
        ("TQ.DUCQD", "Đảng ủy các cơ quan Đảng tỉnh", "", "dang-uy", Province, "TQ.TU"),
        ("TQ.DUUB", "Đảng ủy Ủy ban nhân dân tỉnh", "", "dang-uy", Province, "TQ.TU"),
        ("TQ.DUQS", "Đảng ủy Quân sự tỉnh", "", "quan-su", Province, "TQ.TU"),
        ("TQ.DUCA", "Đảng ủy Công an tỉnh", "", "cong-an", Province, "TQ.TU"),
        ("TQ.MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MTTQ tỉnh", "mttq", Province, "TQ.TU"),
        ("TQ.HND", "Hội Nông dân tỉnh", "", "ct-xh", Province, "TQ.MTTQ"),
        ("TQ.HPN", "Hội Liên hiệp Phụ nữ tỉnh", "", "ct-xh", Province, "TQ.MTTQ"),
        ("TQ.TD", "Tỉnh đoàn Tuyên Quang", "", "ct-xh", Province, "TQ.MTTQ"),
        ("TQ.CCB", "Hội Cựu chiến binh tỉnh", "", "ct-xh", Province, "TQ.MTTQ"),
        ("TQ.LDLD", "Liên đoàn Lao động tỉnh", "", "ct-xh", Province, "TQ.MTTQ"),
        ("TQ.UBND", "Ủy ban nhân dân tỉnh Tuyên Quang", "UBND tỉnh", "ubnd", Province, "TQ.TU"),
        ("TQ.SNV", "Sở Nội vụ", "SNV", "so-nganh", Province, "TQ.UBND"),
        ("TQ.SVHTTDL", "Sở Văn hoá, Thể thao và Du lịch", "SVHTTDL", "so-nganh", Province, "TQ.UBND"),
        ("TL.DU", "Đảng ủy xã Thượng Lâm", "ĐU", "dang-uy", Commune, "TQ.TU"),
        ("TL.BXDD", "Ban Xây dựng Đảng Đảng ủy xã Thượng Lâm", "BXDĐ", "ban-tham-muu", Commune, "TL.DU"),
        ("TL.VP", "Văn phòng Đảng ủy xã Thượng Lâm", "VPĐU", "ban-tham-muu", Commune, "TL.DU"),
        ("TL.HDND", "Hội đồng nhân dân xã Thượng Lâm", "HĐND xã", "hdnd", Commune, "TL.DU"),
        ("TL.UBND", "Ủy ban nhân dân xã Thượng Lâm", "UBND xã", "ubnd", Commune, "TL.DU"),
        ("TL.MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Thượng Lâm", "MTTQ xã", "mttq", Commune, "TL.DU"),
        ("TL.HND", "Hội Nông dân xã Thượng Lâm", "", "ct-xh", Commune, "TL.MTTQ"),
        ("TL.HPN", "Hội Liên hiệp Phụ nữ xã Thượng Lâm", "", "ct-xh", Commune, "TL.MTTQ"),
        ("TL.DTN", "Đoàn Thanh niên xã Thượng Lâm", "", "ct-xh", Commune, "TL.MTTQ"),
        ("TL.CCB", "Hội Cựu chiến binh xã Thượng Lâm", "", "ct-xh", Commune, "TL.MTTQ"),
        ("TL.CBQS", "Chi bộ Quân sự xã Thượng Lâm", "", "quan-su", Commune, "TL.DU"),
        ("TL.CBCA", "Chi bộ Công an xã Thượng Lâm", "", "cong-an", Commune, "TL.DU"),
        ("TL.CB01", "Chi bộ thôn Nà Thôm", "", "chi-bo", Commune + ".01", "TL.DU"),
        ("TL.CB02", "Chi bộ thôn Khau Củm", "", "chi-bo", Commune + ".02", "TL.DU"),
        ("TL.CB03", "Chi bộ thôn Bản Bó", "", "chi-bo", Commune + ".03", "TL.DU"),
    ];

    public async Task<DemoUnits> SeedAsync(CancellationToken cancellationToken)
    {
        var areas = await db.Areas.ToDictionaryAsync(a => a.Code, cancellationToken);
        var added = 0;
        foreach (var (code, name, level, parent) in AreaRows)
        {
            if (!areas.ContainsKey(code))
            {
                var area = Area.Create(code, name, level, parent is null ? null : areas[parent], new DateOnly(2025, 7, 1), isDemo: true);
                areas[code] = area;
                db.Areas.Add(area);
                added++;
            }
        }

        var kinds = await db.OrganizationKinds.ToDictionaryAsync(k => k.Code, cancellationToken);
        var organizations = await db.Organizations.ToDictionaryAsync(o => o.Code, cancellationToken);
        foreach (var (code, name, shortName, kind, area, parent) in OrganizationRows)
        {
            if (organizations.ContainsKey(code))
            {
                continue;
            }

            if (!kinds.TryGetValue(kind, out var organizationKind))
            {
                throw new InvalidOperationException($"Organization kind '{kind}' is missing: it is seeded by the first migration.");
            }

            var organization = Organization.Create(code, name, shortName, organizationKind, areas[area], parent is null ? null : organizations[parent], isDemo: true);
            organizations[code] = organization;
            db.Organizations.Add(organization);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        added += await SeedDivisionOfWorkAsync(organizations["TL.DU"], areas, cancellationToken);
        return new DemoUnits(added, organizations["TQ.TU"].Id, organizations["TL.DU"].Id);
    }

    /// <summary>The commune Party committee's members in charge of its villages and of two fields (invented names, accounts that cannot sign in).</summary>
    private static readonly (string Email, string Name, string? Village, string? Field)[] InCharge =
    [
        ("hoang.van.thang@thuonglam.invalid", "Hoàng Văn Thắng", Commune + ".01", null),
        ("ma.thi.lan@thuonglam.invalid", "Ma Thị Lan", Commune + ".02", null),
        ("nong.van.tuan@thuonglam.invalid", "Nông Văn Tuấn", Commune + ".03", null),
        ("la.thi.huong@thuonglam.invalid", "La Thị Hương", null, DemoFields.MassMobilization),
        ("hoang.van.thang@thuonglam.invalid", "Hoàng Văn Thắng", null, DemoFields.FrontAndUnions),
    ];

    private async Task<int> SeedDivisionOfWorkAsync(Organization committee, Dictionary<string, Area> areas, CancellationToken cancellationToken)
    {
        if (await db.Set<Responsibilities.Responsibility>().AnyAsync(r => r.OrganizationId == committee.Id, cancellationToken))
        {
            return 0;
        }

        var ids = await accounts.SeedMembersAsync(InCharge.DistinctBy(p => p.Email)
            .Select(p => new Accounts.Contracts.DemoMember(p.Email, p.Name, committee.Id, Infrastructure.Auth.MembershipRole.Leader)).ToList(), cancellationToken);
        var members = ids.Values.ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (email, _, village, field) in InCharge)
        {
            db.Add(Responsibilities.Responsibility.Create(committee, ids[email], members, village is null ? null : areas[village], field, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return InCharge.Length;
    }
}
