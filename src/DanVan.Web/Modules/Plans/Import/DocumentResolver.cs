using DanVan.Documents.Plans;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>
/// Finds the registry entry for a number, or creates it: a plan takes over the stub of its own number, and a
/// cited document not yet known becomes a stub to complete later. Entries created in this unit of work are
/// reused, so a document cited twice is recorded once.
/// </summary>
internal sealed class DocumentResolver(AppDbContext db, DateTime now, bool isDemo)
{
    private readonly Dictionary<string, OfficialDocument> created = new(StringComparer.Ordinal);

    public async Task<OfficialDocument> ForPlanAsync(PlanDraft draft, DateOnly? issuedOn, Guid organizationId, CancellationToken cancellationToken)
    {
        var number = string.IsNullOrWhiteSpace(draft.Number) ? null : DocumentNumbers.Normalize(draft.Number);
        var existing = number is null ? null : await FindAsync(number, draft.Issuer, cancellationToken);
        if (existing is null)
        {
            var document = OfficialDocument.Create(draft.Kind, number, draft.Issuer, issuedOn, draft.Title ?? "", organizationId, now, isDemo);
            db.Documents.Add(document);
            Remember(document);
            return document;
        }

        if (await db.Plans.AnyAsync(p => p.DocumentId == existing.Id, cancellationToken))
        {
            throw new BusinessRuleException($"{existing.Label} đã được nhập vào DanVan. Hãy kiểm tra lại số, ký hiệu.");
        }

        existing.BecomePlanOf(organizationId, draft.Kind, draft.Issuer, issuedOn, draft.Title ?? "");
        Remember(existing);
        return existing;
    }

    public async Task<OfficialDocument> CitedAsync(Citation citation, CancellationToken cancellationToken)
    {
        var number = DocumentNumbers.Normalize(citation.Number);
        var existing = await FindAsync(number, citation.Issuer, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var stub = OfficialDocument.CreateStub(citation.Kind, number, citation.Date, citation.Issuer, now, isDemo);
        db.Documents.Add(stub);
        Remember(stub);
        return stub;
    }

    /// <summary>By number; when both sides name an issuer they must agree (State numbers repeat across issuers).</summary>
    private async Task<OfficialDocument?> FindAsync(string number, string? issuer, CancellationToken cancellationToken)
    {
        if (created.TryGetValue(number, out var known))
        {
            return known;
        }

        var candidates = await db.Documents.Where(d => d.Number == number).ToListAsync(cancellationToken);
        var folded = VietnameseText.Fold(issuer);
        return candidates.FirstOrDefault(d => d.Issuer is null || issuer is null || VietnameseText.Fold(d.Issuer) == folded)
            ?? (candidates.Count == 1 && IsPartyNumber(number) ? candidates[0] : null);
    }

    private void Remember(OfficialDocument document)
    {
        if (document.Number is { } number)
        {
            created[number] = document;
        }
    }

    /// <summary>Party numbers ("103-KH/TU") name their issuing body in the symbol; State ones ("594/KH-UBND") do not.</summary>
    private static bool IsPartyNumber(string number) => number.Contains('-', StringComparison.Ordinal) && number.IndexOf('-', StringComparison.Ordinal) < number.IndexOf('/', StringComparison.Ordinal);
}
