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

        // Each point leads with the units it names as who must act; a point that names none is for every unit.
        Assert.Equal(["Mặt trận Tổ quốc", "các tổ chức chính trị - xã hội"], document.Tasks[1].Units);
        Assert.Empty(document.Tasks[2].Units);
    }

    [Theory]
    [InlineData("Văn phòng HĐND và UBND xã tham mưu tổ chức các kỳ họp chuyên đề.", new[] { "Văn phòng HĐND và UBND xã" })]
    [InlineData("Ủy ban nhân dân xã chỉ đạo các thôn rà soát hộ nghèo.", new[] { "Ủy ban nhân dân xã" })]
    [InlineData("Sở Văn hoá, Thể thao và Du lịch, Sở Nội vụ tham mưu bố trí kinh phí.", new[] { "Sở Văn hoá, Thể thao và Du lịch", "Sở Nội vụ" })]
    [InlineData("Hội Nông dân và Hội Liên hiệp Phụ nữ xã phối hợp tuyên truyền.", new[] { "Hội Nông dân", "Hội Liên hiệp Phụ nữ xã" })]
    [InlineData("Đoàn Thanh niên xã tổ chức ngày thứ Bảy tình nguyện hằng tháng.", new[] { "Đoàn Thanh niên xã" })]
    [InlineData("Hội Nông dân xã, Hội Cựu chiến binh xã tuyên truyền đến hội viên.", new[] { "Hội Nông dân xã", "Hội Cựu chiến binh xã" })]
    [InlineData("Ban Xây dựng Đảng Đảng ủy xã giúp Ban Thường vụ theo dõi việc thực hiện.", new[] { "Ban Xây dựng Đảng Đảng ủy xã" })]
    [InlineData("Hội Liên hiệp Phụ nữ xã vận động hội viên tham gia.", new[] { "Hội Liên hiệp Phụ nữ xã" })]
    [InlineData("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tổ chức đối thoại.", new[] { "Mặt trận Tổ quốc", "các tổ chức chính trị - xã hội" })]
    [InlineData("Hoàn thành trong quý II năm 2026.", new string[0])]
    [InlineData("Tổ chức thực hiện tốt các nội dung trên.", new string[0])]
    public void The_units_a_sentence_names_as_who_must_act_are_read(string sentence, string[] units) =>
        Assert.Equal(units, UnitSubjects.Of(sentence));

    [Fact]
    public void A_bullet_that_names_its_unit_becomes_a_task_of_that_unit_when_split()
    {
        var draft = new DanVan.Web.Modules.Plans.Import.PlanDraft();
        draft.Tasks.Add(new DanVan.Web.Modules.Plans.Import.DraftTask
        {
            Number = "2", Text = "Tăng cường đối thoại với Nhân dân.\n- Ủy ban nhân dân xã chỉ đạo các thôn tổ chức đối thoại.\n- Công khai kết quả sau đối thoại.",
            Units = [new() { Name = "Đảng ủy xã", Role = DanVan.Web.Modules.Plans.AssignmentRole.Lead }],
        });
        Assert.True(DanVan.Web.Modules.Plans.Import.DraftEditing.Split(draft, 0));
        Assert.Equal(["Đảng ủy xã", "Ủy ban nhân dân xã", "Đảng ủy xã"], draft.Tasks.Select(t => string.Join("; ", t.Units.Select(u => u.Name))));
    }

    [Fact]
    public void A_notice_without_numbered_items_yields_its_header_for_the_registry_and_says_it_holds_no_tasks()
    {
        var document = PlanParser.Parse("THÔNG BÁO\nVề việc nghỉ lễ.\nCơ quan nghỉ từ ngày 30/4 đến hết ngày 3/5 theo Chỉ thị số 12-CT/TU, ngày 10/3/2026 của Ban Thường vụ Tỉnh ủy.");
        Assert.Equal("Thông báo", document.Kind);
        Assert.Equal("Về việc nghỉ lễ.", document.Title);
        Assert.Empty(document.Tasks);
        Assert.Contains(document.Citations, c => c.Number == "12-CT/TU");
        Assert.Contains(document.Warnings, w => w.Contains("không có nhiệm vụ để giao và theo dõi", StringComparison.Ordinal));
    }
}

