namespace DanVan.Web.Modules.Organizations.Contracts;

/// <summary>
/// What the codes of organization kinds say about a unit's place in the political system, for the modules that act
/// on it: Party bodies issue Party documents (Hướng dẫn 36-HD/VPTW) and inspect; People's Councils supervise; the
/// Fatherland Front and the mass organizations supervise and give social criticism (Quyết định 217-QĐ/TW).
/// </summary>
public static class OrganizationKindCodes
{
    public const string PeoplesCouncil = "hdnd";

    public static readonly IReadOnlySet<string> Party = new HashSet<string>(StringComparer.Ordinal) { "dang-uy", "chi-bo", "ban-tham-muu", "quan-su", "cong-an" };

    public static readonly IReadOnlySet<string> Front = new HashSet<string>(StringComparer.Ordinal) { "mttq", "ct-xh" };

    public static bool IsParty(Organization unit) => unit.Kind is { } kind && Party.Contains(kind.Code);

    public static bool IsPeoplesCouncil(Organization unit) => unit.Kind?.Code == PeoplesCouncil;

    public static bool IsFront(Organization unit) => unit.Kind is { } kind && Front.Contains(kind.Code);
}
