using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Dialogues;

/// <summary>
/// A dialogue between the head of a committee or government and the people (Luật Thực hiện dân chủ ở cơ sở
/// 2022: the commune chairman, with the Fatherland Front, at least once a year): planned with its topic, chair, date, place and audience, co-organized by
/// the Fatherland Front; once held, the questions raised and the answers given on the spot, the commitments (each a
/// unit's task with a deadline) and, last, the minutes, whose number closes the record and turns the commitments into
/// tasks. Each step refuses a wrong change.
/// </summary>
public sealed class Dialogue
{
    public const int MaxText = 4000;

    public const int MaxQuestions = 200;

    private readonly List<DialogueArea> areas = [];
    private readonly List<DialogueQuestion> questions = [];
    private readonly List<DialogueCommitment> commitments = [];

    private Dialogue()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The committee or government whose head holds the dialogue.</summary>
    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    /// <summary>The Fatherland Front unit that co-organizes it (gathers the people, records with the host).</summary>
    public Guid? CoOrganizerId { get; private set; }

    public Organization? CoOrganizer { get; private set; }

    public string Topic { get; private set; } = "";

    public string ChairName { get; private set; } = "";

    public string ChairTitle { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public string Place { get; private set; } = "";

    /// <summary>The groups invited ("người có uy tín, phụ nữ, thanh niên các thôn"), beside the areas.</summary>
    public string? Groups { get; private set; }

    /// <summary>How many people came (an aggregate; nobody's name).</summary>
    public int? Participants { get; private set; }

    public DialogueStatus Status { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>The minutes' conclusion as the chair summed it up.</summary>
    public string? Conclusion { get; private set; }

    public string? MinutesNumber { get; private set; }

    public DateOnly? MinutesOn { get; private set; }

    /// <summary>The plan of the host that carries the commitments as tasks (Plans' follow-up).</summary>
    public Guid? FollowUpPlanId { get; private set; }

    public Guid? FollowUpDocumentId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public IReadOnlyList<DialogueArea> Areas => areas;

    public IReadOnlyList<DialogueQuestion> Questions => questions;

    public IReadOnlyList<DialogueCommitment> Commitments => commitments;

    public bool IsOpen => Status is DialogueStatus.Planned or DialogueStatus.Held;

    public static Dialogue Plan(Organization host, Organization? coOrganizer, DialogueInput input, IReadOnlyList<Area> audience, string by, DateTime utcNow)
    {
        if (host.IsArchived)
        {
            throw new BusinessRuleException($"{host.Name} đã ngừng hoạt động.");
        }

        var dialogue = new Dialogue { Organization = host, OrganizationId = host.Id, CreatedAt = utcNow, CreatedBy = by, Status = DialogueStatus.Planned };
        dialogue.Set(host, coOrganizer, input, audience);
        return dialogue;
    }

    /// <summary>Changes what was planned; after the minutes nothing changes.</summary>
    public void Edit(Organization? coOrganizer, DialogueInput input, IReadOnlyList<Area> audience)
    {
        RequireOpen();
        Set(Organization!, coOrganizer, input, audience);
    }

    private void Set(Organization host, Organization? coOrganizer, DialogueInput input, IReadOnlyList<Area> audience)
    {
        Topic = Text(input.Topic, 5, 500, "Chủ đề đối thoại");
        ChairName = Text(input.ChairName, 2, 200, "Người chủ trì");
        ChairTitle = Text(input.ChairTitle, 2, 200, "Chức vụ người chủ trì");
        Place = Text(input.Place, 2, 300, "Địa điểm");
        Groups = string.IsNullOrWhiteSpace(input.Groups) ? null : Text(input.Groups, 2, 300, "Thành phần mời");
        if (input.HeldOn is not { } on || on.Year < 2000 || on.Year > 2100)
        {
            throw new BusinessRuleException("Hãy nhập ngày đối thoại (dd/MM/yyyy).");
        }

        if (coOrganizer is not null && (coOrganizer.Kind?.Code != "mttq" || coOrganizer.AreaId != host.AreaId || coOrganizer.IsArchived))
        {
            throw new BusinessRuleException("Đơn vị phối hợp tổ chức là Ủy ban Mặt trận Tổ quốc cùng cấp.");
        }

        if (audience.Count == 0)
        {
            throw new BusinessRuleException("Hãy chọn ít nhất một địa bàn có người dân được mời.");
        }

        if (audience.FirstOrDefault(a => a.Id != host.AreaId && a.ParentId != host.AreaId && a.Parent?.ParentId != host.AreaId) is { } outside)
        {
            throw new BusinessRuleException($"{outside.Name} không thuộc địa bàn của {host.Name}.");
        }

        HeldOn = on;
        CoOrganizer = coOrganizer;
        CoOrganizerId = coOrganizer?.Id;
        areas.RemoveAll(a => audience.All(x => x.Id != a.AreaId));
        foreach (var area in audience.Where(x => areas.All(a => a.AreaId != x.Id)))
        {
            areas.Add(new DialogueArea(Id, area));
        }
    }

    /// <summary>Records that the dialogue took place (not before its day), with how many came.</summary>
    public void Hold(int? participants, DateOnly today)
    {
        if (Status != DialogueStatus.Planned)
        {
            throw new BusinessRuleException("Chỉ buổi đối thoại đang chờ tổ chức mới ghi nhận đã tổ chức được.");
        }

        if (HeldOn > today)
        {
            throw new BusinessRuleException($"Buổi đối thoại diễn ra ngày {VietnameseText.FormatDate(HeldOn)}; sau ngày đó mới ghi nhận đã tổ chức.");
        }

        if (participants is < 1 or > 100_000)
        {
            throw new BusinessRuleException("Số người tham dự: từ 1 đến 100.000.");
        }

        Participants = participants;
        Status = DialogueStatus.Held;
    }

    public void Cancel(string? reason)
    {
        if (Status != DialogueStatus.Planned)
        {
            throw new BusinessRuleException("Chỉ hủy được buổi đối thoại chưa tổ chức.");
        }

        CancelReason = Text(reason, 5, 1000, "Lý do hủy");
        Status = DialogueStatus.Cancelled;
    }

    /// <summary>A question raised; who asked is written only when they agree to be named.</summary>
    public DialogueQuestion Ask(string? text, string? askerName, bool askerConsents, Area? askerArea, string? answer, string? answeredBy)
    {
        RequireHeld();
        if (questions.Count >= MaxQuestions)
        {
            throw new BusinessRuleException($"Một buổi đối thoại ghi tối đa {MaxQuestions} ý kiến.");
        }

        var name = string.IsNullOrWhiteSpace(askerName) ? null : Text(askerName, 2, 200, "Họ tên người nêu ý kiến");
        if (name is not null && !askerConsents)
        {
            throw new BusinessRuleException("Chỉ ghi tên người nêu ý kiến khi họ đồng ý; nếu không, để trống họ tên.");
        }

        if (askerArea is not null && areas.All(a => a.AreaId != askerArea.Id && a.AreaId != askerArea.ParentId))
        {
            throw new BusinessRuleException($"{askerArea.Name} không thuộc địa bàn được mời đối thoại.");
        }

        var question = new DialogueQuestion(Id, questions.Count == 0 ? 1 : questions.Max(q => q.Position) + 1, Text(text, 5, MaxText, "Ý kiến, kiến nghị"), name, askerArea);
        if (!string.IsNullOrWhiteSpace(answer))
        {
            question.Answer(answer, answeredBy ?? ChairName);
        }

        questions.Add(question);
        return question;
    }

    public void Answer(Guid questionId, string? answer, string? answeredBy)
    {
        RequireHeld();
        Question(questionId).Answer(answer, string.IsNullOrWhiteSpace(answeredBy) ? ChairName : answeredBy);
    }

    public void RemoveQuestion(Guid questionId)
    {
        RequireHeld();
        var question = Question(questionId);
        if (question.PetitionId is not null)
        {
            throw new BusinessRuleException("Ý kiến này đã thành đơn đang được xử lý, không xóa được.");
        }

        if (commitments.Any(c => c.QuestionId == questionId))
        {
            throw new BusinessRuleException("Ý kiến này có cam kết đi kèm; hãy xóa cam kết trước.");
        }

        questions.Remove(question);
    }

    /// <summary>The question became a petition of the Petitions module (raised at the dialogue).</summary>
    public void Raised(Guid questionId, Guid petitionId, string code)
    {
        RequireHeld();
        var question = Question(questionId);
        if (question.PetitionId is not null)
        {
            throw new BusinessRuleException($"Ý kiến này đã thành đơn {question.PetitionCode}.");
        }

        question.Raised(petitionId, code);
    }

    /// <summary>A commitment of the chair: a unit's work with a deadline, a task once the minutes are issued.</summary>
    public DialogueCommitment Commit(string? text, Organization unit, DateOnly? dueOn, Guid? questionId)
    {
        RequireHeld();
        if (questionId is { } id)
        {
            Question(id);
        }

        if (unit.IsArchived)
        {
            throw new BusinessRuleException($"{unit.Name} đã ngừng hoạt động, không giao việc được.");
        }

        if (dueOn is not { } due)
        {
            throw new BusinessRuleException("Hãy nhập hạn thực hiện cam kết (dd/MM/yyyy).");
        }

        if (due < HeldOn)
        {
            throw new BusinessRuleException($"Hạn thực hiện không được trước ngày đối thoại ({VietnameseText.FormatDate(HeldOn)}).");
        }

        var commitment = new DialogueCommitment(Id, commitments.Count == 0 ? 1 : commitments.Max(c => c.Position) + 1, Text(text, 5, 2000, "Nội dung cam kết"), unit, due, questionId);
        commitments.Add(commitment);
        return commitment;
    }

    public void RemoveCommitment(Guid commitmentId)
    {
        RequireHeld();
        commitments.Remove(commitments.SingleOrDefault(c => c.Id == commitmentId) ?? throw new BusinessRuleException("Không tìm thấy cam kết này."));
    }

    /// <summary>Issues the minutes: the record closes, the commitments are tasks of their units from now on.</summary>
    public void IssueMinutes(string number, DateOnly issuedOn, string? conclusion, Guid? planId, Guid? documentId, IReadOnlyList<Guid> taskIds)
    {
        RequireHeld();
        if (issuedOn < HeldOn)
        {
            throw new BusinessRuleException($"Ngày biên bản không được trước ngày đối thoại ({VietnameseText.FormatDate(HeldOn)}).");
        }

        if (questions.Count == 0)
        {
            throw new BusinessRuleException("Biên bản cần ít nhất một ý kiến của người dân đã được ghi.");
        }

        Conclusion = Text(conclusion, 10, MaxText, "Kết luận của người chủ trì");
        MinutesNumber = number;
        MinutesOn = issuedOn;
        FollowUpPlanId = planId;
        FollowUpDocumentId = documentId;
        var ordered = commitments.OrderBy(c => c.Position).ToList();
        for (var i = 0; i < ordered.Count && i < taskIds.Count; i++)
        {
            ordered[i].Tasked(taskIds[i]);
        }

        Status = DialogueStatus.MinutesIssued;
    }

    private DialogueQuestion Question(Guid id) =>
        questions.SingleOrDefault(q => q.Id == id) ?? throw new BusinessRuleException("Không tìm thấy ý kiến này.");

    private void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException(Status == DialogueStatus.Cancelled ? "Buổi đối thoại đã hủy." : "Biên bản đã ban hành: nội dung buổi đối thoại không sửa được nữa.");
        }
    }

