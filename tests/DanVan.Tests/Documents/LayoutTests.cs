using DanVan.Documents.Plans;

namespace DanVan.Tests.Documents;

/// <summary>Layouts the seeds do not have: a State header, a flattened two-column header, 1.1 / a) / + numbering, hard wraps, OCR slips.</summary>
public sealed class LayoutTests
{
    private const string StatePlan = """
        ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH TUYÊN QUANG         Độc lập - Tự do - Hạnh phúc
        Số: 594/KH-UBND          Tuyên Quang, ngày 20 tháng 02 năm 2026

        KẾ HOẠCH
        Triển khai công tác dân vận chính quyền
        năm 2026

        Căn cứ Quyết định số 19/2025/QĐ-TTg ngày 30/6/2025 của Thủ tướng Chính phủ; Kế hoạch số 103 - KH/TU ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

        I - MỤC ĐÍCH, YÊU CẦU
        1. Nâng cao chất lượng phục vụ Nhân dân; kỷ niệm 96 năm Ngày thành lập Đảng 3/2/1930; 18/29 xã đạt chuẩn.
        II - NHIỆM VỤ VÀ
        GIẢI PHÁP
        1. Cải cách hành chính
        1.1. Đẩy mạnh dịch vụ công trực tuyến ở các xã
        vùng đồng bào dân tộc thiểu số, bảo đảm người dân
        được hướng dẫn tận nơi.
        a) Tập huấn kỹ năng số cho cán bộ xã;
        + Mỗi xã ít nhất 01 lớp mỗi năm.
        b) Tổ chức đối thoại định kỳ.
        2. Giải quyết kiến nghị của Nhân dân
        - Giải quyết dứt điểm đơn thư tồn đọng.
        III - TỔ CHỨC THỰC HIỆN
        1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này; định kỳ 6 tháng và hằng năm tổng hợp báo cáo Ủy ban nhân dân tỉnh.
        2. Ủy ban nhân dân các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của địa phương; báo cáo đột xuất khi có yêu cầu.

        Nơi nhận:                         TM. ỦY BAN NHÂN DÂN
        - Thường trực Tỉnh ủy;            KT. CHỦ TỊCH
        - Lưu: VT, NC.                    PHÓ CHỦ TỊCH

                                          Nguyễn Văn Sơn
        """;

    private static readonly PlanDocument Plan = PlanParser.Parse(StatePlan);

    [Fact]
    public void State_header_flattened_from_two_columns()
    {
        Assert.Equal("594/KH-UBND", Plan.Number);
        Assert.Equal("Kế hoạch", Plan.Kind);
        Assert.Equal("TỈNH TUYÊN QUANG", Plan.Issuer);
        Assert.Equal("ỦY BAN NHÂN DÂN", Plan.SuperiorIssuer);
        Assert.Equal("Tuyên Quang", Plan.Place);
        Assert.Equal(new DateOnly(2026, 2, 20), Plan.Date);
        Assert.Equal("Triển khai công tác dân vận chính quyền năm 2026", Plan.Title);
    }

    [Fact]
    public void A_title_run_into_its_preamble_keeps_them_apart()
    {
        // A .docx whose title paragraph took in the preamble: the title stops where the preamble's "Căn cứ" begins.
        var merged = StatePlan.Replace("năm 2026\n\nCăn cứ Quyết định", "năm 2026 Căn cứ Quyết định", StringComparison.Ordinal);
        Assert.NotEqual(StatePlan, merged);
        var plan = PlanParser.Parse(merged);
        Assert.Equal("Triển khai công tác dân vận chính quyền năm 2026", plan.Title);
        Assert.Contains(plan.Citations, c => c.Number == "19/2025/QĐ-TTg");

        // A title that says "thực hiện" in lower case stays whole.
        var lower = PlanParser.Parse(StatePlan.Replace("Triển khai công tác dân vận chính quyền", "Tiếp tục thực hiện Kết luận số 236-KL/TW về công tác dân vận", StringComparison.Ordinal));
        Assert.Equal("Tiếp tục thực hiện Kết luận số 236-KL/TW về công tác dân vận năm 2026", lower.Title);
    }

