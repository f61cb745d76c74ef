using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Demo;

/// <summary>
/// A demo indicator catalog drawn from the themes of the two seed plans: ethnic-minority cadres, health
/// insurance, schooling, clean water, dialogues, petitions, "Dân vận khéo" models, bulletins and digital
/// skills. Every figure is an aggregate for a unit or a village; none lists people. Statistics of a village are
/// reported once, by the commune People's Committee; activities by the units that carry them out.
/// </summary>
internal static class DemoIndicators
{
    /// <summary>The People's Committee (ủy ban nhân dân), which keeps the statistics of its commune's villages.</summary>
    private const string Government = "ubnd";

    public static readonly IReadOnlyList<CatalogEntry> Catalog =
    [
        new("CB_TONG", "Tổng số cán bộ, công chức", "người", "Integer", "Sum"),
        new("CB_DTTS", "Cán bộ, công chức người dân tộc thiểu số", "người", "Integer", "Sum", NotAbove: "CB_TONG"),
        new("TL_CB_DTTS", "Tỷ lệ cán bộ, công chức người dân tộc thiểu số", "%", "Percent", "Ratio", Numerator: "CB_DTTS", Denominator: "CB_TONG"),
        new("DAN_SO", "Dân số", "người", "Integer", "Sum", ByVillage: true, ReportedBy: Government),
        new("BHYT", "Số người có thẻ bảo hiểm y tế", "người", "Integer", "Sum", ByVillage: true, NotAbove: "DAN_SO", ReportedBy: Government),
        new("TL_BHYT", "Tỷ lệ bao phủ bảo hiểm y tế", "%", "Percent", "Ratio", ByVillage: true, Numerator: "BHYT", Denominator: "DAN_SO"),
        new("HS_BO_HOC", "Học sinh bỏ học", "em", "Integer", "Sum", ByVillage: true, ReportedBy: Government),
        new("HO_TONG", "Tổng số hộ", "hộ", "Integer", "Sum", ByVillage: true, ReportedBy: Government),
        new("HO_NUOC_SACH", "Hộ dùng nước sạch", "hộ", "Integer", "Sum", ByVillage: true, NotAbove: "HO_TONG", ReportedBy: Government),
        new("TL_NUOC_SACH", "Tỷ lệ hộ dùng nước sạch", "%", "Percent", "Ratio", ByVillage: true, Numerator: "HO_NUOC_SACH", Denominator: "HO_TONG"),
        new("DOI_THOAI", "Số cuộc đối thoại với Nhân dân", "cuộc", "Integer", "Sum", ReportedBy: "dang-uy,chi-bo,ubnd,hdnd,mttq"),
        new("KN_NHAN", "Kiến nghị, phản ánh tiếp nhận", "việc", "Integer", "Sum", ReportedBy: "ubnd,hdnd,mttq"),
        new("KN_XONG", "Kiến nghị, phản ánh đã giải quyết", "việc", "Integer", "Sum", NotAbove: "KN_NHAN", ReportedBy: "ubnd,hdnd,mttq"),
        new("TL_KN_XONG", "Tỷ lệ kiến nghị, phản ánh đã giải quyết", "%", "Percent", "Ratio", Numerator: "KN_XONG", Denominator: "KN_NHAN"),
        new("MH_DVK", "Mô hình “Dân vận khéo” được công nhận", "mô hình", "Integer", "Sum"),
        new("BAN_TIN", "Bản tin phát trên hệ thống truyền thanh thôn", "bản tin", "Integer", "Sum", ByVillage: true, ReportedBy: Government),
        new("KY_NANG_SO", "Lớp tập huấn kỹ năng số cho Nhân dân", "lớp", "Integer", "Sum"),
        new("QC_DAN_CHU", "Đã ban hành quy chế dân chủ ở cơ sở", "", "YesNo", "Sum", ReportedBy: Government),
    ];
}
