using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Audit;

/// <summary>What <c>audit verify</c> found: entries checked, entries written before the chain, and the first break.</summary>
internal sealed record AuditVerificationResult(long Checked, long Unchained, long? BrokenAt, string? Problem)
{
    public bool Intact => BrokenAt is null;
}

/// <summary>Walks the audit log in order and recomputes the chain: a changed entry, or one removed before it, breaks it.</summary>
internal sealed class AuditVerification(AppDbContext db)
{
    private const int Batch = 5000;

    public async Task<AuditVerificationResult> VerifyAsync(CancellationToken cancellationToken)
    {
        long checkedCount = 0, unchained = 0, after = 0;
        string? previous = null;
        while (true)
        {
            var page = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(Batch).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return new AuditVerificationResult(checkedCount, unchained, null, null);
            }

            foreach (var entry in page)
            {
                after = entry.Id;
                if (entry.Hash is null)
                {
                    if (previous is not null)
                    {
                        return new AuditVerificationResult(checkedCount, unchained, entry.Id, "an entry after the chain began carries no hash");
                    }

                    unchained++;
                    continue;
                }

                if (AuditEntry.HashOf(previous, entry) != entry.Hash)
                {
                    return new AuditVerificationResult(checkedCount, unchained, entry.Id, "the entry was changed, or an entry before it was removed");
                }

                previous = entry.Hash;
                checkedCount++;
            }
        }
    }
}
