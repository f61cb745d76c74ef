using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// The registry of personal data DanVan holds: a property is declared sensitive where its module configures the
/// entity (<c>.IsSensitive("why")</c>), and the model is the one list (shown to administrators on the audit page).
/// Every time such a record is shown to someone other than the person it is about, the read is audited.
/// </summary>
public static class SensitiveFields
{
    private const string Annotation = "DanVan:Sensitive";

    public static PropertyBuilder<T> IsSensitive<T>(this PropertyBuilder<T> property, string reason) => property.HasAnnotation(Annotation, reason);

    public static string? SensitiveReason(this IReadOnlyProperty property) => property.FindAnnotation(Annotation)?.Value as string;

    /// <summary>Every sensitive field of the model: entity, property, why.</summary>
    public static IReadOnlyList<(string Entity, string Property, string Reason)> Of(IModel model) =>
        model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Where(p => p.SensitiveReason() is not null).Select(p => (e.ClrType.Name, p.Name, p.SensitiveReason()!)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal).ThenBy(f => f.Item2, StringComparer.Ordinal)
            .ToList();
}
