using DanVan.Documents.Official;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Dialogues.Work;

/// <summary>The minutes of a dialogue (biên bản) as the host issues them, in its layout, from what the record holds.</summary>
internal static class MinutesDocument
{
    public static OfficialReport Build(Dialogue dialogue, DocumentHeading heading)
    {
        var held = VietnameseText.FormatDate(dialogue.HeldOn);
        var areas = string.Join(", ", dialogue.Areas.Select(a => a.Area?.Name).Where(n => n is not null).Order(VietnameseText.Comparer));
        var body = new List<BodyBlock>
        {
            new BodyParagraph($"Hôm nay, ngày {held}, tại {dialogue.Place}, {dialogue.Organization!.Name} tổ chức đối thoại với Nhân dân về: {dialogue.Topic}."),
            new BodyHeading(1, "I. THÀNH PHẦN"),
            new BodyParagraph($"Chủ trì: {dialogue.ChairTitle} {dialogue.ChairName}."),
        };
        if (dialogue.CoOrganizer is { } front)
        {
            body.Add(new BodyParagraph($"Phối hợp tổ chức: {front.Name}."));
        }

        body.Add(new BodyParagraph($"Nhân dân được mời: {areas}{(dialogue.Groups is { } groups ? $" ({groups})" : "")}{(dialogue.Participants is { } count ? $"; có {count} người tham dự" : "")}."));
        body.Add(new BodyHeading(1, "II. Ý KIẾN, KIẾN NGHỊ CỦA NHÂN DÂN VÀ TRẢ LỜI TẠI BUỔI ĐỐI THOẠI"));
        foreach (var question in dialogue.Questions.OrderBy(q => q.Position))
        {
            var who = question.AskerName is { } name ? $"Ông/bà {name}{(question.Area is { } area ? $" ({area.Name})" : "")}" : question.Area is { } place ? $"Ý kiến của người dân {place.Name}" : "Ý kiến của người dân";
            body.Add(new BodyParagraph($"{question.Position}. {who}: {question.Text}"));
            body.Add(new BodyParagraph(question.AnswerText is { } answer ? $"Trả lời ({question.AnsweredBy}): {answer}" : "Chưa trả lời tại buổi đối thoại; được tiếp nhận để xem xét, trả lời bằng văn bản."));
            if (question.PetitionCode is { } code)
            {
                body.Add(new BodyParagraph($"Được tiếp nhận thành đơn mã {code} để giải quyết theo quy định."));
            }
        }

        var commitments = dialogue.Commitments.OrderBy(c => c.Position).ToList();
        if (commitments.Count > 0)
        {
            body.Add(new BodyHeading(1, "III. NHỮNG VIỆC NGƯỜI CHỦ TRÌ CAM KẾT, GIAO THỰC HIỆN"));
            body.Add(new BodyTable(["TT", "Nội dung", "Đơn vị thực hiện", "Hạn"],
                commitments.Select(c => (IReadOnlyList<string>)[$"{c.Position}", c.Text, c.Organization?.Name ?? "", VietnameseText.FormatDate(c.DueOn)]).ToList(),
                Columns: [new BodyColumn(7, BodyAlign.Center), new BodyColumn(49, BodyAlign.Left), new BodyColumn(26, BodyAlign.Left), new BodyColumn(18, BodyAlign.Center)]));
        }

        body.Add(new BodyHeading(1, commitments.Count > 0 ? "IV. KẾT LUẬN CỦA NGƯỜI CHỦ TRÌ" : "III. KẾT LUẬN CỦA NGƯỜI CHỦ TRÌ"));
        body.AddRange((dialogue.Conclusion ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => new BodyParagraph(l)));
        return new OfficialReport
        {
            Format = heading.Format,
            SuperiorBody = heading.Format == OfficialFormat.Party ? heading.SuperiorBody : null,
            IssuingBody = heading.IssuingBody,
            Number = dialogue.MinutesNumber ?? "",
            Place = dialogue.Organization.Area?.Name ?? "",
            Date = dialogue.MinutesOn ?? dialogue.HeldOn,
            DocumentType = Work.DialogueWork.MinutesKind,
            Summary = $"đối thoại với Nhân dân ngày {held}",
            Body = body,
            SignatureAuthority = "Người chủ trì",
            SignerPosition = dialogue.ChairTitle,
            SignerName = dialogue.ChairName,
            Recipients = [.. commitments.Select(c => c.Organization?.Name ?? "").Where(n => n.Length > 0).Distinct(), .. dialogue.CoOrganizer is { } f ? new[] { f.Name } : [], "Lưu hồ sơ đối thoại"],
        };
    }
}
