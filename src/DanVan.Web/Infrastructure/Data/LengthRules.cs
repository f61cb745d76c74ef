using DanVan.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// One length rule per field on both engines: the model's maximum length is checked before anything is written
/// (PostgreSQL refused an over-long value with an error, SQLite stored it whole). The user reads which limit.
/// </summary>
public sealed class LengthRules : SaveChangesInterceptor
{
    public static readonly LengthRules Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && property.Metadata.GetMaxLength() is { } max && text.Length > max)
                {
                    throw new BusinessRuleException($"Nội dung nhập vào quá dài: tối đa {max:N0} ký tự, đã nhập {text.Length:N0} ({entry.Metadata.ClrType.Name}.{property.Metadata.Name}).".Replace(",", ".", StringComparison.Ordinal));
                }
            }
        }
    }
}