    private void RequireHeld()
    {
        RequireOpen();
        if (Status != DialogueStatus.Held)
        {
            throw new BusinessRuleException("Hãy ghi nhận buổi đối thoại đã tổ chức trước khi ghi ý kiến, cam kết.");
        }
    }

    internal static string Text(string? value, int min, int max, string label)
    {
        var text = value?.Trim() ?? "";
        if (text.Length < min || text.Length > max)
        {
            throw new BusinessRuleException($"{label}: từ {min} đến {max} ký tự.");
        }

        return text;
    }
}

public enum DialogueStatus
{
    Planned = 0,
    Held = 1,
    MinutesIssued = 2,
    Cancelled = 3,
}

public sealed record DialogueInput(string? Topic, string? ChairName, string? ChairTitle, DateOnly? HeldOn, string? Place, string? Groups);

/// <summary>An area whose people are invited.</summary>
public sealed class DialogueArea
{
    private DialogueArea()
    {
    }

    internal DialogueArea(Guid dialogueId, Area area)
    {
        DialogueId = dialogueId;
        AreaId = area.Id;
        Area = area;
    }

    public Guid DialogueId { get; private set; }

    public Guid AreaId { get; private set; }

    public Area? Area { get; private set; }
}

/// <summary>An opinion or question raised by a citizen, the answer given on the spot, and the petition it became.</summary>
public sealed class DialogueQuestion
{
    private DialogueQuestion()
    {
    }

