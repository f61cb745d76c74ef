namespace DanVan.Web.Modules.Evaluation.Scoring;

/// <summary>
/// The criteria set for collectives under Quy định 366-QĐ/TW (30/8/2025) as DanVan first offers it: 30 general points
/// entered with evidence, 70 task points computed from DanVan's data, and the four levels of Art. 11 with their
/// conditions. Administrators change the criteria, weights, thresholds and names as data; this is only the start.
/// </summary>
internal static class Quy366
{
    public const string Name = "Quy định 366-QĐ/TW – đánh giá tập thể (thang điểm 100)";

    public static readonly DateOnly ValidFrom = new(2025, 8, 30);

    public static IReadOnlyList<(string Name, decimal MaxPoints, Measure Measure)> Criteria { get; } =
    [
        ("Chính trị tư tưởng; đoàn kết, thống nhất trong tổ chức", 10, Measure.Entered),
        ("Thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc", 10, Measure.Entered),
        ("Quan hệ với Nhân dân; công tác dân vận của tổ chức", 10, Measure.Entered),
        ("Nhiệm vụ hoàn thành đúng hạn (theo chu kỳ)", 45, Measure.CyclesOnTime),
        ("Báo cáo gửi đúng hạn", 10, Measure.ReportsOnTime),
        ("Nhiệm vụ vượt chỉ tiêu, kế hoạch", 5, Measure.TargetsExceeded),
        ("Khắc phục kiến nghị sau kiểm tra, giám sát đúng hạn", 10, Measure.RecommendationsRemedied),
    ];

    public static IReadOnlyList<LevelRule> Levels { get; } =
    [
        new("Hoàn thành xuất sắc nhiệm vụ", 90, AllOnTime: true, MinExceededPercent: 30, NoDiscipline: true),
        new("Hoàn thành tốt nhiệm vụ", 70, AllOnTime: true),
        new("Hoàn thành nhiệm vụ", 50, AllDone: true, MaxLatePercent: 20),
    ];

    /// <summary>The level given to a unit that reaches none of the others.</summary>
    public const string Failed = "Không hoàn thành nhiệm vụ";
}
