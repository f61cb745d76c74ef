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

public sealed record DocumentHeading(OfficialFormat Format, string? SuperiorBody, string IssuingBody);