/// <summary>Documents as officers really receive them, in shapes other than a Roman-numbered plan (written for these tests).</summary>
public sealed class DocumentShapeTests
{
    internal const string Programme = """
        ĐẢNG BỘ TỈNH TUYÊN QUANG                          ĐẢNG CỘNG SẢN VIỆT NAM
        ĐẢNG ỦY XÃ THƯỢNG LÂM
        Số:
        45-CTr/ĐU                                          Thượng Lâm, ngày 02 tháng 4 năm 2026

        CHƯƠNG TRÌNH
        hành động thực hiện Kết luận số 236-KL/T Ư, ngày 15/01/2026 của Ban Bí thư

        PHẦN THỨ NHẤT
        MỤC ĐÍCH, YÊU CẦU
        Nâng cao nhận thức của cán bộ, đảng viên về công tác dân vận ở vùng đồng bào dân tộc thiểu số.

        PHẦN THỨ HAI
        NHIỆM VỤ, GIẢI PHÁP
        1. Tổ chức quán triệt Kết luận đến toàn thể cán bộ, đảng viên.
        - Hoàn thành trong quý II năm 2026.
        - Lồng ghép vào sinh hoạt chi bộ hằng tháng.
        2. Duy trì đối thoại định kỳ giữa người đứng đầu cấp ủy với Nhân dân các thôn.

        PHẦN THỨ BA
        TỔ CHỨC THỰC HIỆN
        1. Ban Xây dựng Đảng theo dõi, đôn đốc việc thực hiện; định kỳ 6 tháng, hằng năm báo cáo Ban Thường vụ Đảng ủy (qua Văn phòng Đảng ủy để tổng hợp).
        2. Ủy ban nhân dân xã bố trí kinh phí thực hiện.

        Nơi nhận:
        - Ban Thường vụ Tỉnh ủy (báo cáo),
        - Lưu Văn phòng Đảng ủy.
        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        Hoàng Văn Sơn
        """;

    internal const string Regulation = """
        TỈNH ỦY TUYÊN QUANG                               ĐẢNG CỘNG SẢN VIỆT NAM
        Số 07-QĐi/TU                                      Tuyên Quang, ngày 20 tháng 5 năm 2026

        QUY ĐỊNH
        về đối thoại giữa người đứng đầu cấp ủy với Nhân dân

        Căn cứ Kết luận số 100 - KL/TW, ngày 10/01/2024 của Ban Bí thư,
        Chương I
        QUY ĐỊNH CHUNG
        Điều 1. Phạm vi điều chỉnh
        1. Quy định này quy định việc đối thoại định kỳ.
        2. Không áp dụng với tiếp công dân thường xuyên.
        Điều 2. Đối tượng áp dụng
        Người đứng đầu cấp ủy các cấp.
        Chương II
        TỔ CHỨC ĐỐI THOẠI
        Điều 3. Số lần đối thoại
        Cấp xã ít nhất hai lần một năm.

        Nơi nhận:
        - Các đảng bộ trực thuộc,
        - Lưu Văn phòng Tỉnh ủy.
        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        Nguyễn Văn A
        """;

