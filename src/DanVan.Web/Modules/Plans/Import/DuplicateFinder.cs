using System.Security.Cryptography;
using DanVan.Documents.Plans;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>A document already in DanVan that the one being imported seems to be, and why.</summary>
public sealed record DuplicateMatch(Guid? PlanId, Guid DocumentId, string Label, string? Organization, DateTime EnteredAt, string Why);

/// <summary>
/// Finds, before the officer reviews an import, the documents of DanVan it seems to be: the same file uploaded
/// before; the same number from the same issuer; or, without a number, the same title from the same issuer with
/// nearly the same text. Only what the user may read is named.
/// </summary>
internal static class DuplicateFinder
{
    /// <summary>Share of words two texts have in common above which they are "nearly the same".</summary>
    public const double SameText = 0.9;

    public static async Task<IReadOnlyList<DuplicateMatch>> FindAsync(AppDbContext db, OrgScope scope, Guid issuerId, PlanDraft draft, byte[] content, string text, CancellationToken cancellationToken)
    {
        var matches = new List<DuplicateMatch>();
        var plans = db.Plans.VisibleTo(db, scope);
        var documents = db.Documents.VisibleTo(db, scope);
        var allPlans = db.Plans;
        var files = db.SourceFiles;

        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var sameFile = await db.SourceFiles.AsNoTracking().Where(f => f.Sha256 == sha
                && ((f.PlanId != null && plans.Any(p => p.Id == f.PlanId)) || (f.DocumentId != null && documents.Any(d => d.Id == f.DocumentId))))
            .Select(f => new { f.PlanId, DocumentId = f.PlanId != null ? allPlans.Where(p => p.Id == f.PlanId).Select(p => p.DocumentId).First() : f.DocumentId!.Value })
            .ToListAsync(cancellationToken);
        foreach (var file in sameFile)
        {
            matches.Add(await DescribeAsync(db, file.PlanId, file.DocumentId, "cùng tệp đã được tải lên trước đây", cancellationToken));
        }

        var number = string.IsNullOrWhiteSpace(draft.Number) ? null : DocumentNumbers.Normalize(draft.Number);
        var issuer = VietnameseText.Fold(draft.Issuer);
        if (number is not null)
        {
            var sameNumber = await documents.AsNoTracking().Where(d => d.Number == number && !d.IsStub)
                .Select(d => new { d.Id, d.Issuer, d.OrganizationId, PlanId = allPlans.Where(p => p.DocumentId == d.Id).Select(p => (Guid?)p.Id).FirstOrDefault() })
                .ToListAsync(cancellationToken);
            foreach (var found in sameNumber.Where(d => d.OrganizationId == issuerId || (issuer.Length > 0 && VietnameseText.Fold(d.Issuer) == issuer)))
            {
                matches.Add(await DescribeAsync(db, found.PlanId, found.Id, $"cùng số {number} và cơ quan ban hành", cancellationToken));
            }
        }
        else if (!string.IsNullOrWhiteSpace(draft.Title))
        {
            // Without a number: the issuer's plans of the same title, compared by their text.
            var title = VietnameseText.Fold(draft.Title);
            // Titles first (small), the stored text only of the plans whose title is the same.
            var titles = await plans.AsNoTracking().Where(p => p.OrganizationId == issuerId)
                .Select(p => new { p.Id, p.DocumentId, p.Document!.Title })
                .ToListAsync(cancellationToken);
            var sameTitle = titles.Where(c => VietnameseText.Fold(c.Title) == title).Select(c => c.Id).ToList();
            var texts = sameTitle.Count == 0 ? [] : await files.AsNoTracking().Where(f => f.PlanId != null && sameTitle.Contains(f.PlanId.Value))
                .ToDictionaryAsync(f => f.PlanId!.Value, f => f.Text, cancellationToken);
            var candidates = titles.Where(c => sameTitle.Contains(c.Id)).Select(c => new { c.Id, c.DocumentId, Text = texts.GetValueOrDefault(c.Id) });
            var words = Words(text);
            foreach (var candidate in candidates)
            {
                var share = candidate.Text is null ? 0 : Similarity(words, Words(candidate.Text));
                if (share >= SameText)
                {
                    matches.Add(await DescribeAsync(db, candidate.Id, candidate.DocumentId, $"cùng trích yếu, cơ quan ban hành và gần như cùng nội dung ({share:P0} từ ngữ trùng nhau)", cancellationToken));
                }
            }
        }

        return matches.GroupBy(m => m.DocumentId).Select(g => g.First()).ToList();
    }

    /// <summary>How many of the words of either text the other has too (Jaccard), diacritics and case ignored.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count + b.Count == 0 ? 1 : (double)a.Count(b.Contains) / a.Union(b).Count();

    private static HashSet<string> Words(string text) =>
        VietnameseText.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '(', ')', '"', '“', '”')).Where(w => w.Length > 1).ToHashSet(StringComparer.Ordinal);

    private static async Task<DuplicateMatch> DescribeAsync(AppDbContext db, Guid? planId, Guid documentId, string why, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations;
        var document = await db.Documents.AsNoTracking().Where(d => d.Id == documentId)
            .Select(d => new { d.Kind, d.Number, d.CreatedAt, Organization = organizations.Where(o => o.Id == d.OrganizationId).Select(o => o.Name).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        return new DuplicateMatch(planId, documentId, OfficialDocument.LabelOf(document.Kind, document.Number), document.Organization, document.CreatedAt, why);
    }
}
