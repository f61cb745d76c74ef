using DanVan.Documents.Official;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Inspections.Work;

/// <summary>
/// The conclusion as it is printed (thông báo kết luận, or báo cáo kết quả giám sát), in the issuer's layout: what
/// was inspected, by whom and how; the findings per content and unit; the general assessment; the recommendations
/// with their units and deadlines. Built from what was recorded, so the .docx says what the page says.
/// </summary>
internal static class ConclusionDocument
{
    public static OfficialReport Build(Inspection inspection, DocumentHeading heading)
    {
        var programme = inspection.Programme!;
        var units = inspection.Units.ToDictionary(u => u.OrganizationId, u => u.Organization!.Name);
        var several = units.Count > 1;
        var body = new List<BodyBlock>
        {
            new BodyParagraph($"Thực hiện {programme.Title}, từ ngày {VietnameseText.FormatDate(inspection.StartsOn)} đến ngày {VietnameseText.FormatDate(inspection.EndsOn)}, "
                + $"Đoàn {(programme.Kind == ProgrammeKind.Party ? "kiểm tra" : "giám sát")} do đồng chí {inspection.Head?.Name} làm trưởng đoàn đã làm việc với {string.Join(", ", units.Values)} "
                + $"về: {Lower(inspection.Title)} (thời kỳ từ {VietnameseText.FormatDate(inspection.CoversFrom)} đến {VietnameseText.FormatDate(inspection.CoversTo)}; hình thức: {Lower(inspection.Method.Vietnamese())})."),
            new BodyParagraph($"Trên cơ sở báo cáo của đơn vị và kết quả {(programme.Kind == ProgrammeKind.Party ? "kiểm tra" : "giám sát")}, {heading.IssuingBody} {(programme.Kind == ProgrammeKind.Party ? "kết luận" : "báo cáo")} như sau:"),
            new BodyHeading(1, "I. KẾT QUẢ"),
        };

        var item = 0;
        foreach (var content in inspection.Contents.OrderBy(c => c.Position))
        {
            var found = inspection.Findings.Where(f => f.ContentId == content.Id).OrderBy(f => units.GetValueOrDefault(f.OrganizationId), VietnameseText.Comparer).ToList();
            if (found.Count == 0)
            {
                continue;
            }

            body.Add(new BodyHeading(2, $"{++item}. {content.Text.Trim()}"));
            foreach (var finding in found)
            {
                var at = several ? $"{units.GetValueOrDefault(finding.OrganizationId)}: " : "";
                body.AddRange(Lines($"{at}Ưu điểm: ", finding.Strengths));
                body.AddRange(Lines($"{at}Hạn chế, khuyết điểm: ", finding.Shortcomings));
                body.AddRange(Lines("Nguyên nhân: ", finding.Causes));
            }
        }

        var section = 2;
        if (!string.IsNullOrWhiteSpace(inspection.ConclusionText))
        {
            body.Add(new BodyHeading(1, $"{Roman(section++)}. NHẬN XÉT CHUNG"));
            body.AddRange(Lines(null, inspection.ConclusionText));
        }

        var recommendations = inspection.Recommendations.OrderBy(r => r.Position).ToList();
        if (recommendations.Count > 0)
        {
            body.Add(new BodyHeading(1, $"{Roman(section)}. KIẾN NGHỊ"));
            body.Add(new BodyTable(
                ["TT", "Nội dung kiến nghị", "Đơn vị thực hiện", "Thời hạn"],
                recommendations.Select(r => (IReadOnlyList<string>)[$"{r.Position}", r.Text, units.GetValueOrDefault(r.OrganizationId) ?? "", VietnameseText.FormatDate(r.DueOn)]).ToList(),
                Columns: [new BodyColumn(7, BodyAlign.Center), new BodyColumn(55, BodyAlign.Left), new BodyColumn(22, BodyAlign.Left), new BodyColumn(16, BodyAlign.Center)]));
            body.Add(new BodyParagraph("Đề nghị các đơn vị nghiêm túc thực hiện các kiến nghị trên và báo cáo kết quả khắc phục trước thời hạn."));
        }

        return new OfficialReport
        {
            Format = heading.Format,
            SuperiorBody = heading.Format == OfficialFormat.Party ? heading.SuperiorBody : null,
            IssuingBody = heading.IssuingBody,
            Number = inspection.ConclusionSymbol ?? "",
            Place = inspection.ConclusionPlace ?? "",
            Date = inspection.ConclusionIssuedOn ?? inspection.EndsOn,
            DocumentType = programme.Kind.ConclusionKind(),
            Summary = inspection.ConclusionSummary ?? "",
            Body = body,
            SignatureAuthority = inspection.SignatureAuthority,
            SignerPosition = inspection.SignerPosition,
            SignerName = inspection.SignerName,
            Recipients = (inspection.Recipients ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries),
        };
    }

    private static IEnumerable<BodyParagraph> Lines(string? lead, string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((line, i) => new BodyParagraph(i == 0 && lead is not null ? lead + line : line));

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], VietnameseText.Culture) + text[1..];

    private static string Roman(int number) => number switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => $"{number}" };
}
