using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// Secrets (password hashes, token hashes, authenticator keys) are declared on the model where the entity is
/// configured; the audit log writes "***" in their place.
/// </summary>
public static class SecretProperty
{
    private const string Annotation = "DanVan:Secret";

    public static PropertyBuilder<T> IsSecret<T>(this PropertyBuilder<T> property) => property.HasAnnotation(Annotation, true);

    public static bool IsSecret(this IReadOnlyProperty property) => property.FindAnnotation(Annotation)?.Value is true;
}
