using DanVan.Documents.Official;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Evaluation.Rounds;
using DanVan.Web.Modules.Evaluation.Scoring;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Evaluation.Decisions;

/// <summary>
/// The committee's decision recognising a round's results (quyết định công nhận kết quả đánh giá, xếp loại), in the
/// issuer's layout, with the list of units and of heads: each score and level exactly as the results page and the
/// .xlsx give them (the same lines), and the count per level.
/// </summary>
internal static class DecisionDocument
{
    public static OfficialReport Build(Round round, DocumentHeading heading, IReadOnlyList<ResultLine> units, IReadOnlyList<HeadLine> heads)
    {
        var period = round.Title.ToLower(VietnameseText.Culture);
        var levels = round.Set!.Levels.OrderBy(l => l.Position).Select(l => l.Name).Append(round.Set.FailedLevel).ToList();
        var body = new List<BodyBlock>
        {
            new BodyParagraph($"Căn cứ tiêu chí đánh giá, xếp loại: {round.Set.Name} (có hiệu lực từ ngày {VietnameseText.FormatDate(round.Set.ValidFrom)});"),
            new BodyParagraph($"Xét kết quả tự đánh giá của các tổ chức, người đứng đầu và đề nghị của bộ phận thẩm định về kết quả đánh giá, xếp loại {period} (từ ngày {VietnameseText.FormatDate(round.From)} đến ngày {VietnameseText.FormatDate(round.To)}),"),
            new BodyHeading(0, "QUYẾT ĐỊNH:"),
            new BodyParagraph($"Điều 1. Công nhận kết quả đánh giá, xếp loại {period} đối với {units.Count} tổ chức trực thuộc{(heads.Count > 0 ? $" và {heads.Count} người đứng đầu" : "")}, cụ thể:"),
            new BodyParagraph("1. Tổ chức: " + Counts(levels, units.Select(u => u.Level)) + "."),
        };
        if (heads.Count > 0)
        {
            body.Add(new BodyParagraph("2. Người đứng đầu: " + Counts(levels, heads.Select(h => h.Level)) + "."));
        }

        body.Add(new BodyParagraph("(Có danh sách kèm theo.)"));
        body.Add(new BodyParagraph($"Điều 2. Các tổ chức, cá nhân có tên trong danh sách và các cơ quan liên quan căn cứ Quyết định thi hành. Quyết định có hiệu lực kể từ ngày ký."));
        body.Add(new BodyHeading(0, "DANH SÁCH KÈM THEO"));
        body.Add(new BodyHeading(2, "I. Tổ chức"));
        body.Add(new BodyTable(
            ["TT", "Tổ chức", "Tổng điểm", "Xếp loại"],
            units.Select((u, i) => (IReadOnlyList<string>)[$"{i + 1}", u.Unit.Organization!.Name, Scorecard.Number(u.Result.Total), u.Level]).ToList(),
            Columns: [new BodyColumn(8, BodyAlign.Center), new BodyColumn(52, BodyAlign.Left), new BodyColumn(14, BodyAlign.Center), new BodyColumn(26, BodyAlign.Left)]));
        if (heads.Count > 0)
        {
            body.Add(new BodyHeading(2, "II. Người đứng đầu"));
            body.Add(new BodyTable(
                ["TT", "Họ và tên", "Người đứng đầu của", "Tổng điểm", "Xếp loại"],
                heads.Select((h, i) => (IReadOnlyList<string>)[$"{i + 1}", h.Head.FullName, h.Head.Unit!.Organization!.Name, Scorecard.Number(h.Result.Total), h.Level]).ToList(),
                Columns: [new BodyColumn(7, BodyAlign.Center), new BodyColumn(25, BodyAlign.Left), new BodyColumn(32, BodyAlign.Left), new BodyColumn(12, BodyAlign.Center), new BodyColumn(24, BodyAlign.Left)]));
        }

        return new OfficialReport
        {
            Format = heading.Format,
            SuperiorBody = heading.Format == OfficialFormat.Party ? heading.SuperiorBody : null,
            IssuingBody = heading.IssuingBody,
            Number = round.DecisionSymbol ?? "",
            Place = round.DecisionPlace ?? "",
            Date = round.DecidedOn ?? round.To,
            DocumentType = "Quyết định",
            Summary = $"về việc công nhận kết quả đánh giá, xếp loại {period} đối với các tổ chức trực thuộc{(heads.Count > 0 ? " và người đứng đầu" : "")}",
            Body = body,
            SignatureAuthority = round.SignatureAuthority,
            SignerPosition = round.SignerPosition,
            SignerName = round.SignerName,
            Recipients = ["Như Điều 2", "Lưu"],
        };
    }

    /// <summary>"Hoàn thành xuất sắc nhiệm vụ: 1; Hoàn thành tốt nhiệm vụ: 3; …", every level named, none left out.</summary>
    private static string Counts(IReadOnlyList<string> levels, IEnumerable<string> given)
    {
        var counts = given.GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        return string.Join("; ", levels.Select(l => $"{l}: {counts.GetValueOrDefault(l)}"));
    }
}
