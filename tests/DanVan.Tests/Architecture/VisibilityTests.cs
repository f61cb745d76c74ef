using System.Reflection;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Migrations;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Tests.Architecture;

/// <summary>
/// What a module does not offer in <c>Contracts/</c> is internal. Public are only: its contracts, the entities of the
/// shared model with their enums, its registration class (<c>…Module</c>), its page models (Razor Pages wants them
/// public), and whatever those must expose (a page model's services and view types, an entity method's arguments):
/// the closure of the public surface from those roots. A public type nothing public needs is a leak.
/// </summary>
public sealed class VisibilityTests
{
    private const string Prefix = "DanVan.Web.Modules.";

    [Fact]
    public void A_module_makes_public_only_what_others_or_the_framework_need()
    {
        var assembly = typeof(AppDbContext).Assembly;
        using var db = DesignTimeContexts.Create(DatabaseProvider.Sqlite, "Data Source=:memory:");
        var roots = db.Model.GetEntityTypes().Select(e => e.ClrType)
            .Concat(assembly.GetTypes().Where(t => t.IsPublic && IsModule(t) && (
                t.Namespace!.Contains(".Contracts", StringComparison.Ordinal)
                || typeof(PageModel).IsAssignableFrom(t)
                || (t.IsAbstract && t.IsSealed && t.Name.EndsWith("Module", StringComparison.Ordinal)))));

        var needed = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            if (!needed.Add(type))
            {
                continue;
            }

            foreach (var used in Surface(type).Where(t => t.Assembly == assembly && t.IsPublic && IsModule(t) && !needed.Contains(t)))
            {
                queue.Enqueue(used);
            }
        }

        var leaks = assembly.GetTypes().Where(t => t.IsPublic && IsModule(t) && !needed.Contains(t)).Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();
        Assert.True(leaks.Count == 0, "Public but needed by nothing public (make them internal, or offer them in Contracts/):\n" + string.Join('\n', leaks));
    }

    private static bool IsModule(Type type) => type.Namespace?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The types a public type shows: base, interfaces, and the signatures of its public and protected members.</summary>
    private static IEnumerable<Type> Surface(Type type)
    {
        const BindingFlags members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var shown = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            shown.Add(baseType);
        }

        shown.AddRange(type.GetInterfaces());
        foreach (var method in type.GetMethods(members).Cast<MethodBase>().Concat(type.GetConstructors(members)).Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly))
        {
            shown.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                shown.Add(info.ReturnType);
            }
        }

        shown.AddRange(type.GetProperties(members).Where(p => p.GetMethod?.IsPublic == true || p.GetMethod?.IsFamily == true).Select(p => p.PropertyType));
        shown.AddRange(type.GetFields(members).Where(f => f.IsPublic || f.IsFamily).Select(f => f.FieldType));
        shown.AddRange(type.GetNestedTypes(BindingFlags.Public));
        return shown.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition()) : [type];
    }
}
