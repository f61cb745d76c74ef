namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// What a person calls a kind of record ("Nhiệm vụ", not PlanTask) and, when it has a page, where it is
/// (<c>{id}</c> stands for its key). Each module names the records it brings; the audit log shows these.
/// </summary>
public sealed record RecordName(Type Type, string Name, string? Link = null)
{
    /// <summary>The record's page for the key the audit log stored, or null when it has none (or a key that is not one id).</summary>
    public string? LinkFor(string key) => Link is null || !Guid.TryParse(key, out _) ? null : Link.Replace("{id}", key, StringComparison.Ordinal);
}

public static class RecordNamesSetup
{
    public static IServiceCollection AddRecordName<T>(this IServiceCollection services, string name, string? link = null) =>
        services.AddSingleton(new RecordName(typeof(T), name, link));
}

/// <summary>The names every module registered, by the type name the audit log stores.</summary>
public sealed class RecordNames(IEnumerable<RecordName> names)
{
    private readonly Dictionary<string, RecordName> byType = names.GroupBy(n => n.Type.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public RecordName? Of(string typeName) => byType.GetValueOrDefault(typeName);

    public string NameOf(string typeName) => Of(typeName)?.Name ?? typeName;

    public IEnumerable<RecordName> All => byType.Values;
}
