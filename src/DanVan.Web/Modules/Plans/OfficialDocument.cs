using DanVan.Documents.Plans;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Modules.Plans;

/// <summary>
/// A document of the registry (văn bản): a directive, conclusion, resolution or plan with its number, kind,
/// issuer and date. A document known only because another one cites it is a stub until someone completes it.
/// A plan issued inside DanVan records its issuing organization; documents from outside (the Central
/// Committee's conclusions, a ministry's circular) have none and are shared by every unit.
/// </summary>
public sealed class OfficialDocument
{
    private OfficialDocument()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Kind { get; private set; } = "";

    public string? Number { get; private set; }

    public string? Issuer { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    public string? Title { get; private set; }

    public bool IsStub { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsDemo { get; private set; }

    public string SearchKey { get; private set; } = "";

    /// <summary>"Kết luận số 236-KL/TW", or the kind and title when there is no number yet.</summary>
    public string Label => LabelOf(Kind, Number);

    public static string LabelOf(string kind, string? number) => number is null ? $"{kind} (chưa có số)" : $"{kind} số {number}";

    /// <summary>The label and the start of the title, for menus and lists.</summary>
    public static string Describe(string kind, string? number, string? title) =>
        string.IsNullOrWhiteSpace(title) ? LabelOf(kind, number)
        : $"{LabelOf(kind, number)} – {(title.Length > 90 ? title[..90].TrimEnd() + "…" : title)}";

    public static OfficialDocument CreateStub(string kind, string number, DateOnly? issuedOn, string? issuer, DateTime utcNow, bool isDemo = false)
    {
        var document = new OfficialDocument { IsStub = true, CreatedAt = utcNow, IsDemo = isDemo };
        document.Set(kind, number, issuer, issuedOn, null);
        return document;
    }

    public static OfficialDocument Create(string kind, string? number, string? issuer, DateOnly? issuedOn, string title, Guid? organizationId, DateTime utcNow, bool isDemo = false)
    {
        var document = new OfficialDocument { CreatedAt = utcNow, OrganizationId = organizationId, IsDemo = isDemo };
        document.Set(kind, number, issuer, issuedOn, title);
        if (document.Title is null)
        {
            throw new BusinessRuleException("Hãy nhập trích yếu (tên) của văn bản.");
        }

        return document;
    }

    /// <summary>Fills in or corrects the document; a stub given a title is complete from then on.</summary>
    public void Update(string kind, string? number, string? issuer, DateOnly? issuedOn, string? title)
    {
        Set(kind, number, issuer, issuedOn, title);
        if (Title is not null)
        {
            IsStub = false;
        }
    }

    /// <summary>
    /// A plan imported for a document that was known only as a citation takes the stub over. A complete entry of
    /// the registry (a conclusion shared by every unit, another unit's plan) is never taken over: it changes only
    /// through its owner or an administrator.
    /// </summary>
    public void BecomePlanOf(Guid organizationId, string kind, string? issuer, DateOnly? issuedOn, string title)
    {
        if (OrganizationId is { } owner && owner != organizationId)
        {
            throw new BusinessRuleException($"Văn bản {Label} đã là kế hoạch của một đơn vị khác.");
        }

        TakeOver(organizationId, kind, issuer, issuedOn, title);
    }

    /// <summary>A document that holds no tasks (a decision, a regulation, a notice) entered in the registry by its issuer: the same rules as a plan's.</summary>
    public void RegisterAs(Guid organizationId, string kind, string? issuer, DateOnly? issuedOn, string title)
    {
        if (OrganizationId is { } owner && owner != organizationId)
        {
            throw new BusinessRuleException($"Văn bản {Label} đã được một đơn vị khác ghi vào sổ văn bản.");
        }

        TakeOver(organizationId, kind, issuer, issuedOn, title);
    }

    private void TakeOver(Guid organizationId, string kind, string? issuer, DateOnly? issuedOn, string title)
    {
        // A stub is taken over only by the document it stands for: the same kind, and the same issuer when both name one.
        var sameKind = VietnameseText.Fold(kind) == VietnameseText.Fold(Kind);
        var sameIssuer = issuer is null || Issuer is null || VietnameseText.Fold(issuer) == VietnameseText.Fold(Issuer);
        if (!IsStub || !sameKind || !sameIssuer)
        {
            throw new BusinessRuleException($"{Label}{(Issuer is null ? "" : " của " + Issuer)} đã có trong sổ văn bản; hãy kiểm tra lại số, ký hiệu của văn bản mới.");
        }

        OrganizationId = organizationId;
        Update(kind, Number, issuer ?? Issuer, issuedOn ?? IssuedOn, title);
    }

    private void Set(string kind, string? number, string? issuer, DateOnly? issuedOn, string? title)
    {
        kind = (kind ?? "").Trim();
        number = string.IsNullOrWhiteSpace(number) ? null : DocumentNumbers.Normalize(number);
        issuer = string.IsNullOrWhiteSpace(issuer) ? null : issuer.Trim();
        title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        if (kind.Length is 0 or > 100)
        {
            throw new BusinessRuleException("Hãy chọn loại văn bản (Kế hoạch, Kết luận, Chỉ thị…).");
        }

        if (number is { Length: > 50 })
        {
            throw new BusinessRuleException("Số, ký hiệu văn bản không quá 50 ký tự.");
        }

        if (issuer is { Length: > 300 })
        {
            throw new BusinessRuleException("Cơ quan ban hành không quá 300 ký tự.");
        }

        if (title is { Length: > 2000 })
        {
            throw new BusinessRuleException("Trích yếu văn bản không quá 2000 ký tự.");
        }

        Kind = kind;
        Number = number;
        Issuer = issuer;
        IssuedOn = issuedOn;
        Title = title;
        SearchKey = VietnameseText.Fold(string.Join(' ', kind, number, issuer, title));
        if (SearchKey.Length > 2500)
        {
            SearchKey = SearchKey[..2500];
        }
    }
}

/// <summary>One document citing another (căn cứ, thực hiện); each pair once.</summary>
public sealed class DocumentCitation
{
    private DocumentCitation()
    {
    }

    public DocumentCitation(Guid citingId, Guid citedId)
    {
        if (citingId == citedId)
        {
            throw new BusinessRuleException("Một văn bản không thể trích dẫn chính nó.");
        }

        CitingId = citingId;
        CitedId = citedId;
    }

    public Guid CitingId { get; private set; }

    public Guid CitedId { get; private set; }

    public OfficialDocument? Cited { get; private set; }

    public OfficialDocument? Citing { get; private set; }
}
