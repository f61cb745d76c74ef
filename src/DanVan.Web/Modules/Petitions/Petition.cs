using System.Security.Cryptography;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Petitions.Calendar;

namespace DanVan.Web.Modules.Petitions;

/// <summary>
/// A citizen's petition (kiến nghị, phản ánh, khiếu nại, tố cáo) from receipt to its end: classified, accepted or
/// transferred within the legal days, resolved by a deadline that follows its kind, complexity and area, extended
/// only as the law allows, answered, and rated by the citizen (who may take it to the superior). Each step is in
/// its history; those the citizen sees are marked public. The person is kept apart (<see cref="Petitioner"/>).
/// </summary>
public sealed class Petition
{
    public const int MaxText = 4000;
    public const int MaxTitle = 200;
    public const int DefaultAcceptDays = 10;
    public const int MaxRound = 2;

    private readonly List<PetitionEvent> events = [];
    private readonly List<PetitionFile> files = [];

    private Petition()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The tracking code the citizen keeps ("2026-7KQ3-M9XD"): the only key to the public status page.</summary>
    public string Code { get; private set; } = "";

    public PetitionChannel Channel { get; private set; }

    public PetitionKind Kind { get; private set; }

    public PetitionStatus Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Content { get; private set; } = "";

    public Guid AreaId { get; private set; }

    public Area? Area { get; private set; }

    /// <summary>Where exactly (a road, a hamlet's place) in words.</summary>
    public string? Place { get; private set; }

    /// <summary>The handling unit.</summary>
    public Guid OrganizationId { get; private set; }

