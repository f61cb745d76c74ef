using DanVan.Documents.Official;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Petitions.Handling;

/// <summary>The answer to a petition as the handling unit sends it (thông báo kết quả giải quyết), in its layout, from what the case records.</summary>
internal static class AnswerDocument
{
    public static OfficialReport Build(Petition petition, Petitioner? person, DocumentHeading heading)
    {
        var received = VietnameseText.FormatDate(petition.ReceivedAt);
        var body = new List<BodyBlock>
        {
            new BodyParagraph($"Ngày {received}, {petition.Organization!.Name} nhận được đơn {petition.Kind.Vietnamese().ToLowerInvariant()} (mã {petition.Code}) {(person is null ? "" : $"của ông/bà {person.Name} ")}về việc: {petition.Title}."),
            new BodyParagraph(petition.AcceptedOn is { } accepted ? $"Đơn được thụ lý ngày {VietnameseText.FormatDate(accepted)}." : "Đơn đã được xem xét."),
            new BodyHeading(1, "KẾT QUẢ GIẢI QUYẾT"),
        };
        body.AddRange((petition.Answer ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => new BodyParagraph(l)));
        body.Add(new BodyParagraph($"Nếu chưa đồng ý với kết quả giải quyết, ông/bà có thể cho biết trên trang tra cứu đơn (mã {petition.Code}) để vụ việc được cấp trên xem xét theo quy định."));
        return new OfficialReport
        {
            Format = heading.Format,
            SuperiorBody = heading.Format == OfficialFormat.Party ? heading.SuperiorBody : null,
            IssuingBody = heading.IssuingBody,
            Number = petition.AnswerNumber ?? "",
            Place = petition.Area?.Parent?.Name is { } parent && petition.Area.Level == Organizations.AreaLevel.Village ? parent : petition.Area?.Name ?? "",
            Date = petition.AnsweredOn ?? petition.ReceivedOn,
            DocumentType = "Thông báo",
            Summary = $"kết quả giải quyết đơn {petition.Code}",
            Body = body,
            Recipients = [person is null ? "Người gửi đơn" : $"Ông/bà {person.Name}", "Lưu hồ sơ vụ việc"],
            SignatureAuthority = heading.SignatureAuthority,
            SignerPosition = heading.SignerPosition,
        };
    }
}
