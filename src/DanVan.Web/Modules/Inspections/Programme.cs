using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Inspections;

/// <summary>
/// A yearly programme of a Party committee (chương trình kiểm tra, giám sát), or a supervision programme of the
/// People's Council or the Fatherland Front: the inspections it plans.
/// </summary>
public sealed class Programme
{
    private readonly List<Inspection> inspections = [];

    private Programme()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public int Year { get; private set; }

    public ProgrammeKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public bool IsDemo { get; private set; }

    public IReadOnlyList<Inspection> Inspections => inspections;

    public static Programme Create(Organization organization, int year, ProgrammeKind kind, string? title, DateTime utcNow, bool isDemo = false)
    {
        if (organization.IsArchived)
        {
            throw new BusinessRuleException($"{organization.Name} đã ngừng hoạt động.");
        }

        if (year is < 2000 or > 2100)
        {
            throw new BusinessRuleException("Năm của chương trình: từ 2000 đến 2100.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new BusinessRuleException("Hãy chọn loại chương trình.");
        }

        if (!kind.FitsIssuer(organization))
        {
            throw new BusinessRuleException($"{organization.Name} không lập {char.ToLower(kind.Vietnamese()[0], Infrastructure.Text.VietnameseText.Culture)}{kind.Vietnamese()[1..]}: chương trình kiểm tra là của cấp ủy, tổ chức đảng; giám sát chuyên đề của Hội đồng nhân dân; giám sát của Mặt trận Tổ quốc và các đoàn thể.");
        }

        var programme = new Programme { Organization = organization, OrganizationId = organization.Id, Year = year, Kind = kind, CreatedAt = utcNow, IsDemo = isDemo };
        programme.Rename(title);
        return programme;
    }

    public void Rename(string? title)
    {
        title = (title ?? "").Trim();
        Title = title.Length is >= 5 and <= 500 ? title : throw new BusinessRuleException("Tên chương trình: từ 5 đến 500 ký tự.");
    }

    internal void Add(Inspection inspection) => inspections.Add(inspection);
}

public enum ProgrammeKind
{
    /// <summary>Chương trình kiểm tra, giám sát của cấp ủy (Quy định 296-QĐ/TW).</summary>
    Party = 1,

    /// <summary>Giám sát chuyên đề của Hội đồng nhân dân (Luật 87/2015/QH13).</summary>
    Council = 2,

    /// <summary>Giám sát của Mặt trận Tổ quốc và các đoàn thể (Quyết định 217-QĐ/TW).</summary>
    Front = 3,
}

internal static class ProgrammeKinds
{
    public static string Vietnamese(this ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.Party => "Chương trình kiểm tra, giám sát của cấp ủy",
        ProgrammeKind.Council => "Chương trình giám sát của Hội đồng nhân dân",
        ProgrammeKind.Front => "Chương trình giám sát của Mặt trận Tổ quốc, đoàn thể",
        _ => kind.ToString(),
    };

    /// <summary>A programme's kind follows its issuer's: Party bodies inspect, People's Councils and the Front supervise.</summary>
    public static bool FitsIssuer(this ProgrammeKind kind, Organization issuer) => kind switch
    {
        ProgrammeKind.Party => Organizations.Contracts.OrganizationKindCodes.IsParty(issuer),
        ProgrammeKind.Council => Organizations.Contracts.OrganizationKindCodes.IsPeoplesCouncil(issuer),
        ProgrammeKind.Front => Organizations.Contracts.OrganizationKindCodes.IsFront(issuer),
        _ => false,
    };

    /// <summary>
    /// Whether a unit may be among those a programme checks. A Party body inspects its own branch; a People's Council
    /// supervises the state bodies of its level and below (its parent's branch, no Party body, not itself); the Front
    /// and the mass organizations supervise every body of their level and below (their parent's branch, not themselves).
    /// </summary>
    public static bool MayCheck(this Programme programme, Organization unit, string branchPath) =>
        unit.Path.StartsWith(branchPath, StringComparison.Ordinal)
        && (programme.Kind == ProgrammeKind.Party || (unit.Id != programme.OrganizationId && (programme.Kind != ProgrammeKind.Council || !Organizations.Contracts.OrganizationKindCodes.IsParty(unit))));

    /// <summary>What one of its activities is called: "cuộc kiểm tra" or "cuộc giám sát".</summary>
    public static string Activity(this ProgrammeKind kind) => kind == ProgrammeKind.Party ? "cuộc kiểm tra" : "cuộc giám sát";

    /// <summary>The document that concludes an activity, as the registry names its kind.</summary>
    public static string ConclusionKind(this ProgrammeKind kind) => kind == ProgrammeKind.Party ? "Thông báo" : "Báo cáo";

    /// <summary>The symbol of that document's type in its number ("TB", "BC").</summary>
    public static string ConclusionSymbol(this ProgrammeKind kind) => kind == ProgrammeKind.Party ? "TB" : "BC";

    /// <summary>"Thông báo kết luận" or "Báo cáo kết quả giám sát", as printed above the summary.</summary>
    public static string ConclusionName(this ProgrammeKind kind) => kind == ProgrammeKind.Party ? "Thông báo kết luận kiểm tra" : "Báo cáo kết quả giám sát";
}