    internal const string Decision = """
        ỦY BAN NHÂN DÂN                                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ THƯỢNG LÂM                                     Độc lập - Tự do - Hạnh phúc
        Số: 88/QĐ-UBND                                    Thượng Lâm, ngày 15 tháng 4 năm 2026

        QUYẾT ĐỊNH
        Về việc ban hành Kế hoạch hỗ trợ người có uy tín năm 2026

        CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THƯỢNG LÂM
        Căn cứ Kế hoạch số 103-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số năm 2026.
        Điều 2. Quyết định có hiệu lực từ ngày ký.
        Điều 3. Văn phòng Ủy ban nhân dân xã và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.

        Nơi nhận:
        - Như Điều 3,
        - Lưu VT.
        CHỦ TỊCH
        Lý Văn Tâm

        KẾ HOẠCH
        Hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số năm 2026
        (Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 15/4/2026 của Chủ tịch Ủy ban nhân dân xã)

        I. MỤC ĐÍCH, YÊU CẦU
        Phát huy vai trò người có uy tín trong vận động Nhân dân.
        II. NHIỆM VỤ, GIẢI PHÁP
        1. Thăm hỏi, tặng quà người có uy tín dịp Tết Nguyên đán.
        2. Tổ chức hội nghị biểu dương người có uy tín tiêu biểu.
        III. TỔ CHỨC THỰC HIỆN
        1. Văn phòng Ủy ban nhân dân xã chủ trì, hằng năm báo cáo kết quả.
        """;

