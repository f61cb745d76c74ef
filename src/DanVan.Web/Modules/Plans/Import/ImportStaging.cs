using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>
/// Holds an uploaded plan file between upload and confirmation, apart from the registry, so that nothing is
/// recorded as a plan before the officer confirms. In the database (docs/adr/0010), so that the upload may be
/// confirmed on any server. Uploads belong to the user who made them and are removed on confirmation, on
/// cancel, or after a day.
/// </summary>
public sealed partial class ImportStaging(AppDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public async Task<string> SaveAsync(StagedUpload upload, byte[] content, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - Lifetime;
        await db.Set<StagedImport>().Where(s => s.StagedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.Add(new StagedImport(id, upload with { StagedAt = now }, content));
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    /// <summary>The upload, if it exists, has not expired and belongs to <paramref name="userId"/>.</summary>
    public async Task<(StagedUpload Upload, byte[] Content)?> LoadAsync(string? id, string? userId, CancellationToken cancellationToken)
    {
        if (id is null || userId is null || !IdPattern().IsMatch(id))
        {
            return null;
        }

        var cutoff = clock.GetUtcNow().UtcDateTime - Lifetime;
        var staged = await db.Set<StagedImport>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId && s.StagedAt >= cutoff, cancellationToken);
        return staged is null ? null : (staged.Upload, staged.Content);
    }

    /// <summary>
    /// Takes the staged file for saving, inside the caller's transaction: true for the one request that removed it, false
    /// for any other (a second click, a second tab), which waits for the first and then finds it gone.
    /// </summary>
    public async Task<bool> ClaimAsync(string id, CancellationToken cancellationToken) =>
        IdPattern().IsMatch(id) && await db.Set<StagedImport>().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) == 1;

    public async Task RemoveAsync(string id, CancellationToken cancellationToken)
    {
        if (IdPattern().IsMatch(id))
        {
            await db.Set<StagedImport>().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}

public sealed record StagedUpload(string UserId, string FileName, Guid OrganizationId, Guid? ParentPlanId, DateTime StagedAt = default);
