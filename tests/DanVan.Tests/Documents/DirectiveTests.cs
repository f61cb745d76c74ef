using DanVan.Documents;
using DanVan.Documents.Plans;

namespace DanVan.Tests.Documents;

/// <summary>A directive written "1.", "2." … without Roman sections (how a Chỉ thị is often written): its items are the tasks.</summary>
public sealed class DirectiveTests
{
    // Written for this test, in the shape such directives take; not a real document.
    internal const string Directive = """
        TỈNH ỦY TUYÊN QUANG                                   ĐẢNG CỘNG SẢN VIỆT NAM
        *
        Số 12-CT/TU                                   Tuyên Quang, ngày 10 tháng 3 năm 2026

        CHỈ THỊ
        của Ban Thường vụ Tỉnh ủy về tăng cường đối thoại với Nhân dân ở vùng đồng bào dân tộc thiểu số

        Thực hiện Kết luận số 236-KL/TW, ngày 15/01/2026 của Ban Bí thư, thời gian qua việc đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân có chuyển biến, song còn hình thức ở một số nơi. Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau:

        1. Các cấp ủy, chính quyền tổ chức đối thoại định kỳ giữa người đứng đầu với Nhân dân ở thôn, bản.
        - Mỗi năm ít nhất hai lần ở cấp xã.
        - Công khai kết quả giải quyết kiến nghị sau đối thoại.
        2. Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tổng hợp ý kiến, kiến nghị của Nhân dân trước mỗi cuộc đối thoại.
        3. Đẩy mạnh chuyển đổi số trong tiếp nhận, trả lời kiến nghị của Nhân dân.
        4. Tổ chức thực hiện
        a) Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chỉ thị; hằng năm báo cáo Ban Thường vụ Tỉnh ủy.
        b) Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành bố trí nguồn lực thực hiện.

        Nơi nhận:
        - Ban Bí thư (để báo cáo),
        - Các đảng bộ trực thuộc,
        - Lưu Văn phòng Tỉnh ủy.
        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        Nguyễn Văn A
        """;

    [Fact]
    public void A_directive_numbered_one_two_three_imports_with_its_items_as_tasks()
    {
        var document = PlanParser.Parse(Directive);
        Assert.Equal("Chỉ thị", document.Kind, ignoreCase: true);
        Assert.Equal("12-CT/TU", document.Number);
        Assert.Equal(new DateOnly(2026, 3, 10), document.Date);
        Assert.Equal(["1", "2", "3"], document.Tasks.Select(t => t.Id));
        Assert.StartsWith("Các cấp ủy, chính quyền tổ chức đối thoại định kỳ", document.Tasks[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, document.Tasks[0].Bullets.Count);
        Assert.Contains(document.Assignments, a => a.Unit.StartsWith("Ban Tuyên giáo và Dân vận Tỉnh ủy", StringComparison.Ordinal) && a.Role == "lead");
        Assert.Contains(document.Citations, c => c.Number == "236-KL/TW");
        Assert.DoesNotContain(document.Warnings, w => w.Contains("nhiệm vụ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_with_no_numbered_items_at_all_is_still_refused_with_a_clear_message()
    {
        var error = Assert.Throws<DocumentException>(() => PlanParser.Parse("THÔNG BÁO\nVề việc nghỉ lễ.\nCơ quan nghỉ từ ngày 30/4 đến hết ngày 3/5."));
        Assert.Contains("các mục 1, 2, 3", error.Message, StringComparison.Ordinal);
    }
}
