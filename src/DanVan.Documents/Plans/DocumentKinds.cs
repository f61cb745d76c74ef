using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>The kinds of administrative document DanVan recognises, as a plan names them, in one list.</summary>
internal static class DocumentKinds
{
    public static readonly string[] All =
    [
        "Kế hoạch", "Chương trình hành động", "Chương trình", "Kết luận", "Chỉ thị", "Nghị quyết", "Báo cáo", "Quyết định", "Hướng dẫn", "Thông báo",
        "Thông tri", "Quy định", "Quy chế", "Đề án", "Công văn", "Tờ trình", "Nghị định", "Thông tư", "Luật",
    ];

    private static readonly Dictionary<string, string> ByFolded = All.ToDictionary(Fold.Of, k => k, StringComparer.Ordinal);

    /// <summary>The canonical name of a kind however it is written ("KẾT LUẬN", "kết luận"), or null.</summary>
    public static string? Canonical(string written) => ByFolded.GetValueOrDefault(Fold.Of(written.Trim()));
}
