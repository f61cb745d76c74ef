using System.Reflection;
using System.Reflection.Emit;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Migrations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Architecture;

/// <summary>
/// The seams of ADR 0007, read from the compiled assembly (signatures, constructor dependencies and the IL of every
/// method body, Razor views included), for every namespace:
/// <list type="bullet">
/// <item>Infrastructure knows no module at all.</item>
/// <item>The CLI, the shared layout and every module reach a module only through its <c>Contracts</c> namespace, or
/// by reading the shared data model (entity types and their enums).</item>
/// <item>Nobody but the owning module changes its entities: no call to another module's entity mutators (methods
/// that return nothing, property setters, factories), no Add/Update/Remove of them through a DbSet, no bulk update
/// or delete of them.</item>
/// </list>
/// The composition root (<c>DanVan.Web</c>: DanVanHost, Program) and the generated migrations may name anything.
/// A canary compiled into this test project proves the walker finds what it forbids.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const string Prefix = "DanVan.Web.Modules.";

    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static ModuleBoundaryTests()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (value < 0x100)
            {
                OneByte[value] = code;
            }
            else if ((value & 0xFF00) == 0xFE00)
            {
                TwoByte[value & 0xFF] = code;
            }
        }
    }

    [Fact]
    public void Every_namespace_keeps_to_the_seams()
    {
        var violations = Violations(typeof(AppDbContext).Assembly.GetTypes());
        Assert.True(violations.Count == 0, "Seams crossed:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void The_walker_catches_its_canaries()
    {
        var violations = Violations(typeof(DanVan.Web.Modules.Reporting.Canary.ReportingCanary).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("DanVan.Web.", StringComparison.Ordinal) == true));
        Assert.Contains(violations, v => v.StartsWith("Reporting changes Organizations' entity: DanVan.Web.Modules.Reporting.Canary.ReportingCanary calls Organization.Archive", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Reporting changes Organizations' entity: DanVan.Web.Modules.Reporting.Canary.ReportingCanary adds through DbSet<Organization>.Add", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Reporting → Plans: DanVan.Web.Modules.Reporting.Canary.ReportingCanary uses DanVan.Web.Modules.Plans.Import.PlanImporter", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Infrastructure → Plans: DanVan.Web.Infrastructure.Canary.InfrastructureCanary uses DanVan.Web.Modules.Plans.Contracts.PlanPermissions", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Cli → Organizations: DanVan.Web.Cli.Canary.CliCanary uses DanVan.Web.Modules.Organizations.OrganizationTree", StringComparison.Ordinal));
        Assert.Equal(5, violations.Count);
    }

    private static SortedSet<string> Violations(IEnumerable<Type> types)
    {
        var shared = SharedDataModel();
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var owner = OwnerOf(type);
            if (owner is null)
            {
                continue;
            }

            var (used, calls) = References(type);
            foreach (var target in used)
            {
                var module = ModuleOf(target);
                if (module is null || module == owner)
                {
                    continue;
                }

                var allowed = owner != "Infrastructure"
                    && (shared.Contains(target) || target.Namespace?.StartsWith(Prefix + module + ".Contracts", StringComparison.Ordinal) == true);
                if (!allowed)
                {
                    violations.Add($"{owner} → {module}: {Outer(type).FullName} uses {target.FullName}");
                }
            }

            foreach (var call in calls)
            {
                if (Mutation(call, shared) is { } mutated && ModuleOf(mutated.Entity) is { } module && module != owner)
                {
                    violations.Add($"{owner} changes {module}' entity: {Outer(type).FullName} {mutated.What}");
                }
            }
        }

        return violations;
    }

    /// <summary>Whether a call changes an entity of the shared model, and which.</summary>
    private static (Type Entity, string What)? Mutation(MethodBase call, HashSet<Type> shared)
    {
        var declaring = call.DeclaringType;
        if (declaring is null)
        {
            return null;
        }

        if (shared.Contains(declaring) && !declaring.IsEnum)
        {
            var isSetter = call.IsSpecialName && call.Name.StartsWith("set_", StringComparison.Ordinal);
            var isGetter = call.IsSpecialName && call.Name.StartsWith("get_", StringComparison.Ordinal);
            var returnsNothing = call is MethodInfo info && (info.ReturnType == typeof(void) || info.ReturnType == typeof(Task));
            var isFactory = call is MethodInfo factory && call.IsStatic && factory.ReturnType == declaring;
            var isConstructor = call is ConstructorInfo;
            if (!isGetter && call.DeclaringType != typeof(object) && (isSetter || returnsNothing || isFactory || isConstructor))
            {
                return (declaring, $"calls {declaring.Name}.{call.Name}");
            }
        }

        if (declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(DbSet<>) && shared.Contains(declaring.GetGenericArguments()[0])
            && call.Name is "Add" or "AddAsync" or "AddRange" or "AddRangeAsync" or "Update" or "UpdateRange" or "Remove" or "RemoveRange" or "Attach" or "AttachRange")
        {
            var entity = declaring.GetGenericArguments()[0];
            return (entity, $"adds through DbSet<{entity.Name}>.{call.Name}".Replace("adds through", call.Name.StartsWith("Add", StringComparison.Ordinal) ? "adds through" : "changes through", StringComparison.Ordinal));
        }

        if (call is MethodInfo { IsGenericMethod: true } bulk && bulk.DeclaringType?.Name is "EntityFrameworkQueryableExtensions" or "RelationalQueryableExtensions"
            && bulk.Name.StartsWith("Execute", StringComparison.Ordinal) && shared.Contains(bulk.GetGenericArguments()[0]))
        {
            var entity = bulk.GetGenericArguments()[0];
            return (entity, $"bulk-changes {entity.Name} ({bulk.Name})");
        }

        return null;
    }

    /// <summary>Entity types of the model and the enums their properties carry.</summary>
    private static HashSet<Type> SharedDataModel()
    {
        using var db = DesignTimeContexts.Create(DatabaseProvider.Sqlite, "Data Source=:memory:");
        var types = new HashSet<Type>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            types.Add(entity.ClrType);
            foreach (var property in entity.GetProperties())
            {
                var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (clr.IsEnum)
                {
                    types.Add(clr);
                }
            }
        }

        return types;
    }

    /// <summary>
    /// Who a type's code belongs to, for the rules: a module (by namespace or, for a compiled Razor view, by its
    /// generated name; the shared layout and view imports are "Shared"), "Infrastructure", "Cli", or null for the
    /// composition root and the generated migrations, which may name anything.
    /// </summary>
    private static string? OwnerOf(Type type)
    {
        type = Outer(type);
        if (ModuleOf(type) is { } module)
        {
            return module;
        }

        var ns = type.Namespace ?? "";
        return ns.StartsWith("DanVan.Web.Infrastructure", StringComparison.Ordinal) ? "Infrastructure"
            : ns.StartsWith("DanVan.Web.Cli", StringComparison.Ordinal) ? "Cli"
            : null;
    }

    /// <summary>The module a type belongs to: by namespace, or for compiled Razor views by their generated name.</summary>
    private static string? ModuleOf(Type type)
    {
        type = Outer(type);
        if (type.Namespace?.StartsWith(Prefix, StringComparison.Ordinal) == true)
        {
            return type.Namespace[Prefix.Length..].Split('.')[0];
        }

        if (type.Namespace == "AspNetCoreGeneratedDocument" && type.Name.StartsWith("Modules_", StringComparison.Ordinal))
        {
            var name = type.Name.Split('_')[1];
            return name.Length == 0 ? "Shared" : name;
        }

        return null;
    }

    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } declaring)
        {
            type = declaring;
        }

        return type;
    }

    private static (HashSet<Type> Used, HashSet<MethodBase> Calls) References(Type type)
    {
        var calls = new HashSet<MethodBase>();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null)
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }

            if (t.IsGenericType)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }

            if (!t.IsGenericParameter)
            {
                found.Add(t.IsGenericType ? t.GetGenericTypeDefinition() : t);
            }
        }

        Add(type.BaseType);
        foreach (var field in type.GetFields(all))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(all))
        {
            Add(property.PropertyType);
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }

            foreach (var member in BodyReferences(method))
            {
                Add(member as Type ?? member.DeclaringType);
                if (member is MethodBase called)
                {
                    calls.Add(called);
                    if (called is MethodInfo { IsGenericMethod: true } generic)
                    {
                        foreach (var argument in generic.GetGenericArguments())
                        {
                            Add(argument);
                        }
                    }
                }

                if (member is MethodInfo returning)
                {
                    Add(returning.ReturnType);
                }
            }
        }

        return (found, calls);
    }

    /// <summary>The types, methods and fields a method body names, read from its IL.</summary>
    private static IEnumerable<MemberInfo> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var code = il[position] == 0xFE ? TwoByte[il[position + 1]] : OneByte[il[position]];
            position += code.Size;
            var operand = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                MemberInfo? member = null;
                try
                {
                    member = method.Module.ResolveMember(BitConverter.ToInt32(il, position), typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                }

                if (member is not null)
                {
                    yield return member;
                }
            }

            position += operand;
        }
    }
}
