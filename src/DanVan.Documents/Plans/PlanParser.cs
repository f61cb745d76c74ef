using DanVan.Documents.Text;

namespace DanVan.Documents.Plans;

/// <summary>
/// Reads a plan (or a conclusion, directive, programme …) from its text. It never guesses: what the text
/// does not say is null or empty and named in <see cref="PlanDocument.Warnings"/>. The only exception it
/// throws is <see cref="DocumentException"/>.
/// </summary>
public static partial class PlanParser
{
    /// <summary>Kinds that are not plans: they yield their header and citations for the registry, and no tasks.</summary>
    private static readonly HashSet<string> WithoutTasks = ["Quyết định", "Hướng dẫn", "Quy định", "Quy chế", "Báo cáo", "Thông báo", "Công văn", "Tờ trình", "Nghị định", "Thông tư", "Luật"];

    public static PlanDocument Parse(string text) => Parse(text, attachment: false);

    private static PlanDocument Parse(string text, bool attachment)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = ParagraphReader.Read(text);
        if (paragraphs.Count == 0)
        {
            throw new DocumentException(DocumentProblem.Empty, "Văn bản không có nội dung.");
        }

        var footnotes = paragraphs.Where(p => p.Marker == Marker.Footnote).ToList();
        var content = paragraphs.Where(p => p.Marker != Marker.Footnote).ToList();
        // A plan is written in Roman sections (I, II …, or "Phần thứ nhất", "Chương I"); a directive or a conclusion is
        // often written "1.", "2." … only, each item a task; a decision or a regulation in articles ("Điều 1.").
        var bodyStart = content.FindIndex(p => p.Marker == Marker.Roman);
        var itemsOnly = bodyStart < 0;
        if (itemsOnly)
        {
            bodyStart = content.FindIndex(p => p.Marker is Marker.Number or Marker.Article);
        }

        var closingStart = ClosingStart(content, Math.Max(bodyStart, 0));
        var headerEnd = bodyStart >= 0 ? bodyStart : closingStart;
        var header = HeaderReader.Read(content.Take(headerEnd).ToList());
        if (bodyStart < 0 && header.Kind is null)
        {
            // Neither a kind of document nor numbered parts: not an official document at all (a letter, notes).
            throw new DocumentException(DocumentProblem.NotAPlan,
                "Không nhận ra đây là một văn bản: không thấy tên loại văn bản (Kế hoạch, Chỉ thị, Quyết định …) hay các phần, mục đánh số (I, II …; 1, 2 …). Hãy kiểm tra lại tệp.");
        }
        if (!attachment && AttachedPlan(text, content, footnotes) is { } attached)
        {
            return attached;
        }