    [Fact]
    public void State_numbers_are_normalized_and_other_dates_are_not_document_dates()
    {
        Assert.Equal(
            [("Quyết định", "19/2025/QĐ-TTg", new DateOnly(2025, 6, 30), "Thủ tướng Chính phủ"), ("Kế hoạch", "103-KH/TU", new DateOnly(2026, 4, 1), "Ban Thường vụ Tỉnh ủy")],
            Plan.Citations.Select(c => (c.Kind, c.Number, c.Date, c.Issuer)).ToArray());
    }

    [Fact]
    public void Decimal_letter_and_plus_numbering_with_wrapped_lines()
    {
        Assert.Equal(["I", "II", "III"], Plan.Sections.Select(s => s.Label));
        Assert.Equal("NHIỆM VỤ VÀ GIẢI PHÁP", Plan.Sections[1].Title);
        var reform = Plan.Sections[1].Children[0];
        var online = Assert.Single(reform.Children);
        Assert.Equal("1.1", online.Label);
        Assert.Equal("II.1.1", online.Path);
        Assert.Equal("Đẩy mạnh dịch vụ công trực tuyến ở các xã vùng đồng bào dân tộc thiểu số, bảo đảm người dân được hướng dẫn tận nơi.", online.Title);
        Assert.Equal(["a", "b"], online.Children.Select(c => c.Label));
        Assert.Equal(["Mỗi xã ít nhất 01 lớp mỗi năm."], online.Children[0].Paragraphs);
        Assert.Equal(["II.1", "II.2"], Plan.Tasks.Select(t => t.Id));
        Assert.Equal(["Giải quyết dứt điểm đơn thư tồn đọng."], Plan.Tasks[1].Bullets);
    }

    [Fact]
    public void Lead_and_coordinating_units_and_reporting()
    {
        Assert.Equal(
            [
                ("Sở Nội vụ", "lead"), ("Sở Tài chính", "coordinate"), ("Văn phòng Ủy ban nhân dân tỉnh", "coordinate"),
                ("Ủy ban nhân dân các xã, phường", "lead"),
            ],
            Plan.Assignments.Select(a => (a.Unit, a.Role)).ToArray());
        Assert.Equal(["6-month", "annual", "on-request"], Plan.Reporting.Select(r => r.Kind));
    }

    [Fact]
    public void Recipients_and_signature_side_by_side()
    {
        Assert.Equal(["Thường trực Tỉnh ủy", "Lưu: VT, NC"], Plan.Recipients);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", Plan.Signer?.Authority);
        Assert.Equal("PHÓ CHỦ TỊCH", Plan.Signer?.Title);
        Assert.Equal("Nguyễn Văn Sơn", Plan.Signer?.Name);
    }

    [Fact]
    public void A_blank_number_is_null_not_an_error()
    {
        var plan = PlanParser.Parse("ỦY BAN NHÂN DÂN XÃ THƯỢNG LÂM\nSố:    /KH-UBND\nThượng Lâm, ngày    tháng    năm 2026\n\nKẾ HOẠCH\nvề đối thoại với Nhân dân\n\nI. MỤC ĐÍCH\nBảo đảm đối thoại.\n");
        Assert.Null(plan.Number);
        Assert.Null(plan.Date);
        Assert.Equal("Thượng Lâm", plan.Place);
        Assert.Equal("ỦY BAN NHÂN DÂN XÃ THƯỢNG LÂM", plan.Issuer);
        Assert.Contains("Số văn bản để trống.", plan.Warnings);
        Assert.Contains("Ngày ban hành để trống hoặc không hợp lệ.", plan.Warnings);
    }

    [Fact]
    public void Party_header_with_superior_body_and_star()
    {
        var plan = PlanParser.Parse("ĐẢNG BỘ TỈNH TUYÊN QUANG\nĐẢNG ỦY XÃ THƯỢNG LÂM\n*\nSố 09-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nThượng Lâm, ngày 15 tháng 4 năm 2026\n\nKẾ HOẠCH\nthực hiện Kế hoạch số 103-KH/TU\n\nI. MỤC ĐÍCH, YÊU CẦU\nThống nhất nhận thức.\n");
        Assert.Equal("09-KH/ĐU", plan.Number);
        Assert.Equal("ĐẢNG ỦY XÃ THƯỢNG LÂM", plan.Issuer);
        Assert.Equal("ĐẢNG BỘ TỈNH TUYÊN QUANG", plan.SuperiorIssuer);
        Assert.Equal(new DateOnly(2026, 4, 15), plan.Date);
        Assert.Equal("103-KH/TU", Assert.Single(plan.Citations).Number);
    }
}
