using DanVan.Web.Infrastructure.Errors;

namespace DanVan.Web.Modules.Petitions.Calendar;

/// <summary>
/// The legal deadlines of one kind of petition at one round (1: first time; 2: the citizen went to the superior), as
/// data an administrator keeps up with the law (vn-rules §4): days to accept or transfer, days to resolve (normal,
/// complex, remote area, both), and the extensions allowed.
/// </summary>
public sealed class DeadlineRule
{
    public const int MaxDays = 365;

    private DeadlineRule()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public PetitionKind Kind { get; private set; }

    public int Round { get; private set; } = 1;

    /// <summary>Working days from receipt to the written notice of acceptance or transfer.</summary>
    public int AcceptDays { get; private set; }

    public int Days { get; private set; }

    public int ComplexDays { get; private set; }

    public int RemoteDays { get; private set; }

    public int RemoteComplexDays { get; private set; }

    /// <summary>Resolution days are working days (otherwise calendar days, the last moved off a holiday).</summary>
    public bool WorkingDays { get; private set; }

    public int MaxExtensions { get; private set; }

    public int ExtensionDays { get; private set; }

    /// <summary>Where the figures come from ("Luật Khiếu nại 2011, Điều 28").</summary>
    public string Source { get; private set; } = "";

    public static DeadlineRule Create(PetitionKind kind, int round, DeadlineFigures figures, string source)
    {
        var rule = new DeadlineRule { Kind = kind, Round = round };
        if (kind is PetitionKind.Unclassified or PetitionKind.OutOfCompetence || !Enum.IsDefined(kind))
        {
            throw new BusinessRuleException("Thời hạn chỉ đặt cho kiến nghị, phản ánh; khiếu nại; tố cáo.");
        }

        if (round is not (1 or 2))
        {
            throw new BusinessRuleException("Lần giải quyết là 1 hoặc 2.");
        }

        rule.Update(figures, source);
        return rule;
    }

    public void Update(DeadlineFigures figures, string source)
    {
        int[] all = [figures.AcceptDays, figures.Days, figures.ComplexDays, figures.RemoteDays, figures.RemoteComplexDays];
        if (all.Any(d => d is < 1 or > MaxDays))
        {
            throw new BusinessRuleException($"Mỗi thời hạn từ 1 đến {MaxDays} ngày.");
        }

        if (figures.ComplexDays < figures.Days || figures.RemoteDays < figures.Days || figures.RemoteComplexDays < Math.Max(figures.ComplexDays, figures.RemoteDays))
        {
            throw new BusinessRuleException("Vụ việc phức tạp hay ở vùng sâu, vùng xa không có thời hạn ngắn hơn vụ việc thông thường.");
        }

        if (figures.MaxExtensions is < 0 or > 5 || figures.ExtensionDays is < 0 or > MaxDays || (figures.MaxExtensions > 0) != (figures.ExtensionDays > 0))
        {
            throw new BusinessRuleException("Số lần gia hạn từ 0 đến 5, và mỗi lần gia hạn có số ngày khi được gia hạn.");
        }

        source = (source ?? "").Trim();
        if (source.Length is 0 or > 300)
        {
            throw new BusinessRuleException("Hãy ghi căn cứ pháp lý (không quá 300 ký tự).");
        }

        (AcceptDays, Days, ComplexDays, RemoteDays, RemoteComplexDays, WorkingDays, MaxExtensions, ExtensionDays) =
            (figures.AcceptDays, figures.Days, figures.ComplexDays, figures.RemoteDays, figures.RemoteComplexDays, figures.WorkingDays, figures.MaxExtensions, figures.ExtensionDays);
        Source = source;
    }

    public int DaysFor(bool complex, bool remote) => (complex, remote) switch
    {
        (true, true) => RemoteComplexDays,
        (true, false) => ComplexDays,
        (false, true) => RemoteDays,
        _ => Days,
    };

    /// <summary>The rules DanVan starts with (vn-rules §4); kiến nghị, phản ánh has no statutory figure there, so it takes the complaint's first-round one until an administrator sets it.</summary>
    public static IReadOnlyList<DeadlineRule> Defaults() =>
    [
        Create(PetitionKind.Suggestion, 1, new(10, 30, 45, 45, 60, false, 0, 0), "Quy định 11-QĐi/TW (thông báo trong 10 ngày làm việc); thời hạn giải quyết theo đơn vị ban hành"),
        Create(PetitionKind.Suggestion, 2, new(10, 30, 45, 45, 60, false, 0, 0), "Quy định 11-QĐi/TW; thời hạn giải quyết theo đơn vị ban hành"),
        Create(PetitionKind.Complaint, 1, new(10, 30, 45, 45, 60, false, 0, 0), "Luật Khiếu nại 2011, Điều 27, 28"),
        Create(PetitionKind.Complaint, 2, new(10, 45, 60, 60, 70, false, 0, 0), "Luật Khiếu nại 2011, Điều 27, 37"),
        Create(PetitionKind.Denunciation, 1, new(7, 30, 30, 30, 30, false, 2, 30), "Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP"),
        Create(PetitionKind.Denunciation, 2, new(7, 30, 30, 30, 30, false, 2, 30), "Luật Tố cáo 2018, Điều 30, 37"),
    ];
}

public sealed record DeadlineFigures(int AcceptDays, int Days, int ComplexDays, int RemoteDays, int RemoteComplexDays, bool WorkingDays, int MaxExtensions, int ExtensionDays);
