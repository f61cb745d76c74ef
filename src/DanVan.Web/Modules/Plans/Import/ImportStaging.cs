using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>
/// Holds an uploaded plan file between upload and confirmation, outside the database, so that nothing is
/// recorded before the officer confirms (docs/adr/0008). Files belong to the user who uploaded them and are
/// removed on confirmation, on cancel, or after a day.
/// </summary>
public sealed partial class ImportStaging(IConfiguration configuration, IWebHostEnvironment environment, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private string Folder => configuration["Imports:StagingPath"] is { Length: > 0 } configured
        ? configured
        : Path.Combine(environment.ContentRootPath, "App_Data", "imports");

    public async Task<string> SaveAsync(StagedUpload upload, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        RemoveExpired();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(PathOf(id, ".bin"), content, cancellationToken);
        await File.WriteAllTextAsync(PathOf(id, ".json"), JsonSerializer.Serialize(upload with { StagedAt = clock.GetUtcNow().UtcDateTime }), cancellationToken);
        return id;
    }

    /// <summary>The upload, if it exists, has not expired and belongs to <paramref name="userId"/>.</summary>
    public async Task<(StagedUpload Upload, byte[] Content)?> LoadAsync(string? id, string? userId, CancellationToken cancellationToken)
    {
        if (id is null || userId is null || !IdPattern().IsMatch(id) || !File.Exists(PathOf(id, ".json")) || !File.Exists(PathOf(id, ".bin")))
        {
            return null;
        }

        var upload = JsonSerializer.Deserialize<StagedUpload>(await File.ReadAllTextAsync(PathOf(id, ".json"), cancellationToken));
        if (upload is null || upload.UserId != userId || clock.GetUtcNow().UtcDateTime - upload.StagedAt > Lifetime)
        {
            return null;
        }

        return (upload, await File.ReadAllBytesAsync(PathOf(id, ".bin"), cancellationToken));
    }

    public void Remove(string id)
    {
        if (IdPattern().IsMatch(id))
        {
            File.Delete(PathOf(id, ".bin"));
            File.Delete(PathOf(id, ".json"));
        }
    }

    private void RemoveExpired()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var file in Directory.EnumerateFiles(Folder).Where(f => File.GetLastWriteTimeUtc(f) < cutoff))
        {
            File.Delete(file);
        }
    }

    private string PathOf(string id, string extension) => Path.Combine(Folder, id + extension);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}

public sealed record StagedUpload(string UserId, string FileName, Guid OrganizationId, Guid? ParentPlanId, DateTime StagedAt = default);
