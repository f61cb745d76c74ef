namespace DanVan.Web.Infrastructure.Auth;

/// <summary>Where a permission is checked: against an organization and the user's memberships, or for system administrators only.</summary>
public enum PermissionScope
{
    Organization,
    Administrator,
}

/// <summary>A named permission a module declares, with the membership roles that hold it (none for administrator-only ones).</summary>
public sealed record PermissionDefinition(string Name, PermissionScope Scope, IReadOnlySet<MembershipRole> Roles);

public static class PermissionRegistration
{
    /// <summary>Declares a permission checked against an organization, held by <paramref name="roles"/> within their memberships.</summary>
    public static IServiceCollection AddOrganizationPermission(this IServiceCollection services, string name, params MembershipRole[] roles) =>
        services.AddSingleton(new PermissionDefinition(name, PermissionScope.Organization, roles.ToHashSet()));

    /// <summary>Declares a permission only system administrators hold.</summary>
    public static IServiceCollection AddAdministratorPermission(this IServiceCollection services, string name) =>
        services.AddSingleton(new PermissionDefinition(name, PermissionScope.Administrator, new HashSet<MembershipRole>()));
}

/// <summary>
/// Every permission the modules declared and the role matrix they make: a role holds what the modules gave it.
/// A name declared twice is a start-up error, not a silent merge.
/// </summary>
public sealed class PermissionCatalog
{
    private readonly Dictionary<MembershipRole, HashSet<string>> byRole = [];

    public PermissionCatalog(IEnumerable<PermissionDefinition> definitions)
    {
        var all = definitions.ToList();
        var twice = all.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidOperationException($"Permission '{twice.Key}' is declared more than once.");
        }

        Definitions = all;
        foreach (var role in Enum.GetValues<MembershipRole>())
        {
            byRole[role] = all.Where(d => d.Scope == PermissionScope.Organization && d.Roles.Contains(role)).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        }
    }

    public IReadOnlyList<PermissionDefinition> Definitions { get; }

    /// <summary>The permissions a membership of this role holds.</summary>
    public IReadOnlySet<string> Of(MembershipRole role) => byRole.TryGetValue(role, out var held) ? held : [];

    public bool Grants(MembershipRole role, string permission) => Of(role).Contains(permission);
}
