using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure.Data;

/// <summary>
/// A module's part of the data model: every <see cref="IEntityTypeConfiguration{TEntity}"/> in the module's
/// namespace, and optionally what depends on the engine.
/// </summary>
public sealed record ModuleModel(Assembly Assembly, string Namespace, Action<ModelBuilder, DatabaseProvider>? ForEngine = null)
{
    public bool Owns(Type type) =>
        type.Assembly == Assembly && type.Namespace is { } ns && (ns == Namespace || ns.StartsWith(Namespace + ".", StringComparison.Ordinal));

    /// <summary>
    /// Applies every module's configurations; a configuration no registered module owns is a start-up error, so
    /// a module that forgets to register its model is found at once rather than missing tables.
    /// </summary>
    internal static void ApplyAll(ModelBuilder builder, IReadOnlyList<ModuleModel> modules, DatabaseProvider provider)
    {
        foreach (var assembly in modules.Select(m => m.Assembly).Distinct())
        {
            var orphan = assembly.GetTypes()
                .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)))
                .FirstOrDefault(t => !modules.Any(m => m.Owns(t)));
            if (orphan is not null)
            {
                throw new InvalidOperationException($"{orphan.FullName} configures an entity but no module registered its model (AddEntityModel).");
            }
        }

        foreach (var module in modules)
        {
            builder.ApplyConfigurationsFromAssembly(module.Assembly, module.Owns);
            module.ForEngine?.Invoke(builder, provider);
        }
    }
}

public static class ModuleModelSetup
{
    /// <summary>Registers the entity configurations in <paramref name="module"/>'s namespace and below.</summary>
    public static IServiceCollection AddEntityModel(this IServiceCollection services, Type module, Action<ModelBuilder, DatabaseProvider>? forEngine = null) =>
        services.AddSingleton(new ModuleModel(module.Assembly, module.Namespace!, forEngine));
}
