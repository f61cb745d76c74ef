using DanVan.Documents;
using DanVan.Documents.Plans;

namespace DanVan.Tests.Documents;

/// <summary>Every field of the two real plans, as an officer would check them against the paper.</summary>
public sealed class SeedPlanTests
{
    private static readonly PlanDocument Provincial = PlanParser.Parse(DocumentReader.ReadText(Samples.ProvincialPlan, Samples.Bytes(Samples.ProvincialPlan)));
    private static readonly PlanDocument Commune = PlanParser.Parse(DocumentReader.ReadText(Samples.CommunePlan, Samples.Bytes(Samples.CommunePlan)));

    [Fact]
    public void Provincial_plan_header_says_only_what_the_text_says()
    {
        Assert.Equal("Kế hoạch", Provincial.Kind);
        Assert.Null(Provincial.Number);
        Assert.Null(Provincial.Date);
        Assert.Null(Provincial.Place);
        Assert.Equal("Ban Thường vụ Tỉnh ủy", Provincial.Issuer);
        Assert.Equal("thực hiện Kết luận số 236-KL/TW, ngày 15/01/2026 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 49-CT/TW, ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số", Provincial.Title);
        Assert.Contains("Không thấy số, ký hiệu văn bản.", Provincial.Warnings);
        Assert.Contains("Không thấy địa danh, ngày ban hành.", Provincial.Warnings);
    }

    [Fact]
    public void Provincial_plan_citations_include_those_only_in_the_footnote()
    {
        Assert.Equal(
            [
                ("Kết luận", "236-KL/TW", "2026-01-15", "Ban Bí thư"),
                ("Chỉ thị", "49-CT/TW", "2015-10-20", "Ban Bí thư"),
                ("Nghị quyết", "25-NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương"),
                ("Kết luận", "114-KL/TW", "2015-07-14", "Ban Bí thư"),
                ("Chỉ thị", "59-CT/TW", "2026-01-20", "Ban Bí thư"),
                ("Chỉ thị", "60-CT/TW", "2026-01-22", "Ban Bí thư"),
            ],
            Cited(Provincial));
        var footnote = Assert.Single(Provincial.Footnotes);
        Assert.StartsWith("Nghị quyết số 25-NQ/TW ngày 03/6/2013", footnote, StringComparison.Ordinal);
        Assert.EndsWith("giai đoạn mới...", footnote, StringComparison.Ordinal);
    }

