using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure.Web;

/// <summary>One page of a list, with what the pager needs.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public const int DefaultPageSize = 25;

    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    public static async Task<Paged<T>> CreateAsync(IQueryable<T> query, int page, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        page = Math.Clamp(page, 1, pageCount);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<T>(items, page, pageSize, total);
    }
}
