using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>
/// Reads a plan (or a conclusion, directive, programme …) from its text. It never guesses: what the text
/// does not say is null or empty and named in <see cref="PlanDocument.Warnings"/>. The only exception it
/// throws is <see cref="DocumentException"/>.
/// </summary>
public static class PlanParser
{
    public static PlanDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = ParagraphReader.Read(text);
        if (paragraphs.Count == 0)
        {
            throw new DocumentException(DocumentProblem.Empty, "Văn bản không có nội dung.");
        }

        var footnotes = paragraphs.Where(p => p.Marker == Marker.Footnote).ToList();
        var content = paragraphs.Where(p => p.Marker != Marker.Footnote).ToList();
        // A plan is written in Roman sections (I, II …); a directive or a conclusion is often written "1.", "2." … only,
        // each item a task.
        var bodyStart = content.FindIndex(p => p.Marker == Marker.Roman);
        var itemsOnly = bodyStart < 0;
        if (itemsOnly)
        {
            bodyStart = content.FindIndex(p => p.Marker == Marker.Number);
        }

        var closingStart = ClosingStart(content, Math.Max(bodyStart, 0));
        if (bodyStart < 0)
        {
            throw new DocumentException(DocumentProblem.NotAPlan,
                "Không nhận ra cấu trúc của một kế hoạch: văn bản không có các phần đánh số La Mã (I, II, III …) hay các mục 1, 2, 3 …. Hãy kiểm tra lại tệp.");
        }

        var header = HeaderReader.Read(content.Take(bodyStart).ToList());
        var body = content.Skip(bodyStart).Take(closingStart - bodyStart).ToList();
        var closing = content.Skip(closingStart).ToList();
        var sections = SectionTreeBuilder.Build(body);
        var tasks = itemsOnly ? TaskReader.ReadItems(sections) : TaskReader.Read(sections);
        var assignments = AssignmentReader.Read(sections);
        var bodyTexts = SectionTreeBuilder.Flatten(sections).SelectMany(s => new[] { s.Title }.Concat(s.Paragraphs));
        var warnings = new List<string>();
        Warn(warnings, header.Kind is null, "Không thấy tên loại văn bản (Kế hoạch, Chương trình …) ở phần đầu.");
        Warn(warnings, header.Number is null, header.NumberLineFound ? "Số văn bản để trống." : "Không thấy số, ký hiệu văn bản.");
        Warn(warnings, header.Issuer is null, "Không thấy cơ quan ban hành.");
        Warn(warnings, header.Date is null, header.DateLineFound ? "Ngày ban hành để trống hoặc không hợp lệ." : "Không thấy địa danh, ngày ban hành.");
        Warn(warnings, header.Title is null, "Không thấy trích yếu (tên) của văn bản.");
        Warn(warnings, tasks.Count == 0, "Không thấy mục nội dung hoặc nhiệm vụ, giải pháp nào.");
        Warn(warnings, assignments.Count == 0, "Không thấy phần tổ chức thực hiện (phân công cho đơn vị).");
        var recipients = ClosingReader.Recipients(closing);
        var signer = ClosingReader.Signer(closing);
        Warn(warnings, recipients.Count == 0, "Không thấy nơi nhận.");
        Warn(warnings, signer is null, "Không thấy phần ký (T/M, K/T …).");
        var reporting = ReportingReader.Read(bodyTexts);
        Warn(warnings, reporting.Count == 0, "Không thấy chế độ báo cáo (định kỳ 6 tháng, hằng năm, khi có yêu cầu).");

        return new PlanDocument
        {
            Kind = header.Kind,
            Number = header.Number,
            Issuer = header.Issuer,
            SuperiorIssuer = header.SuperiorIssuer,
            Date = header.Date,
            Place = header.Place,
            Title = header.Title,
            Citations = CitationFinder.Find(content.Concat(footnotes), header.Number),
            Sections = sections,
            Tasks = tasks,
            Assignments = assignments,
            Reporting = reporting,
            Chain = ChainReader.Read(bodyTexts),
            Footnotes = footnotes.Select(f => f.Text).ToList(),
            Recipients = recipients,
            Signer = signer,
            Warnings = warnings,
        };
    }

    /// <summary>Where the body ends: "Nơi nhận" or the signature block, whichever comes first after the body began.</summary>
    private static int ClosingStart(List<Paragraph> content, int from)
    {
        for (var i = from; i < content.Count; i++)
        {
            if ((content[i].Marker == Marker.None && content[i].Text.StartsWith("Nơi nhận", StringComparison.Ordinal)) || ClosingReader.IsSignatureStart(content[i]))
            {
                return i;
            }
        }

        return content.Count;
    }

    private static void Warn(List<string> warnings, bool condition, string message)
    {
        if (condition)
        {
            warnings.Add(message);
        }
    }
}
