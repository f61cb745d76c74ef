namespace DanVan.Web.Modules.Petitions;

/// <summary>What the law makes of a petition once classified (Luật Tiếp công dân 2013, Luật Khiếu nại 2011, Luật Tố cáo 2018).</summary>
public enum PetitionKind
{
    Unclassified = 0,

    /// <summary>Kiến nghị, phản ánh: information, an opinion or a proposal.</summary>
    Suggestion = 1,

    /// <summary>Khiếu nại: against a decision or act of a body.</summary>
    Complaint = 2,

    /// <summary>Tố cáo: a breach of law by someone; the denouncer's identity is kept confidential.</summary>
    Denunciation = 3,

    /// <summary>Not for this body to resolve: the citizen is guided to the right one.</summary>
    OutOfCompetence = 4,
}

public enum PetitionStatus
{
    /// <summary>Received, not yet accepted (thụ lý) nor transferred.</summary>
    Received = 0,

    /// <summary>Accepted and being resolved.</summary>
    Accepted = 1,

    /// <summary>Answered; the citizen may say whether they are satisfied.</summary>
    Answered = 2,

    Closed = 3,

    Withdrawn = 4,

    /// <summary>Joined to another case about the same matter.</summary>
    Merged = 5,

    /// <summary>Not accepted (out of competence, anonymous denunciation…), the citizen told why.</summary>
    Declined = 6,
}

/// <summary>How the petition came in.</summary>
public enum PetitionChannel
{
    Online = 0,
    InPerson = 1,
    Phone = 2,
    Mail = 3,
    Reception = 4,
    Dialogue = 5,
}

public enum PetitionEventKind
{
    Received = 0,
    Classified = 1,
    Accepted = 2,
    Transferred = 3,
    Assigned = 4,
    Extended = 5,
    Answered = 6,
    Rated = 7,
    Reopened = 8,
    Withdrawn = 9,
    Merged = 10,
    Declined = 11,
    Closed = 12,
    Note = 13,
    CitizenAddition = 14,
    Supervision = 15,
    PersonErased = 16,
}

internal static class PetitionNames
{
    public static string Vietnamese(this PetitionKind kind) => kind switch
    {
        PetitionKind.Suggestion => "Kiến nghị, phản ánh",
        PetitionKind.Complaint => "Khiếu nại",
        PetitionKind.Denunciation => "Tố cáo",
        PetitionKind.OutOfCompetence => "Không thuộc thẩm quyền",
        _ => "Chưa phân loại",
    };

    public static string Vietnamese(this PetitionStatus status) => status switch
    {
        PetitionStatus.Received => "Đã tiếp nhận",
        PetitionStatus.Accepted => "Đang giải quyết",
        PetitionStatus.Answered => "Đã trả lời",
        PetitionStatus.Closed => "Đã kết thúc",
        PetitionStatus.Withdrawn => "Đã rút đơn",
        PetitionStatus.Merged => "Đã gộp vào vụ việc khác",
        PetitionStatus.Declined => "Không thụ lý",
        _ => status.ToString(),
    };

    public static string Vietnamese(this PetitionChannel channel) => channel switch
    {
        PetitionChannel.Online => "Gửi trực tuyến",
        PetitionChannel.InPerson => "Đến trực tiếp",
        PetitionChannel.Phone => "Qua điện thoại",
        PetitionChannel.Mail => "Đơn gửi qua bưu điện, văn thư",
        PetitionChannel.Reception => "Tại buổi tiếp công dân",
        PetitionChannel.Dialogue => "Tại buổi đối thoại",
        _ => channel.ToString(),
    };

    public static string Vietnamese(this PetitionEventKind kind) => kind switch
    {
        PetitionEventKind.Received => "Tiếp nhận",
        PetitionEventKind.Classified => "Phân loại",
        PetitionEventKind.Accepted => "Thụ lý",
        PetitionEventKind.Transferred => "Chuyển đơn",
        PetitionEventKind.Assigned => "Giao người xử lý",
        PetitionEventKind.Extended => "Gia hạn giải quyết",
        PetitionEventKind.Answered => "Trả lời",
        PetitionEventKind.Rated => "Người dân đánh giá",
        PetitionEventKind.Reopened => "Chuyển lên cấp trên",
        PetitionEventKind.Withdrawn => "Rút đơn",
        PetitionEventKind.Merged => "Gộp vụ việc",
        PetitionEventKind.Declined => "Không thụ lý",
        PetitionEventKind.Closed => "Kết thúc",
        PetitionEventKind.Note => "Cập nhật",
        PetitionEventKind.CitizenAddition => "Người dân bổ sung",
        PetitionEventKind.Supervision => "Giám sát của Mặt trận",
        PetitionEventKind.PersonErased => "Xóa thông tin cá nhân",
        _ => kind.ToString(),
    };
}