        var body = bodyStart < 0 ? [] : content.Skip(bodyStart).Take(closingStart - bodyStart).ToList();
        var closing = content.Skip(closingStart).ToList();
        var sections = SectionTreeBuilder.Build(body);
        var holdsTasks = header.Kind is null || !WithoutTasks.Contains(header.Kind);
        // In a directive numbered 1., 2. … each item is a task, and the units it opens with ("2. Mặt trận Tổ quốc … tổng hợp …") lead it.
        var tasks = !holdsTasks ? [] : itemsOnly
            ? TaskReader.ReadItems(sections).Select(t => t with { Units = AssignmentReader.SubjectUnits(t.Text) }).ToList()
            : TaskReader.Read(sections);
        var assignments = holdsTasks ? AssignmentReader.Read(sections) : [];
        var bodyTexts = SectionTreeBuilder.Flatten(sections).SelectMany(s => new[] { s.Title }.Concat(s.Paragraphs))
            .Concat(bodyStart < 0 ? content.Take(closingStart).Skip(HeaderLength(content, closingStart)).Select(p => p.Text) : []).ToList();
        var warnings = new List<string>();
        Warn(warnings, header.Kind is null, "Không thấy tên loại văn bản (Kế hoạch, Chương trình …) ở phần đầu.");
        Warn(warnings, header.Number is null, header.NumberLineFound ? "Số văn bản để trống." : "Không thấy số, ký hiệu văn bản.");
        Warn(warnings, header.Issuer is null, "Không thấy cơ quan ban hành.");
        Warn(warnings, header.Date is null, header.DateLineFound ? "Ngày ban hành để trống hoặc không hợp lệ." : "Không thấy địa danh, ngày ban hành.");
        Warn(warnings, header.Title is null, "Không thấy trích yếu (tên) của văn bản.");
        Warn(warnings, !holdsTasks, $"Văn bản là {header.Kind?.ToLowerInvariant()}, không phải kế hoạch hay chỉ thị: không có nhiệm vụ để giao và theo dõi. Có thể ghi vào sổ văn bản (số, ngày, cơ quan ban hành, các văn bản được trích dẫn).");
        Warn(warnings, holdsTasks && bodyStart < 0, "Không thấy các phần, mục đánh số (I, II …; 1, 2 …; Phần thứ nhất; Chương I; Điều 1) nên không đọc được nhiệm vụ.");
        Warn(warnings, holdsTasks && bodyStart >= 0 && tasks.Count == 0, "Không thấy mục nội dung hoặc nhiệm vụ, giải pháp nào.");
        Warn(warnings, holdsTasks && assignments.Count == 0, "Không thấy phần tổ chức thực hiện (phân công cho đơn vị).");
        var recipients = ClosingReader.Recipients(closing);
        var signer = ClosingReader.Signer(closing);
        Warn(warnings, recipients.Count == 0, "Không thấy nơi nhận.");
        Warn(warnings, signer is null, "Không thấy phần ký (T/M, K/T …).");
        var reporting = holdsTasks ? ReportingReader.Read(bodyTexts) : [];
        Warn(warnings, holdsTasks && reporting.Count == 0, "Không thấy chế độ báo cáo (định kỳ 6 tháng, hằng năm, khi có yêu cầu).");

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
            Chain = holdsTasks ? ChainReader.Read(bodyTexts) : new PlanChain(null, null),
            Footnotes = footnotes.Select(f => f.Text).ToList(),
            Recipients = recipients,
            Signer = signer,
            Warnings = warnings,
        };
    }

    /// <summary>How many leading paragraphs of an unnumbered document are its header (up to and with the title).</summary>
    private static int HeaderLength(List<Paragraph> content, int closingStart)
    {
        var kind = content.FindIndex(0, closingStart, p => DocumentKinds.Canonical(p.Text) is not null);
        return kind < 0 ? 0 : Math.Min(closingStart, kind + 2);
    }

    /// <summary>
    /// A decision that issues a plan "ban hành kèm theo" carries it after its own signature: the plan is that attachment,
    /// dated and issued as the decision is, which it cites. Null when the document carries no attached plan.
    /// </summary>
    private static PlanDocument? AttachedPlan(string text, List<Paragraph> content, List<Paragraph> footnotes)
    {
        // The decision's own parts: its header up to its first article, its articles up to its own signature.
        var closingStart = ClosingStart(content, 0);
        var articles = content.FindIndex(0, closingStart, p => p.Marker is Marker.Article or Marker.Number or Marker.Roman);
        var decision = HeaderReader.Read(content.Take(articles < 0 ? closingStart : articles).ToList());
        if (decision.Kind is not ("Quyết định" or "Nghị quyết") || !content.Take(closingStart).Any(p => Fold.Of(p.Text).Contains("kem theo", StringComparison.Ordinal)))
        {
            return null;
        }

        var heading = content.FindIndex(closingStart, p => p.Marker == Marker.None && DocumentKinds.Canonical(p.Text) is "Kế hoạch" or "Chương trình");
        if (heading < 0)
        {
            return null;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        // The lines before the attachment are blanked, not cut: its sections keep the file's line numbers.
        var from = content[heading].Line - 1;
        var plan = Parse(string.Join('\n', lines.Select((line, i) => i < from ? "" : line)), attachment: true);
        // The decision itself, what it cites ("Căn cứ …"), then what the plan cites.
        List<Citation> cites = decision.Number is { } number ? [new Citation(decision.Kind, number, decision.Date, decision.Issuer) { Line = content[0].Line }] : [];
        foreach (var cited in CitationFinder.Find(content.Take(closingStart).Concat(footnotes), decision.Number).Concat(plan.Citations))
        {
            if (cites.All(c => c.Number != cited.Number))
            {
                cites.Add(cited);
            }
        }

        var filled = new List<string>();
        if (plan.Issuer is null && decision.Issuer is not null)
        {
            filled.Add("Không thấy cơ quan ban hành.");
        }

        if (plan.Date is null && decision.Date is not null)
        {
            filled.AddRange(["Không thấy địa danh, ngày ban hành.", "Ngày ban hành để trống hoặc không hợp lệ."]);
        }

        var said = $"Kế hoạch ban hành kèm theo {decision.Kind} {(decision.Number is null ? "" : "số " + decision.Number + " ")}: cơ quan ban hành, ngày ban hành lấy theo {decision.Kind.ToLowerInvariant()} khi kế hoạch không ghi.";
        return plan with
        {
            Title = plan.Title is { } title ? IssuedWith().Replace(title, "") : null,
            IssuedWith = decision.Number,
            Issuer = plan.Issuer ?? decision.Issuer,
            SuperiorIssuer = plan.SuperiorIssuer ?? decision.SuperiorIssuer,
            Date = plan.Date ?? decision.Date,
            Place = plan.Place ?? decision.Place,
            Citations = cites,
            Footnotes = [.. footnotes.Select(f => f.Text), .. plan.Footnotes.Where(f => footnotes.All(o => o.Text != f))],
            Warnings = [said.Replace("  ", " ", StringComparison.Ordinal), .. plan.Warnings.Where(w => !filled.Contains(w))],
        };
    }

    /// <summary>Where the body ends: "Nơi nhận" or the signature block, whichever comes first after the body began.</summary>
    private static int ClosingStart(List<Paragraph> content, int from)
    {
        for (var i = from; i < content.Count; i++)
        {
            if ((content[i].Marker == Marker.None && content[i].Text.StartsWith("Nơi nhận", StringComparison.Ordinal)) || ClosingReader.IsSignatureStart(content[i]) || ClosingReader.IsSignerTitle(content[i]))
            {
                return i;
            }
        }

        return content.Count;
    }

    /// <summary>"(Ban hành kèm theo Quyết định số … )" closing an attached plan's title: not part of the title.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\((?i:ban hành )?kèm theo [^)]*\)\s*$")]
    private static partial System.Text.RegularExpressions.Regex IssuedWith();

    private static void Warn(List<string> warnings, bool condition, string message)
    {
        if (condition)
        {
            warnings.Add(message);
        }
    }
}
