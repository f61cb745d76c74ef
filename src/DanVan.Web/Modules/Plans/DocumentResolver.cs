using DanVan.Documents.Plans;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Web.Modules.Plans;

/// <summary>
/// Finds the registry entry for a number, or creates it: a plan (imported or made by cascade) takes over the
/// stub of its own number, and a cited document not yet known becomes a stub to complete later. Entries
/// found or created in this unit of work are reused, so a document cited twice is looked up and recorded once.
/// </summary>
internal sealed class DocumentResolver(AppDbContext db, DateTime now, bool isDemo)
{
    private readonly Dictionary<string, OfficialDocument> known = new(StringComparer.Ordinal);

    public Task<OfficialDocument> ForPlanAsync(string kind, string? number, string? issuer, DateOnly? issuedOn, string title, Guid organizationId, CancellationToken cancellationToken) =>
        OwnAsync(kind, number, issuer, issuedOn, organizationId, title, async existing =>
        {
            if (await db.Plans.AnyAsync(p => p.DocumentId == existing.Id, cancellationToken))
            {
                throw new BusinessRuleException($"{existing.Label} đã được nhập vào DanVan. Hãy kiểm tra lại số, ký hiệu.");
            }

            existing.BecomePlanOf(organizationId, kind, issuer, issuedOn, title);
        }, cancellationToken);

    /// <summary>A document without tasks, for the registry only: new, or completing the stub of its number.</summary>
    public Task<OfficialDocument> ForRegistryAsync(string kind, string? number, string? issuer, DateOnly? issuedOn, string title, Guid organizationId, CancellationToken cancellationToken) =>
        OwnAsync(kind, number, issuer, issuedOn, organizationId, title, existing =>
        {
            existing.RegisterAs(organizationId, kind, issuer, issuedOn, title);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The unit's own document: new, or the one of its number taken over by the rule given.</summary>
    private async Task<OfficialDocument> OwnAsync(string kind, string? number, string? issuer, DateOnly? issuedOn, Guid organizationId, string title, Func<OfficialDocument, Task> takeOver, CancellationToken cancellationToken)
    {
        number = string.IsNullOrWhiteSpace(number) ? null : DocumentNumbers.Normalize(number);
        var existing = number is null ? null : await FindAsync(number, issuer, cancellationToken);
        if (existing is null)
        {
            var document = OfficialDocument.Create(kind, number, issuer, issuedOn, title, organizationId, now, isDemo);
            db.Documents.Add(document);
            Remember(document);
            return document;
        }

        await takeOver(existing);
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
        if (known.TryGetValue(number, out var document))
        {
            return document;
        }

        var candidates = await db.Documents.Where(d => d.Number == number).ToListAsync(cancellationToken);
        var folded = VietnameseText.Fold(issuer);
        var found = candidates.FirstOrDefault(d => d.Issuer is null || issuer is null || VietnameseText.Fold(d.Issuer) == folded)
            ?? (candidates.Count == 1 && IsPartyNumber(number) ? candidates[0] : null);
        if (found is not null)
        {
            Remember(found);
        }

        return found;
    }

    private void Remember(OfficialDocument document)
    {
        if (document.Number is { } number)
        {
            known[number] = document;
        }
    }

    /// <summary>Party numbers ("103-KH/TU") name their issuing body in the symbol; State ones ("594/KH-UBND") do not.</summary>
    private static bool IsPartyNumber(string number) => number.Contains('-', StringComparison.Ordinal) && number.IndexOf('-', StringComparison.Ordinal) < number.IndexOf('/', StringComparison.Ordinal);
}
