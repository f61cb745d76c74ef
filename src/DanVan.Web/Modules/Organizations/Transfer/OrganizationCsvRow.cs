namespace DanVan.Web.Modules.Organizations.Transfer;

/// <summary>One line of the organization tree file. Export and import use the same columns.</summary>
internal sealed record OrganizationCsvRow(string Code, string Name, string ShortName, string Kind, string Area, string Parent, bool Archived)
{
    /// <summary>The header; <c>luu_tru</c> is informational: import never archives or restores (a deliberate act).</summary>
    public static readonly string[] Columns = ["ma", "ten", "ten_viet_tat", "loai", "dia_ban", "ma_cap_tren", "luu_tru"];

    public static readonly string[] RequiredColumns = ["ma", "ten", "loai", "dia_ban"];
}
