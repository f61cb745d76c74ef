using Microsoft.AspNetCore.Mvc.Rendering;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>
/// A choice among many (units, areas): a search box that asks the page's <paramref name="SearchHandler"/> for at most
/// a screenful of options as the user types (diacritics and word order ignored), and the select it fills. Without
/// JavaScript the select still holds the chosen option and the first matches. Rendered by <c>Shared/_Picker</c>; the
/// handler answers with <c>Shared/_PickerOptions</c>.
/// </summary>
public sealed record PickerModel(string Id, string Name, string Label, string SearchHandler, IReadOnlyList<SelectListItem> Options, string? EmptyOption, bool Required, IReadOnlyDictionary<string, string>? RouteValues = null);

/// <summary>The options a picker's search handler returns.</summary>
public sealed record PickerOptions(IReadOnlyList<SelectListItem> Options, string? EmptyOption);
