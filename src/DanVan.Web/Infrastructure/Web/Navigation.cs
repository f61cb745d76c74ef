using DanVan.Web.Infrastructure.Auth;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>Where an entry shows in the layout's navigation bar.</summary>
public enum NavZone
{
    /// <summary>The main menu, left.</summary>
    Main,

    /// <summary>Right of the main menu, before the user's own menu.</summary>
    Tools,

    /// <summary>The signed-in user's own menu.</summary>
    Account,
}

/// <summary>
/// One entry of the navigation a module brings. Shown to a user who holds <paramref name="Permission"/> somewhere
/// (always, when null); ordered by <paramref name="Order"/> across modules. <paramref name="Badge"/> counts
/// something waiting for the user (shown when above zero), read out as <paramref name="BadgeLabel"/>.
/// </summary>
public sealed record NavEntry(string Title, string Page, int Order, NavZone Zone = NavZone.Main, string? Permission = null, Func<IServiceProvider, Task<int>>? Badge = null, string BadgeLabel = "mới")
{
    /// <summary>An id for the link, from its page ("/Notifications/Index" → "nav-notifications-index").</summary>
    public string Id => "nav" + Page.Replace('/', '-').ToLowerInvariant();
}

public static class NavigationSetup
{
    public static IServiceCollection AddNavEntry(this IServiceCollection services, NavEntry entry) => services.AddSingleton(entry);
}

/// <summary>What the layout renders: every entry the modules registered that the user may see.</summary>
public sealed class Navigation(IEnumerable<NavEntry> entries)
{
    private readonly IReadOnlyList<NavEntry> ordered = entries.OrderBy(e => e.Order).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();

    public IEnumerable<NavEntry> For(OrgScope scope, NavZone zone) =>
        ordered.Where(e => e.Zone == zone && (e.Permission is null || scope.HoldsAnywhere(e.Permission)));
}
