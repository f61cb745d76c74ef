using Microsoft.AspNetCore.WebUtilities;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>What the shared pager partial shows; keeps the current filters in every link.</summary>
public sealed record PagerModel(int Page, int PageCount, int Total, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public static PagerModel For<T>(Paged<T> paged, HttpRequest request) => new(
        paged.Page,
        paged.PageCount,
        paged.Total,
        request.Path,
        request.Query.Where(q => q.Key != "page").ToDictionary(q => q.Key, q => (string?)q.Value.ToString()));

    public string UrlFor(int page) =>
        QueryHelpers.AddQueryString(Path, Query.Append(new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
