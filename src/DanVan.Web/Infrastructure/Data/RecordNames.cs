namespace DanVan.Web.Infrastructure.Data;

/// <summary>Reads what a person calls each of some records ("Kế hoạch số 45-KH/ĐU", "Chi bộ thôn Bản Bó"), by key.</summary>
public delegate Task<Dictionary<string, string>> RecordLabels(AppDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken);

/// <summary>
/// What a person calls a kind of record ("Nhiệm vụ", not PlanTask) and, when it has a page, where it is
/// (<c>{id}</c> stands for its key); for the main records also how to name each one (<paramref name="Labels"/>).
/// Each module names the records it brings; the audit log shows these.
/// </summary>
public sealed record RecordName(Type Type, string Name, string? Link = null, RecordLabels? Labels = null)
{
    /// <summary>The record's page for the key the audit log stored, or null when it has none (or a key that is not one id).</summary>
    public string? LinkFor(string key) => Link is null || !Guid.TryParse(key, out _) ? null : Link.Replace("{id}", key, StringComparison.Ordinal);
}

public static class RecordNamesSetup
{
    public static IServiceCollection AddRecordName<T>(this IServiceCollection services, string name, string? link = null, RecordLabels? labels = null) =>
        services.AddSingleton(new RecordName(typeof(T), name, link, labels));

    /// <summary>The keys that are ids, for a label lookup (a composite or odd key names nothing).</summary>
    public static List<Guid> Ids(IReadOnlyList<string> keys) => keys.Select(k => Guid.TryParse(k, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
}

/// <summary>The names every module registered, by the type name the audit log stores.</summary>
public sealed class RecordNames(IEnumerable<RecordName> names)
{
    private readonly Dictionary<string, RecordName> byType = names.GroupBy(n => n.Type.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public RecordName? Of(string typeName) => byType.GetValueOrDefault(typeName);

    public string NameOf(string typeName) => Of(typeName)?.Name ?? typeName;

    public IEnumerable<RecordName> All => byType.Values;
}