    internal DialogueQuestion(Guid dialogueId, int position, string text, string? askerName, Area? area)
    {
        DialogueId = dialogueId;
        Position = position;
        Text = text;
        AskerName = askerName;
        AreaId = area?.Id;
        Area = area;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DialogueId { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>Only with the asker's consent (personal data: every read audited).</summary>
    public string? AskerName { get; private set; }

    /// <summary>The village or commune the asker spoke for.</summary>
    public Guid? AreaId { get; private set; }

    public Area? Area { get; private set; }

    public string? AnswerText { get; private set; }

    public string? AnsweredBy { get; private set; }

    public Guid? PetitionId { get; private set; }

    public string? PetitionCode { get; private set; }

    internal void Answer(string? answer, string? by)
    {
        AnswerText = Dialogue.Text(answer, 2, Dialogue.MaxText, "Nội dung trả lời");
        AnsweredBy = Dialogue.Text(by, 2, 200, "Người trả lời");
    }

    internal void Raised(Guid petitionId, string code)
    {
        PetitionId = petitionId;
        PetitionCode = code;
    }
}

/// <summary>What the chair committed to, given to a unit with a deadline; its task once the minutes are issued.</summary>
public sealed class DialogueCommitment
{
    private DialogueCommitment()
    {
    }

    internal DialogueCommitment(Guid dialogueId, int position, string text, Organization unit, DateOnly dueOn, Guid? questionId)
    {
        DialogueId = dialogueId;
        Position = position;
        Text = text;
        OrganizationId = unit.Id;
        Organization = unit;
        DueOn = dueOn;
        QuestionId = questionId;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid DialogueId { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; } = "";

    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public DateOnly DueOn { get; private set; }

    public Guid? QuestionId { get; private set; }

    /// <summary>The unit's task in the host's follow-up plan.</summary>
    public Guid? TaskId { get; private set; }

    internal void Tasked(Guid taskId) => TaskId = taskId;
}

internal static class DialogueNames
{
    /// <summary>What a question raised at a dialogue may become (the Petitions module classifies it again if need be).</summary>
    public static readonly IReadOnlyList<(Petitions.PetitionKind Kind, string Label)> RaisedKinds =
        [(Petitions.PetitionKind.Suggestion, "Kiến nghị, phản ánh"), (Petitions.PetitionKind.Complaint, "Khiếu nại"), (Petitions.PetitionKind.Denunciation, "Tố cáo")];

    public static string Vietnamese(this DialogueStatus status) => status switch
    {
        DialogueStatus.Planned => "Chờ tổ chức",
        DialogueStatus.Held => "Đã tổ chức, đang ghi biên bản",
        DialogueStatus.MinutesIssued => "Đã ban hành biên bản",
        DialogueStatus.Cancelled => "Đã hủy",
        _ => status.ToString(),
    };

    public static string Badge(this DialogueStatus status) => status switch
    {
        DialogueStatus.Planned => "text-bg-secondary",
        DialogueStatus.Held => "text-bg-warning",
        DialogueStatus.MinutesIssued => "text-bg-success",
        _ => "text-bg-light",
    };
}