    public Organization? Organization { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    /// <summary>The day the handling unit received it (again after a transfer): the acceptance days count from it.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public string ReceivedBy { get; private set; } = "";

    public Guid? ReceptionId { get; private set; }

    /// <summary>The day the written notice of acceptance, refusal or transfer is due.</summary>
    public DateOnly AcceptBy { get; private set; }

    /// <summary>When the citizen was first told that it was accepted, declined or transferred.</summary>
    public DateOnly? NoticeOn { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public bool Complex { get; private set; }

    /// <summary>In a remote area (vùng sâu, vùng xa): the law gives longer.</summary>
    public bool Remote { get; private set; }

    /// <summary>1, or 2 once the citizen took it to the superior.</summary>
    public int Round { get; private set; } = 1;

    public int Extensions { get; private set; }

    public string? HandlerUserId { get; private set; }

    public string? HandlerName { get; private set; }

    public string? Answer { get; private set; }

    public string? AnswerNumber { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    /// <summary>Whether the answer came by the deadline in force when it came.</summary>
    public bool? AnsweredInTime { get; private set; }

    public bool? Satisfied { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public Guid? MergedIntoId { get; private set; }

    public Petitioner? Person { get; private set; }

    public bool HasPerson { get; private set; }

    public string SearchKey { get; private set; } = "";

    public bool IsDemo { get; private set; }

    public IReadOnlyList<PetitionEvent> Events => events;

    public IReadOnlyList<PetitionFile> Files => files;

    public bool IsFinal => Status is PetitionStatus.Closed or PetitionStatus.Withdrawn or PetitionStatus.Merged or PetitionStatus.Declined;

    /// <summary>The next legal deadline: to accept or transfer, then to resolve.</summary>
    public DateOnly? Deadline => Status switch
    {
        PetitionStatus.Received => AcceptBy,
        PetitionStatus.Accepted => DueOn,
        _ => null,
    };

    public bool IsOverdue(DateOnly today) => Deadline is { } deadline && today > deadline;

    public static Petition File(PetitionDraft draft, Area area, Organization organization, Petitioner? person, WorkingCalendar calendar, DateOnly today, DateTime utcNow, bool isDemo = false)
    {
        var title = (draft.Title ?? "").Trim();
        var content = (draft.Content ?? "").Trim();
        if (title.Length is 0 or > MaxTitle)
        {
            throw new BusinessRuleException($"Hãy ghi tóm tắt vụ việc (không quá {MaxTitle} ký tự).");
        }

        if (content.Length is < 10 or > MaxText)
        {
            throw new BusinessRuleException($"Hãy trình bày nội dung vụ việc (từ 10 đến {MaxText} ký tự).");
        }

        var place = (draft.Place ?? "").Trim();
        if (place.Length > 200)
        {
            throw new BusinessRuleException("Nơi xảy ra không quá 200 ký tự.");
        }

        if (!Enum.IsDefined(draft.Channel) || !Enum.IsDefined(draft.Kind))
        {
            throw new BusinessRuleException("Cách tiếp nhận hoặc loại đơn không hợp lệ.");
        }

        if (draft.Kind is PetitionKind.Complaint or PetitionKind.Denunciation && person is null)
        {
            throw new BusinessRuleException("Khiếu nại, tố cáo phải ghi rõ họ tên và cách liên hệ theo quy định của pháp luật; kiến nghị, phản ánh có thể gửi không ghi tên.");
        }

        var petition = new Petition
        {
            Code = NewCode(today),
            Channel = draft.Channel,
            Kind = draft.Kind,
            Title = title,
            Content = content,
            Place = place.Length == 0 ? null : place,
            AreaId = area.Id,
            Area = area,
            OrganizationId = organization.Id,
            Organization = organization,
            ReceivedAt = utcNow,
            ReceivedOn = today,
            ReceivedBy = Cut(draft.ReceivedBy, 200),
            ReceptionId = draft.ReceptionId,
            AcceptBy = calendar.AddWorkingDays(today, DefaultAcceptDays),
            Person = person,
            HasPerson = person is not null,
            IsDemo = isDemo,
        };
        person?.AttachTo(petition.Id);
        petition.SearchKey = VietnameseText.Fold($"{petition.Code} {title} {content} {petition.Place}");
        petition.Add(PetitionEventKind.Received, $"{organization.Name} đã nhận đơn ({draft.Channel.Vietnamese().ToLowerInvariant()}).", true, petition.ReceivedBy, utcNow);
        return petition;
    }

    public void Classify(PetitionKind kind, bool complex, bool remote, DeadlineRule? rule, WorkingCalendar calendar, string by, DateTime utcNow)
    {
        Require(PetitionStatus.Received, "Chỉ phân loại được đơn chưa thụ lý.");
        if (!Enum.IsDefined(kind) || kind == PetitionKind.Unclassified)
        {
            throw new BusinessRuleException("Hãy chọn loại đơn.");
        }

        (Kind, Complex, Remote) = (kind, complex, remote);
        if (rule is not null)
        {
            AcceptBy = calendar.AddWorkingDays(ReceivedOn, rule.AcceptDays);
        }

        Add(PetitionEventKind.Classified, $"Phân loại: {kind.Vietnamese().ToLowerInvariant()}{(complex ? ", vụ việc phức tạp" : "")}{(remote ? ", vùng sâu, vùng xa" : "")}.", false, by, utcNow);
    }

    /// <summary>Thụ lý: the resolution deadline is set from the rule of its kind and round.</summary>
    public void Accept(DeadlineRule rule, WorkingCalendar calendar, DateOnly today, string by, DateTime utcNow)
    {
        Require(PetitionStatus.Received, "Đơn này không còn chờ thụ lý.");
        if (Kind is PetitionKind.Unclassified or PetitionKind.OutOfCompetence)
        {
            throw new BusinessRuleException(Kind == PetitionKind.Unclassified
                ? "Hãy phân loại đơn trước khi thụ lý."
                : "Đơn không thuộc thẩm quyền: hãy chuyển đến cơ quan có thẩm quyền hoặc trả lời hướng dẫn (không thụ lý).");
        }

        if (Kind is PetitionKind.Complaint or PetitionKind.Denunciation && !HasPerson)
        {
            throw new BusinessRuleException("Không thụ lý khiếu nại, tố cáo không rõ họ tên, địa chỉ người gửi; hãy ghi lý do không thụ lý.");
        }

        if (rule.Kind != Kind || rule.Round != Round)
        {
            throw new BusinessRuleException("Thời hạn không đúng loại đơn.");
        }

        AcceptedOn = today;
        DueOn = calendar.Add(today, rule.DaysFor(Complex, Remote), rule.WorkingDays);
        NoticeOn ??= today;
        Status = PetitionStatus.Accepted;
        Add(PetitionEventKind.Accepted, $"Đã thụ lý {Kind.Vietnamese().ToLowerInvariant()}{(Round > 1 ? " (lần hai)" : "")}; hạn giải quyết {VietnameseText.FormatDate(DueOn.Value)}.", true, by, utcNow);
    }

    public void Decline(string? reason, DateOnly today, string by, DateTime utcNow)
    {
        Require(PetitionStatus.Received, "Chỉ đơn chưa thụ lý mới có thể không thụ lý.");
        var why = Text(reason, 10, 2000, "Lý do không thụ lý");
        Status = PetitionStatus.Declined;
        NoticeOn ??= today;
        ClosedOn = today;
        Add(PetitionEventKind.Declined, $"Không thụ lý: {why}", true, by, utcNow);
    }

    /// <summary>Chuyển đơn: the other unit receives it today; the citizen is told (the notice the law asks counts as given).</summary>
    public void Transfer(Organization to, string? note, WorkingCalendar calendar, DateOnly today, string by, DateTime utcNow)
    {
        if (Status is not (PetitionStatus.Received or PetitionStatus.Accepted))
        {
            throw new BusinessRuleException("Chỉ chuyển được đơn đang chờ thụ lý hoặc đang giải quyết.");
        }

        if (to.Id == OrganizationId)
        {
            throw new BusinessRuleException("Hãy chọn một đơn vị khác đơn vị đang xử lý.");
        }

        if (to.IsArchived)
        {
            throw new BusinessRuleException("Đơn vị đã lưu trữ không nhận đơn.");
        }

        var why = Text(note, 0, 2000, "Ghi chú chuyển đơn");
        var from = Organization?.Name;
        (OrganizationId, Organization) = (to.Id, to);
        Status = PetitionStatus.Received;
        (AcceptedOn, DueOn, HandlerUserId, HandlerName, Extensions) = (null, null, null, null, 0);
        NoticeOn ??= today;
        ReceivedOn = today;
        AcceptBy = calendar.AddWorkingDays(today, DefaultAcceptDays);
        Add(PetitionEventKind.Transferred, $"{from} chuyển đơn đến {to.Name}{(why.Length > 0 ? ": " + why : ".")}", true, by, utcNow);
    }

    public void Assign(string userId, string name, string by, DateTime utcNow)
    {
        if (Status is not (PetitionStatus.Received or PetitionStatus.Accepted))
        {
            throw new BusinessRuleException("Chỉ giao người xử lý cho đơn đang chờ thụ lý hoặc đang giải quyết.");
        }

        (HandlerUserId, HandlerName) = (userId, Cut(name, 200));
        Add(PetitionEventKind.Assigned, $"Giao {HandlerName} xử lý.", false, by, utcNow);
    }

    /// <summary>Gia hạn: only a complex case, in writing (the document's number), as many times and days as the rule allows.</summary>
    public void Extend(DeadlineRule rule, WorkingCalendar calendar, string? reason, string? documentNumber, string by, DateTime utcNow)
    {
        Require(PetitionStatus.Accepted, "Chỉ gia hạn được đơn đang giải quyết.");
        if (rule.MaxExtensions == 0)
        {
            throw new BusinessRuleException($"Pháp luật không cho gia hạn giải quyết {Kind.Vietnamese().ToLowerInvariant()}; thời hạn của vụ việc phức tạp đã dài hơn.");
        }

        if (!Complex)
        {
            throw new BusinessRuleException("Chỉ vụ việc phức tạp mới được gia hạn; hãy phân loại lại trước khi thụ lý.");
        }

        if (Extensions >= rule.MaxExtensions)
        {
            throw new BusinessRuleException($"Đã gia hạn {Extensions} lần, đủ số lần pháp luật cho phép.");
        }

        var why = Text(reason, 10, 2000, "Lý do gia hạn");
        var number = Text(documentNumber, 1, 60, "Số văn bản gia hạn");
        DueOn = calendar.Add(DueOn!.Value, rule.ExtensionDays, rule.WorkingDays);
        Extensions++;
        Add(PetitionEventKind.Extended, $"Gia hạn lần {Extensions} ({number}) đến {VietnameseText.FormatDate(DueOn.Value)}: {why}", true, by, utcNow);
    }

    public void Respond(string? answer, string? summary, string number, DateOnly today, string by, DateTime utcNow)
    {
        Require(PetitionStatus.Accepted, "Chỉ trả lời được đơn đang giải quyết.");
        Answer = Text(answer, 10, MaxText, "Nội dung trả lời");
        var publicText = Text(summary, 10, 1000, "Tóm tắt kết quả công khai");
        AnswerNumber = Text(number, 1, 60, "Số văn bản trả lời");
        AnsweredOn = today;
        AnsweredInTime = today <= DueOn;
        Status = PetitionStatus.Answered;
        Add(PetitionEventKind.Answered, $"Đã trả lời bằng văn bản số {AnswerNumber}: {publicText}", true, by, utcNow);
    }

    /// <summary>
    /// The citizen's word on the answer. Satisfied, the case ends; not satisfied, it goes to the superior as a second
    /// round when there is one and this was the first; otherwise it ends, not satisfied.
    /// </summary>
    public void Rate(bool satisfied, string? comment, Organization? superior, IReadOnlyDictionary<(PetitionKind, int), DeadlineRule> rules, WorkingCalendar calendar, DateOnly today, DateTime utcNow)
    {
        Require(PetitionStatus.Answered, "Chỉ đánh giá được khi đã có trả lời.");
        var said = Text(comment, 0, 1000, "Ý kiến");
        Satisfied = satisfied;
        var to = satisfied || Round >= MaxRound || superior is null || superior.IsArchived ? null : superior;
        Add(PetitionEventKind.Rated, satisfied ? "Người gửi hài lòng với kết quả giải quyết." : "Người gửi chưa hài lòng với kết quả giải quyết.", true, "Người gửi đơn", utcNow);
        if (said.Length > 0)
        {
            Add(PetitionEventKind.CitizenAddition, said, false, "Người gửi đơn", utcNow);
        }

        // What follows the rating comes after it in the history, though in the same instant.
        var next = utcNow.AddMilliseconds(1);
        if (to is null)
        {
            Status = PetitionStatus.Closed;
            ClosedOn = today;
            Add(PetitionEventKind.Closed, satisfied ? "Vụ việc kết thúc." : "Vụ việc kết thúc; người gửi có thể khởi kiện hoặc gửi đơn đến cơ quan có thẩm quyền theo quy định.", true, "DanVan", next);
            return;
        }

        var from = Organization?.Name;
        Round++;
        (OrganizationId, Organization) = (to.Id, to);
        Status = PetitionStatus.Received;
        (AcceptedOn, DueOn, HandlerUserId, HandlerName, Extensions, AnsweredOn, AnsweredInTime, Satisfied) = (null, null, null, null, 0, null, null, null);
        ReceivedOn = today;
        AcceptBy = calendar.AddWorkingDays(today, rules.TryGetValue((Kind, Round), out var rule) ? rule.AcceptDays : DefaultAcceptDays);
        Add(PetitionEventKind.Reopened, $"Người gửi chưa hài lòng với kết quả của {from}; vụ việc được chuyển đến {to.Name} giải quyết lần hai.", true, "DanVan", next);
    }

    /// <summary>An answered case the citizen has not rated is ended by its unit.</summary>
    public void Close(string? note, DateOnly today, string by, DateTime utcNow)
    {
        Require(PetitionStatus.Answered, "Chỉ kết thúc được vụ việc đã trả lời.");
        var text = Text(note, 0, 2000, "Ghi chú");
        Status = PetitionStatus.Closed;
        ClosedOn = today;
        Add(PetitionEventKind.Closed, text.Length > 0 ? $"Kết thúc vụ việc: {text}" : "Kết thúc vụ việc.", true, by, utcNow);
    }

    public void Withdraw(string? reason, DateOnly today, string by, DateTime utcNow)
    {
        if (Status is not (PetitionStatus.Received or PetitionStatus.Accepted))
        {
            throw new BusinessRuleException("Chỉ rút được đơn đang chờ thụ lý hoặc đang giải quyết.");
        }

        var why = Text(reason, 0, 2000, "Lý do");
        Status = PetitionStatus.Withdrawn;
        ClosedOn = today;
        Add(PetitionEventKind.Withdrawn, why.Length > 0 ? $"Người gửi rút đơn: {why}" : "Người gửi rút đơn.", true, by, utcNow);
    }

    /// <summary>Many citizens, one matter: this case is followed in <paramref name="main"/>, of the same unit.</summary>
    public void MergeInto(Petition main, DateOnly today, string by, DateTime utcNow)
    {
        if (Status is not (PetitionStatus.Received or PetitionStatus.Accepted))
        {
            throw new BusinessRuleException("Chỉ gộp được đơn đang chờ thụ lý hoặc đang giải quyết.");
        }

        if (main.Id == Id || main.IsFinal || main.OrganizationId != OrganizationId || main.MergedIntoId is not null)
        {
            throw new BusinessRuleException("Hãy gộp vào một vụ việc khác, còn đang xử lý, của cùng đơn vị.");
        }

        Status = PetitionStatus.Merged;
        MergedIntoId = main.Id;
        ClosedOn = today;
        Add(PetitionEventKind.Merged, $"Gộp vào vụ việc {main.Code}; kết quả giải quyết được thông báo theo vụ việc đó.", true, by, utcNow);
        main.Add(PetitionEventKind.Merged, $"Vụ việc {Code} được gộp vào vụ việc này.", false, by, utcNow);
    }

    /// <summary>A note of the unit: public ones reach the citizen's status page (so staff write them for the citizen), others stay in the file.</summary>
    public void Note(string? text, bool isPublic, string by, DateTime utcNow) =>
        Add(PetitionEventKind.Note, Text(text, 2, 2000, "Nội dung cập nhật"), isPublic, by, utcNow);

    /// <summary>What the citizen adds from the status page: for the handling unit only, never published.</summary>
    public void CitizenAdds(string? text, DateTime utcNow)
    {
        if (IsFinal)
        {
            throw new BusinessRuleException("Vụ việc đã kết thúc; nếu có nội dung mới, xin gửi đơn mới.");
        }

        Add(PetitionEventKind.CitizenAddition, Text(text, 10, 2000, "Nội dung bổ sung"), false, "Người gửi đơn", utcNow);
    }

    public void Supervise(string? text, string by, DateTime utcNow) =>
        Add(PetitionEventKind.Supervision, Text(text, 10, 2000, "Nội dung giám sát"), false, by, utcNow);

    public PetitionFile Attach(Infrastructure.Web.EvidenceUpload upload, bool byCitizen, DateTime utcNow)
    {
        if (files.Count >= PetitionFile.MaxFiles)
        {
            throw new BusinessRuleException($"Mỗi vụ việc có tối đa {PetitionFile.MaxFiles} tệp đính kèm.");
        }

        var file = PetitionFile.Create(Id, upload, byCitizen, utcNow);
        files.Add(file);
        return file;
    }

    /// <summary>
    /// The person is removed and the case kept, when no legal retention applies: a suggestion or feedback that has ended.
    /// A complaint's or denunciation's file is kept as the law on archives asks.
    /// </summary>
    public Petitioner ErasePerson(string by, DateTime utcNow)
    {
        if (Person is not { } person)
        {
            throw new BusinessRuleException("Vụ việc không còn thông tin cá nhân nào.");
        }

        if (Kind is PetitionKind.Complaint or PetitionKind.Denunciation)
        {
            throw new BusinessRuleException("Hồ sơ khiếu nại, tố cáo phải lưu trữ theo quy định; không xóa được thông tin người gửi.");
        }

        if (!IsFinal)
        {
            throw new BusinessRuleException("Vụ việc còn đang xử lý; chỉ xóa thông tin cá nhân khi vụ việc đã kết thúc hoặc người gửi đã rút đơn.");
        }

        Person = null;
        HasPerson = false;
        Add(PetitionEventKind.PersonErased, "Đã xóa thông tin cá nhân của người gửi theo yêu cầu; nội dung vụ việc được giữ lại.", false, by, utcNow);
        return person;
    }

    internal void Add(PetitionEventKind kind, string text, bool isPublic, string by, DateTime utcNow) =>
        events.Add(PetitionEvent.Create(Id, kind, text, isPublic, by, utcNow));

    private void Require(PetitionStatus status, string message)
    {
        if (Status != status)
        {
            throw new BusinessRuleException(message);
        }
    }

    private static string Text(string? value, int min, int max, string label)
    {
        var text = (value ?? "").Trim();
        if (text.Length < min || text.Length > max)
        {
            throw new BusinessRuleException(min > 0 ? $"{label}: từ {min} đến {max} ký tự." : $"{label} không quá {max} ký tự.");
        }

        return text;
    }

    private static string Cut(string? text, int length)
    {
        var value = (text ?? "").Trim();
        return value.Length <= length ? value : value[..length];
    }

    /// <summary>The year and eight letters or digits that are never confused (no I, L, O, U, 0, 1): about 10^12 codes a year.</summary>
    private static string NewCode(DateOnly today)
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
        Span<char> letters = stackalloc char[8];
        for (var k = 0; k < letters.Length; k++)
        {
            letters[k] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return $"{today.Year}-{letters[..4]}-{letters[4..]}";
    }

    /// <summary>A code as typed by a citizen (spaces, lower case, the letters O and I for 0 and 1) in its stored form.</summary>
    public static string NormalizeCode(string? code)
    {
        var text = new string((code ?? "").Trim().ToUpperInvariant().Where(c => char.IsAsciiLetterOrDigit(c)).ToArray());
        return text.Length == 12 ? $"{text[..4]}-{text[4..8]}-{text[8..]}" : "";
    }
}

/// <param name="ReceivedBy">The staff member who took it in, or "Cổng tiếp nhận trực tuyến".</param>
public sealed record PetitionDraft(string? Title, string? Content, string? Place, PetitionChannel Channel, PetitionKind Kind, string ReceivedBy, Guid? ReceptionId = null);

/// <summary>One step of a case, as its history shows it; public ones are on the citizen's status page.</summary>
public sealed class PetitionEvent
{
    private PetitionEvent()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PetitionId { get; private set; }

    public PetitionEventKind Kind { get; private set; }

    public string Text { get; private set; } = "";

    public bool IsPublic { get; private set; }

    public string By { get; private set; } = "";

    public DateTime At { get; private set; }

    internal static PetitionEvent Create(Guid petitionId, PetitionEventKind kind, string text, bool isPublic, string by, DateTime utcNow) => new()
    {
        PetitionId = petitionId,
        Kind = kind,
        Text = text.Length <= 2000 ? text : text[..1999] + "…",
        IsPublic = isPublic,
        By = by.Length <= 200 ? by : by[..200],
        At = utcNow,
    };
}

/// <summary>A photo, PDF or Word file of a case (the citizen's, or a scan of a paper petition), kept in the database, never under the web root.</summary>
public sealed class PetitionFile
{
    public const int MaxFiles = 10;

    private PetitionFile()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PetitionId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public byte[] Content { get; private set; } = [];

    public bool ByCitizen { get; private set; }

    public DateTime UploadedAt { get; private set; }

    internal static PetitionFile Create(Guid petitionId, Infrastructure.Web.EvidenceUpload upload, bool byCitizen, DateTime utcNow) => new()
    {
        PetitionId = petitionId,
        FileName = upload.FileName,
        ContentType = upload.Kind.ContentType,
        Size = upload.Content.LongLength,
        Content = upload.Content,
        ByCitizen = byCitizen,
        UploadedAt = utcNow,
    };
}