    [Fact]
    public void A_programme_in_parts_with_a_number_split_over_two_lines_and_an_ocr_symbol()
    {
        var document = PlanParser.Parse(Programme);
        Assert.Equal(("Chương trình", "45-CTr/ĐU", new DateOnly(2026, 4, 2)), (document.Kind, document.Number, document.Date));
        Assert.Equal(["I", "II", "III"], document.Sections.Select(s => s.Label));
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"], document.Sections.Select(s => s.Title));
        Assert.Equal(["II.1", "II.2"], document.Tasks.Select(t => t.Id));
        Assert.Equal(2, document.Tasks[0].Bullets.Count);
        Assert.Contains(document.Citations, c => c.Number == "236-KL/TW");
        Assert.Equal(["6-month", "annual"], document.Reporting.Select(r => r.Kind));
        Assert.Equal("Văn phòng Đảng ủy", document.Chain.Consolidator);
        Assert.DoesNotContain(document.Warnings, w => w.Contains("số, ký hiệu", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Căn cứ Kết luận số 445-KL/T Ư, ngày 10/3/2025 của Bộ Chính trị", "445-KL/TW")]
    [InlineData("Căn cứ Kết luận số 100 - KL/TW, ngày 10/01/2024 của Ban Bí thư", "100-KL/TW")]
    [InlineData("Căn cứ Chỉ thị số 49-CT/TƯ, ngày 20/10/2015 của Ban Bí thư", "49-CT/TW")]
    [InlineData("Căn cứ Kế hoạch số 103-KH/TU, ngày 01/4/2026 của Ban Thường vụ Tỉnh ủy", "103-KH/TU")]
    public void Numbers_read_from_ocr_text_are_normalized(string sentence, string number)
    {
        var document = PlanParser.Parse($"KẾ HOẠCH\nthực hiện công tác dân vận\n{sentence}\nI. MỤC ĐÍCH\nNâng cao nhận thức.");
        Assert.Contains(document.Citations, c => c.Number == number);
    }

    [Theory]
    [InlineData("Phát sóng chuyên mục dân vận hằng tháng trên đài truyền thanh xã.", "monthly", null)]
    [InlineData("Rà soát, cập nhật danh sách người có uy tín, hằng quý báo cáo kết quả.", "quarterly", null)]
    [InlineData("Định kỳ 6 tháng sơ kết việc thực hiện quy chế dân chủ.", "six-monthly", null)]
    [InlineData("Hằng năm biểu dương mô hình dân vận khéo.", "annual", null)]
    [InlineData("Hoàn thành việc quán triệt trước ngày 30/6/2026.", "once", "2026-06-30")]
    [InlineData("Tổ chức hội nghị sơ kết trong quý III năm 2026.", "once", "2026-09-30")]
    [InlineData("Xây dựng kế hoạch chi tiết trong tháng 5/2026.", "once", "2026-05-31")]
    [InlineData("Tăng cường tuyên truyền, vận động Nhân dân.", null, null)]
    public void A_tasks_schedule_is_read_from_its_words(string sentence, string? recurrence, string? due)
    {
        var document = PlanParser.Parse($"KẾ HOẠCH\nthực hiện công tác dân vận\nI. NHIỆM VỤ, GIẢI PHÁP\n1. {sentence}");
        var task = Assert.Single(document.Tasks);
        Assert.Equal((recurrence, due is null ? (DateOnly?)null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)), (task.Recurrence, task.DueOn));
    }

    [Fact]
    public void A_regulation_in_chapters_and_articles_is_read_for_the_registry_without_tasks()
    {
        var document = PlanParser.Parse(Regulation);
        Assert.Equal(("Quy định", "07-QĐi/TU"), (document.Kind, document.Number));
        Assert.Equal(["I", "II"], document.Sections.Select(s => s.Label));
        Assert.Equal(["1", "2"], document.Sections[0].Children.Select(a => a.Label));
        Assert.Equal(["1", "2"], document.Sections[0].Children[0].Children.Select(c => c.Label)); // clauses stay inside their article
        Assert.Empty(document.Tasks);
        Assert.Contains(document.Citations, c => c.Number == "100-KL/TW");
        Assert.Contains(document.Warnings, w => w.StartsWith("Văn bản là quy định", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Warnings, w => w.Contains("chế độ báo cáo", StringComparison.Ordinal));
    }

    [Fact]
    public void An_action_programme_a_capitalised_title_and_a_bare_signer_title_are_read()
    {
        var document = PlanParser.Parse("""
            ĐẢNG ỦY XÃ THƯỢNG LÂM
            Số 46-CTr/ĐU
            CHƯƠNG TRÌNH HÀNH ĐỘNG
            Thực hiện Quy chế dân vận của hệ thống chính trị năm 2026
            I. NHIỆM VỤ, GIẢI PHÁP
            1. Tổ chức hội nghị quán triệt.
            CHỦ TỊCH
            Lò Văn Minh
            """);
        Assert.Equal(("Chương trình hành động", "Thực hiện Quy chế dân vận của hệ thống chính trị năm 2026", "ĐẢNG ỦY XÃ THƯỢNG LÂM"), (document.Kind, document.Title, document.Issuer));
        Assert.Equal("Tổ chức hội nghị quán triệt.", Assert.Single(document.Tasks).Text);
        Assert.Empty(document.Tasks[0].Bullets); // the signature is not part of the last task
        Assert.Equal(new Signer(null, "CHỦ TỊCH", "Lò Văn Minh"), document.Signer);
    }

    [Fact]
    public void A_decision_that_issues_a_plan_yields_the_attached_plan()
    {
        var document = PlanParser.Parse(Decision);
        Assert.Equal("88/QĐ-UBND", document.IssuedWith);
        var lines = Decision.Split('\n');
        Assert.StartsWith("1. Thăm hỏi", lines[document.Tasks[0].Line - 1].Trim(), StringComparison.Ordinal); // lines of the file, not of the attachment
        Assert.Equal("Kế hoạch", document.Kind);
        Assert.StartsWith("Hỗ trợ người có uy tín", document.Title, StringComparison.Ordinal);
        Assert.Equal(("XÃ THƯỢNG LÂM", new DateOnly(2026, 4, 15)), (document.Issuer, document.Date));
        Assert.Equal(["II.1", "II.2"], document.Tasks.Select(t => t.Id));
        Assert.Contains(document.Citations, c => c.Number == "88/QĐ-UBND" && c.Kind == "Quyết định");
        Assert.Contains(document.Citations, c => c.Number == "103-KH/TU");
        Assert.Contains(document.Warnings, w => w.StartsWith("Kế hoạch ban hành kèm theo Quyết định số 88/QĐ-UBND", StringComparison.Ordinal));
    }
}
