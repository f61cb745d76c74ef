using DanVan.Web.Modules.Reporting.Reports;

namespace DanVan.Tests.Reporting;

/// <summary>The summary a report's document proposes under "BÁO CÁO" reads as an official writes it: never "Báo cáo" twice.</summary>
public sealed class ReportSummaryTests
{
    [Theory]
    [InlineData("Báo cáo sơ kết 06 tháng đầu năm 2026", "Sơ kết 06 tháng đầu năm 2026 thực hiện Kế hoạch số 103-KH/TU")]
    [InlineData("Báo cáo tổng kết năm 2026", "Tổng kết năm 2026 thực hiện Kế hoạch số 103-KH/TU")]
    [InlineData("Báo cáo nhanh công tác dân vận quý I/2027", "Kết quả thực hiện Kế hoạch số 103-KH/TU\n(nhanh công tác dân vận quý I/2027)")]
    [InlineData("Quý I/2027", "Kết quả thực hiện Kế hoạch số 103-KH/TU\n(Quý I/2027)")]
    public void The_default_summary_names_the_period_and_the_plan_once(string period, string summary)
    {
        Assert.Equal(summary, DocumentModel.DefaultSummary(period, "Kế hoạch số 103-KH/TU"));
        Assert.DoesNotContain("báo cáo", summary, StringComparison.OrdinalIgnoreCase);
    }
}
