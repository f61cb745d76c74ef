using DanVan.Web.Infrastructure.Errors;

namespace DanVan.Web.Modules.Reporting.Documents;

/// <summary>
/// The official document of a report: its number from the issuer's counter (per document type per term), and
/// what the officer set for the printed page (place, date, summary, signature block, recipients).
/// </summary>
public sealed class IssuedDocument
{
    public const string ReportKind = "BC";

    private IssuedDocument()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ReportId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Kind { get; private set; } = ReportKind;

    /// <summary>The Party committee's term the number belongs to, e.g. "2025-2030".</summary>
    public string Term { get; private set; } = "";

    public int Sequence { get; private set; }

    /// <summary>As printed after "Số": "15-BC/ĐU" (Party) or "15/BC-UBND" (State).</summary>
    public string Symbol { get; private set; } = "";

    public bool IsParty { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string Place { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string? SignatureAuthority { get; private set; }

    public string? SignerPosition { get; private set; }

    public string? SignerName { get; private set; }

    /// <summary>One recipient per line.</summary>
    public string Recipients { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<string> RecipientLines => Recipients.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IssuedDocument Issue(Guid reportId, Guid organizationId, string term, int sequence, string issuerAbbreviation, bool isParty, DocumentDetails details, DateTime utcNow)
    {
        var document = new IssuedDocument
        {
            ReportId = reportId,
            OrganizationId = organizationId,
            Term = term,
            Sequence = sequence,
            IsParty = isParty,
            Symbol = isParty ? $"{sequence:00}-{ReportKind}/{issuerAbbreviation}" : $"{sequence:00}/{ReportKind}-{issuerAbbreviation}",
            CreatedAt = utcNow,
        };
        document.Change(details);
        return document;
    }

    /// <summary>Changes what is printed; the number stays.</summary>
    public void Change(DocumentDetails details)
    {
        static string Required(string? text, string label, int max)
        {
            text = (text ?? "").Trim();
            return text.Length is > 0 && text.Length <= max ? text : throw new BusinessRuleException($"{label}: không được để trống và không quá {max} ký tự.");
        }

        static string? Optional(string? text, string label, int max)
        {
            text = text?.Trim();
            return string.IsNullOrEmpty(text) ? null : text.Length <= max ? text : throw new BusinessRuleException($"{label}: không quá {max} ký tự.");
        }

        Place = Required(details.Place, "Địa danh", 100);
        Summary = Required(details.Summary, "Trích yếu", 500);
        SignatureAuthority = Optional(details.SignatureAuthority, "Thẩm quyền ký", 100);
        SignerPosition = Optional(details.SignerPosition, "Chức vụ người ký", 100);
        SignerName = Optional(details.SignerName, "Họ tên người ký", 100);
        var recipients = (details.Recipients ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (recipients.Length == 0 || recipients.Length > 30 || recipients.Any(r => r.Length > 200))
        {
            throw new BusinessRuleException("Nơi nhận: ghi từ 1 đến 30 nơi, mỗi nơi một dòng, không quá 200 ký tự.");
        }

        Recipients = string.Join('\n', recipients);
        IssuedOn = details.IssuedOn;
    }
}

public sealed record DocumentDetails(DateOnly IssuedOn, string? Place, string? Summary, string? SignatureAuthority, string? SignerPosition, string? SignerName, string? Recipients);

/// <summary>The last number an issuer gave to a document type in a term; the next document takes the one after.</summary>
public sealed class DocumentCounter
{
    private DocumentCounter()
    {
    }

    public Guid OrganizationId { get; private set; }

    public string Kind { get; private set; } = "";

    public string Term { get; private set; } = "";

    public int Last { get; private set; }

    public static DocumentCounter Start(Guid organizationId, string kind, string term) => new() { OrganizationId = organizationId, Kind = kind, Term = term };

    public int Next() => ++Last;
}
