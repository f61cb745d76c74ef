using System.Reflection;
using System.Reflection.Emit;
using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Architecture;

/// <summary>
/// ADR 0007: a module uses another module only through that module's <c>Contracts</c> namespace, or through
/// the shared data model (the entity types of <see cref="AppDbContext"/> and the enums they carry). Every
/// type of the web assembly is read: signatures, constructor dependencies and the IL of every method body,
/// so a call hidden inside a method is caught as well as a constructor-injected service.
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
    public void Modules_reach_each_other_only_through_contracts_or_the_shared_data_model()
    {
        var assembly = typeof(AppDbContext).Assembly;
        var shared = SharedDataModel();
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var owner = ModuleOf(type);
            if (owner is null || owner == "Shared")
            {
                continue;
            }

            foreach (var used in References(type))
            {
                var target = ModuleOf(used);
                if (target is null || target == owner || shared.Contains(used) || used.Namespace?.StartsWith(Prefix + target + ".Contracts", StringComparison.Ordinal) == true)
                {
                    continue;
                }

                violations.Add($"{owner} → {target}: {Outer(type).FullName} uses {used.FullName}");
            }
        }

        Assert.True(violations.Count == 0, "Cross-module references outside Contracts/:\n" + string.Join('\n', violations));
    }

    /// <summary>Entity types of the shared DbContext and the enums their properties carry.</summary>
    private static HashSet<Type> SharedDataModel()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new AppDbContext(options);
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

    /// <summary>The module a type belongs to: by namespace, or for compiled Razor views by their generated name.</summary>
    private static string? ModuleOf(Type type)
    {
        type = Outer(type);
        if (type.Namespace?.StartsWith(Prefix, StringComparison.Ordinal) == true)
        {
            return type.Namespace[Prefix.Length..].Split('.')[0];
        }

        return type.Namespace == "AspNetCoreGeneratedDocument" && type.Name.StartsWith("Modules_", StringComparison.Ordinal)
            ? type.Name.Split('_')[1]
            : null;
    }

    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } declaring)
        {
            type = declaring;
        }

        return type;
    }

    private static IEnumerable<Type> References(Type type)
    {
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
                if (member is MethodInfo called)
                {
                    Add(called.ReturnType);
                }
            }
        }

        return found;
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
