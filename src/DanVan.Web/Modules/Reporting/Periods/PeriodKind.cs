namespace DanVan.Web.Modules.Reporting.Periods;

public enum PeriodKind
{
    /// <summary>Sơ kết 06 tháng.</summary>
    SixMonth,

    /// <summary>Tổng kết năm.</summary>
    Annual,

    /// <summary>Đột xuất, khi có yêu cầu.</summary>
    OnRequest,
}

internal static class PeriodKinds
{
    public static string Vietnamese(this PeriodKind kind) => kind switch
    {
        PeriodKind.SixMonth => "06 tháng",
        PeriodKind.Annual => "Năm",
        PeriodKind.OnRequest => "Theo yêu cầu",
        _ => kind.ToString(),
    };
}
