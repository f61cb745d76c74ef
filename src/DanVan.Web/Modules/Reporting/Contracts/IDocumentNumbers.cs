using DanVan.Documents.Official;

namespace DanVan.Web.Modules.Reporting.Contracts;

/// <summary>
/// The official document machinery for other modules (an inspection's conclusion, a decision): the issuer's number
/// counters per document type and term, and how its documents are headed (Party or State layout).
/// </summary>
public interface IDocumentNumbers
{
    /// <summary>
    /// Takes the next number of the issuer's counter for a document type ("TB", "QĐ"…) in the term of
    /// <paramref name="issuedOn"/>. Adds the counter's change to the context: the caller saves it with the document,
    /// and retries from a fresh context on a <c>DbUpdateConcurrencyException</c> (someone took the number meanwhile).
    /// </summary>
    Task<DocumentNumber> TakeAsync(Guid organizationId, string kind, DateOnly issuedOn, CancellationToken cancellationToken);

    /// <summary>The blocks above a document of the issuer: its layout, the superior body (printed in the Party layout), the issuing body.</summary>
    Task<DocumentHeading> HeadingAsync(Guid organizationId, CancellationToken cancellationToken);
}

/// <param name="Symbol">As printed after "Số": "05-TB/ĐU" (Party) or "05/TB-UBND" (State).</param>
public sealed record DocumentNumber(int Sequence, string Term, string Symbol);

/// <param name="SignatureAuthority">"T/M Ủy ban nhân dân", as the issuer's kind signs for its collective (none for a board).</param>
/// <param name="SignerPosition">"Chủ tịch", "Bí thư", "Trưởng ban".</param>
public sealed record DocumentHeading(OfficialFormat Format, string? SuperiorBody, string IssuingBody, string? SignatureAuthority = null, string SignerPosition = "Thủ trưởng đơn vị")
{
    /// <summary>Who signs a document of a unit of this kind (code of its organization kind), and for whom.</summary>
    public static (string? Authority, string Position) SignatureOf(string? kind) => kind switch
    {
        "dang-uy" => ("T/M Đảng ủy", "Bí thư"),
        "chi-bo" => ("T/M Chi bộ", "Bí thư"),
        "ban-tham-muu" => (null, "Trưởng ban"),
        "ubnd" => ("T/M Ủy ban nhân dân", "Chủ tịch"),
        "hdnd" => ("T/M Thường trực Hội đồng nhân dân", "Chủ tịch"),
        _ => ("T/M Ban Thường vụ", "Chủ tịch"),
    };
}