    [Fact]
    public void Provincial_plan_sections_and_tasks()
    {
        Assert.Equal(["I", "II", "III"], Provincial.Sections.Select(s => s.Label));
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "TỔ CHỨC THỰC HIỆN"], Provincial.Sections.Select(s => s.Title));
        Assert.Equal(3, Provincial.Sections[0].Paragraphs.Count);
        Assert.Empty(Provincial.Sections[0].Children);
        Assert.Equal(["II.1", "II.2", "II.3", "II.4", "II.5", "II.6"], Provincial.Tasks.Select(t => t.Id));
        Assert.Equal("Tăng cường công tác lãnh đạo, chỉ đạo đối với công tác dân vận, công tác dân tộc, tôn giáo", Provincial.Tasks[0].Text);
        Assert.Equal([2, 3, 3, 2, 2, 3], Provincial.Tasks.Select(t => t.Bullets.Count));

        // The paragraph broken by a page break and the footnote printed in between is one paragraph again,
        // and the footnote marker is gone from the text.
        Assert.Contains(Provincial.Tasks[2].Bullets, b => b.Contains("Vận động người dân tộc thiểu số tiêu biểu tham gia thành viên", StringComparison.Ordinal));
        Assert.Contains(Provincial.Tasks[0].Bullets, b => b.Contains("công tác dân tộc, tôn giáo và Kết luận số 236-KL/TW", StringComparison.Ordinal));
        Assert.DoesNotContain(Provincial.Tasks.SelectMany(t => t.Bullets), b => b.Contains('¹', StringComparison.Ordinal));

        var organising = Provincial.Sections[2];
        Assert.Equal(["1", "2", "3", "4", "5", "6"], organising.Children.Select(c => c.Label));
        Assert.Equal(["5.1", "5.2", "5.3"], organising.Children[4].Children.Select(c => c.Label));
        Assert.Equal("III.5.2", organising.Children[4].Children[1].Path);
        Assert.Single(organising.Paragraphs);
        Assert.StartsWith("Các cấp ủy, tổ chức đảng, Mặt trận Tổ quốc", organising.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("theo quy định./.", organising.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Provincial_plan_assignments_name_each_unit()
    {
        Assert.Equal(
            [
                ("III.1", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "lead", 2),
                ("III.2", "Đảng ủy các cơ quan Đảng tỉnh", "lead", 3),
                ("III.2", "Đảng ủy Ủy ban nhân dân tỉnh", "lead", 3),
                ("III.3", "Đảng ủy Quân sự tỉnh", "lead", 3),
                ("III.3", "Đảng ủy Công an tỉnh", "lead", 3),
                ("III.4", "Ủy ban Mặt trận Tổ quốc Việt Nam", "lead", 3),
                ("III.4", "các tổ chức chính trị - xã hội tỉnh", "lead", 3),
                ("III.5", "Các sở, ban, ngành của tỉnh", "lead", 1),
                ("III.5.1", "Ban Tổ chức Tỉnh ủy", "lead", 3),
                ("III.5.2", "Sở Nội vụ", "lead", 3),
                ("III.5.3", "Sở Văn hoá, Thể thao và Du lịch", "lead", 2),
                ("III.6", "Đảng ủy các xã, phường", "lead", 4),
            ],
            Provincial.Assignments.Select(a => (a.Section, a.Unit, a.Role, a.Tasks.Count)).ToArray());
        Assert.StartsWith("Chủ trì tham mưu Ban Thường vụ Tỉnh ủy", Provincial.Assignments[0].Tasks[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Provincial_plan_reporting_recipients_and_signer()
    {
        var annual = Assert.Single(Provincial.Reporting);
        Assert.Equal("annual", annual.Kind);
        Assert.Contains("hàng năm tham mưu báo cáo", annual.Text, StringComparison.Ordinal);
        Assert.Equal(
            [
                "Ban Bí thư Trung ương (để báo cáo)", "Ban Tuyên giáo và Dân vận Trung ương (để b/c)", "Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy",
                "Các đảng ủy trực thuộc Tỉnh ủy", "Các sở, ban, ngành của tỉnh", "Các đ/c UVBTVTU", "VPTU: CVP, PCVP", "Lưu VPTU, CVTH",
            ],
            Provincial.Recipients);
        Assert.Equal(new Signer("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Quốc Toàn"), Provincial.Signer);

        // "… giao Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi, đôn đốc …, hàng năm tham mưu báo cáo của Ban Thường vụ Tỉnh ủy
        // gửi về Ban Tuyên giáo và Dân vận Trung ương theo quy định".
        Assert.Equal(new PlanChain("Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo và Dân vận Tỉnh ủy"), Provincial.Chain);
    }

    [Theory]
    [InlineData("Định kỳ báo cáo kết quả về Ban Thường vụ Đảng ủy (qua Văn phòng Đảng ủy để tổng hợp).", null, "Văn phòng Đảng ủy")]
    [InlineData("Hằng năm báo cáo Ban Thường vụ Huyện ủy, gửi về Ban Dân vận Tỉnh ủy trước ngày 15/11.", "Ban Dân vận Tỉnh ủy", null)]
    [InlineData("Giao Ủy ban nhân dân xã chủ trì theo dõi việc thực hiện.", null, "Ủy ban nhân dân xã")]
    [InlineData("Tổ chức quán triệt kế hoạch đến cán bộ, đảng viên.", null, null)]
    public void Chain_is_read_from_the_reporting_sentences(string sentence, string? reportsTo, string? consolidator)
    {
        var text = $"ĐẢNG ỦY XÃ A\nKẾ HOẠCH\nthực hiện công tác dân vận\nI. MỤC ĐÍCH\nNâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n{sentence}";
        Assert.Equal(new PlanChain(reportsTo, consolidator), PlanParser.Parse(text).Chain);
    }

    [Fact]
    public void Commune_plan_header_and_citations()
    {
        Assert.Equal("Kế hoạch", Commune.Kind);
        Assert.Null(Commune.Number);
        Assert.Null(Commune.Date);
        Assert.Equal("Ban Thường vụ Đảng ủy xã", Commune.Issuer);
        Assert.Equal(Provincial.Title, Commune.Title);
        Assert.Equal(
            [
                ("Kết luận", "236-KL/TW", "2026-01-15", "Ban Bí thư"),
                ("Chỉ thị", "49-CT/TW", "2015-10-20", "Ban Bí thư"),
                ("Kế hoạch", "103-KH/TU", "2026-04-01", "Ban Thường vụ Tỉnh ủy"),
                ("Kết luận", "65-KL/TW", "2019-10-30", "Bộ Chính trị"),
                ("Nghị quyết", "24-NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương Đảng"),
                ("Kết luận", "43-KL/TW", "2019-01-07", "Ban Bí thư"),
                ("Nghị quyết", "25-NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng"),
                ("Nghị quyết", "55-NQ/TU", "2026-01-20", "Ban Thường vụ Tỉnh ủy"),
            ],
            Cited(Commune));
        Assert.Empty(Commune.Footnotes);
    }

    [Fact]
    public void Commune_plan_sections_tasks_and_assignments()
    {
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "TỔ CHỨC THỰC HIỆN"], Commune.Sections.Select(s => s.Title));
        Assert.Equal(["II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III.1", "III.2", "III.3", "III.4", "III.5", "III.6"], Commune.Tasks.Select(t => t.Id));
        Assert.Equal([0, 0, 0, 0, 0, 0, 5, 8, 4, 3, 4, 2], Commune.Tasks.Select(t => t.Bullets.Count));
        Assert.Contains(Commune.Tasks[6].Bullets, b => b.Contains("sử dụng phương thức phù hợp với đặc thù của từng dân tộc", StringComparison.Ordinal));
        Assert.Contains(Commune.Tasks[6].Bullets, b => b.Contains("\"Đi đến tận nơi, tìm hiểu thật kỹ", StringComparison.Ordinal));
        Assert.Equal(
            [
                ("IV.1", "Các chi bộ cơ sở", "lead"), ("IV.1", "chi bộ trực thuộc Đảng ủy", "lead"), ("IV.1", "Ủy ban Mặt trận Tổ quốc", "lead"),
                ("IV.1", "các tổ chức chính trị - xã hội xã", "lead"), ("IV.1", "các cơ quan, đơn vị", "lead"),
                ("IV.2", "Hội đồng nhân dân xã", "lead"), ("IV.3", "Ủy ban nhân dân xã", "lead"),
                ("IV.4", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead"), ("IV.4", "các tổ chức chính trị - xã hội xã", "lead"),
                ("IV.5", "Chi bộ Quân sự", "lead"), ("IV.6", "Chi bộ Công an xã", "lead"),
                ("IV.7", "Ban Xây dựng Đảng", "lead"), ("IV.7", "các cơ quan, đơn vị liên quan", "coordinate"),
            ],
            Commune.Assignments.Select(a => (a.Section, a.Unit, a.Role)).ToArray());
        Assert.StartsWith("Tăng cường giám sát việc triển khai", Commune.Assignments[5].Tasks[0], StringComparison.Ordinal);
        Assert.Equal(3, Commune.Assignments[11].Tasks.Count);
    }

    [Fact]
    public void Commune_plan_reporting_recipients_and_signer()
    {
        Assert.Equal(["6-month", "annual", "on-request"], Commune.Reporting.Select(r => r.Kind));
        Assert.StartsWith("Định kỳ 06 tháng, 01 năm đánh giá kết quả", Commune.Reporting[0].Text, StringComparison.Ordinal);
        Assert.Contains("khi có yêu cầu", Commune.Reporting[2].Text, StringComparison.Ordinal);
        Assert.Equal(
            [
                "Thường trực Tỉnh ủy (báo cáo)", "Ban Tuyên giáo và Dân vận Tỉnh ủy (báo cáo)", "Thường trực HĐND, UBND xã", "Các cơ quan tham mưu, giúp việc Đảng ủy",
                "Ủy ban MTTQ và các tổ chức CT-XH xã", "Các chi bộ trực thuộc Đảng ủy xã", "Lưu Văn phòng Đảng ủy",
            ],
            Commune.Recipients);
        Assert.Equal(new Signer("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Ma Kim Thu"), Commune.Signer);

        // "… báo cáo kết quả thực hiện Kết luận số 236-KL/TW về Ban Thường vụ Đảng ủy (qua Ban Xây dựng Đảng)": the units report to
        // the issuer, the board consolidates; the commune's own report goes up through the provincial plan, not named here.
        Assert.Equal(new PlanChain(null, "Ban Xây dựng Đảng"), Commune.Chain);
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        using var json = System.Text.Json.JsonDocument.Parse(PlanJson.Serialize(Commune));
        var root = json.RootElement;
        foreach (var field in new[] { "kind", "number", "issuer", "date", "place", "title", "citations", "sections", "tasks", "assignments", "reporting", "chain", "footnotes", "recipients", "signer", "warnings" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal("2026-04-01", root.GetProperty("citations")[2].GetProperty("date").GetString());
        Assert.Equal("IV", root.GetProperty("sections")[3].GetProperty("label").GetString());
        Assert.Equal("III.1", root.GetProperty("tasks")[6].GetProperty("id").GetString());
        Assert.Equal("coordinate", root.GetProperty("assignments")[12].GetProperty("role").GetString());
        Assert.Equal("PHÓ BÍ THƯ", root.GetProperty("signer").GetProperty("title").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("date").ValueKind);
    }

    private static (string Kind, string Number, string? Date, string? Issuer)[] Cited(PlanDocument plan) =>
        plan.Citations.Select(c => (c.Kind, c.Number, c.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), c.Issuer)).ToArray();
}
