using DanVan.Web.Modules.Reporting.Reports;

namespace DanVan.Web.Modules.Reporting.Demo;

/// <summary>
/// What a demo unit writes under each of its tasks: in the words of its kind of work (a village cell, the Front, an
/// association, the commune's government, the police …), with its own figures and places, so no two units read alike.
/// </summary>
internal static class DemoNarratives
{
    private static readonly Dictionary<string, string[]> Results = new(StringComparer.Ordinal)
    {
        ["chi-bo"] =
        [
            "Chi bộ sinh hoạt chuyên đề về công tác dân vận; phân công {0} đảng viên phụ trách {1} hộ gia đình ở {2}, nắm tâm tư, nguyện vọng của bà con.",
            "Chi bộ vận động {1} hộ ở {2} hiến đất, góp ngày công làm đường bê tông nội thôn; {0} đảng viên đi đầu thực hiện.",
        ],
        ["mttq"] =
        [
            "Ban Thường trực Ủy ban Mặt trận phối hợp tổ chức {0} hội nghị lấy ý kiến Nhân dân; tổng hợp {1} ý kiến, kiến nghị gửi cấp ủy, chính quyền xem xét, giải quyết.",
            "Mặt trận chủ trì {0} buổi đối thoại giữa người đứng đầu cấp ủy với Nhân dân ở {2}; {1} lượt người tham dự, các kiến nghị đều được trả lời tại chỗ hoặc bằng văn bản.",
        ],
        ["ct-xh"] =
        [
            "Hội tuyên truyền, vận động hội viên thực hiện Kết luận 236-KL/TW qua {0} buổi sinh hoạt chi hội; {1} lượt hội viên tham gia, nhiều hội viên là người dân tộc thiểu số.",
            "Hội duy trì {0} tổ hợp tác, tổ tiết kiệm ở {2}; giúp {1} hội viên vay vốn phát triển sản xuất, giảm nghèo bền vững.",
        ],
        ["ubnd"] =
        [
            "Ủy ban nhân dân chỉ đạo các bộ phận chuyên môn giải quyết {0} kiến nghị của Nhân dân, đúng hạn; công khai kết quả tới {1} hộ ở {2}.",
            "Ủy ban nhân dân bố trí kinh phí hỗ trợ {1} hộ đồng bào dân tộc thiểu số ở {2} cải tạo vườn tạp, chuyển đổi {0} ha cây trồng.",
        ],
        ["hdnd"] =
        [
            "Thường trực Hội đồng nhân dân tổ chức {0} cuộc tiếp xúc cử tri trước và sau kỳ họp; tổng hợp {1} ý kiến cử tri, đôn đốc giải quyết.",
            "Hội đồng nhân dân giám sát chuyên đề việc thực hiện chính sách dân tộc ở {2}, làm việc với {1} hộ; kiến nghị {0} nội dung với Ủy ban nhân dân.",
        ],
        ["quan-su"] =
        [
            "Lực lượng dân quân giúp Nhân dân {2} {1} ngày công sửa đường, thu hoạch mùa vụ; tuyên truyền Luật Nghĩa vụ quân sự tới {0} thanh niên.",
        ],
        ["cong-an"] =
        [
            "Công an xã nắm chắc tình hình an ninh nông thôn; tổ chức {0} buổi tuyên truyền pháp luật ở {2} với {1} lượt người nghe, không để xảy ra điểm nóng.",
        ],
        ["ban-tham-muu"] =
        [
            "Tham mưu cấp ủy ban hành {0} văn bản lãnh đạo, chỉ đạo; theo dõi, đôn đốc các chi bộ, đoàn thể thực hiện; tổng hợp {1} báo cáo của cơ sở đúng hạn.",
            "Theo dõi, đôn đốc việc thực hiện nhiệm vụ ở {0} chi bộ; phối hợp kiểm tra, giám sát tại {2}, nắm ý kiến của {1} đảng viên, kịp thời chấn chỉnh hạn chế.",
        ],
        ["dang-uy"] =
        [
            "Đảng ủy lãnh đạo các chi bộ, đoàn thể cụ thể hóa nhiệm vụ; {0} chi bộ xây dựng kế hoạch riêng, {1} đảng viên đăng ký làm theo.",
        ],
        ["so-nganh"] =
        [
            "Sở lồng ghép nhiệm vụ vào {0} chương trình, dự án đầu tư vùng đồng bào dân tộc thiểu số; phối hợp với các xã giải ngân cho {1} hộ.",
        ],
    };

    private static readonly string[] Limitations =
    [
        "Một số thôn vùng cao đi lại khó khăn, việc nắm tình hình Nhân dân có lúc chưa kịp thời. Nguyên nhân: lực lượng cán bộ mỏng, kiêm nhiệm nhiều việc.",
        "Hình thức tuyên truyền còn ít đổi mới, chưa thu hút thanh niên. Nguyên nhân: thiếu tài liệu bằng tiếng dân tộc, cán bộ chưa thạo kỹ năng số.",
        "Việc giải quyết một số kiến nghị còn chậm do vượt thẩm quyền của cấp xã, phải chờ ý kiến cấp trên.",
        "Kinh phí hoạt động hạn hẹp; một số buổi sinh hoạt phải lồng ghép nên thời gian trao đổi với Nhân dân chưa nhiều.",
    ];

    private static readonly string[] Proposals =
    [
        "Đề nghị cấp trên hỗ trợ kinh phí tập huấn kỹ năng dân vận và kỹ năng số cho cán bộ thôn.",
        "Đề nghị biên soạn tài liệu tuyên truyền song ngữ Việt – Tày, Việt – Dao để phát tại các thôn.",
        "Đề nghị các cơ quan cấp trên sớm trả lời các kiến nghị vượt thẩm quyền mà xã đã chuyển.",
        "Đề nghị tăng mức hỗ trợ cho người có uy tín trong đồng bào dân tộc thiểu số.",
    ];

    public static NarrativeInput For(ReportContext context, ReportTask task, int index, bool partial)
    {
        var seed = Stable($"{context.Unit.Code}|{task.Number}|{context.Period.Kind}");
        var bank = Results.GetValueOrDefault(context.Unit.Kind?.Code ?? "") ?? Results["ban-tham-muu"];
        var village = context.Villages.Count > 0 ? context.Villages[seed % context.Villages.Count].Name : null;
        var place = village is null ? "các xã vùng đồng bào dân tộc thiểu số"
            : village.StartsWith("Thôn ", StringComparison.Ordinal) ? "thôn " + village[5..] : village;
        var results = string.Format(System.Globalization.CultureInfo.InvariantCulture, bank[(seed + index) % bank.Length], 2 + (seed % 9), 15 + ((seed / 9) % 140), place);
        return new NarrativeInput(
            task.Id,
            results,
            partial ? null : Limitations[(seed / 7) % Limitations.Length],
            partial ? null : Proposals[(seed / 11) % Proposals.Length]);
    }

    /// <summary>The same number for the same text on every run (FNV-1a): the demo's choices are deterministic.</summary>
    internal static int Stable(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)(hash % 100_000);
        }
    }
}
