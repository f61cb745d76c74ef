namespace DanVan.Web.Modules.Organizations;

/// <summary>Since 01/7/2025 local government has two levels; the village (thôn) is not a formal level but is tracked.</summary>
public enum AreaLevel
{
    Province = 1,
    Commune = 2,
    Village = 3,
}

internal static class AreaLevelNames
{
    public static string Vietnamese(this AreaLevel level) => level switch
    {
        AreaLevel.Province => "Tỉnh, thành phố",
        AreaLevel.Commune => "Xã, phường, đặc khu",
        AreaLevel.Village => "Thôn, tổ dân phố",
        _ => level.ToString(),
    };
}
