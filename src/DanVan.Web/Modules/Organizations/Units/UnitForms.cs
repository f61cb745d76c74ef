using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Organizations.Units;

public sealed class UnitInput
{
    [Required(ErrorMessage = "Hãy nhập mã tổ chức.")]
    [StringLength(32, ErrorMessage = "Mã tổ chức tối đa 32 ký tự.")]
    [RegularExpression("^[0-9A-Za-z._-]+$", ErrorMessage = "Mã tổ chức chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.")]
    [Display(Name = "Mã")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Hãy nhập tên đầy đủ.")]
    [StringLength(300, ErrorMessage = "Tên đầy đủ tối đa 300 ký tự.")]
    [Display(Name = "Tên đầy đủ")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "Tên viết tắt tối đa 100 ký tự.")]
    [Display(Name = "Tên viết tắt")]
    public string? ShortName { get; set; }

    [Required(ErrorMessage = "Hãy chọn loại tổ chức.")]
    [Display(Name = "Loại tổ chức")]
    public Guid? KindId { get; set; }

    [Required(ErrorMessage = "Hãy chọn địa bàn.")]
    [Display(Name = "Địa bàn")]
    public Guid? AreaId { get; set; }
}

/// <summary>Lookups shared by the organization pages.</summary>
internal static class UnitLookups
{
    public static Task<Organization?> FindVisibleAsync(AppDbContext db, OrgScope scope, Guid id, CancellationToken cancellationToken) =>
        db.Organizations
            .Include(o => o.Kind)
            .Include(o => o.Area)
            .Include(o => o.Parent)
            .VisibleTo(scope)
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>Finds an organization the user may manage: 404 when it is outside their branch, 403 when they may only see it.</summary>
    public static async Task<(Organization? Organization, int Status)> FindManageableAsync(AppDbContext db, OrgScope scope, IAuthorizationService authorization, ClaimsPrincipal user, Guid id, string permission, CancellationToken cancellationToken)
    {
        var organization = await FindVisibleAsync(db, scope, id, cancellationToken);
        if (organization is null)
        {
            return (null, StatusCodes.Status404NotFound);
        }

        return (await authorization.AuthorizeAsync(user, organization, permission)).Succeeded
            ? (organization, StatusCodes.Status200OK)
            : (null, StatusCodes.Status403Forbidden);
    }

    public static async Task<List<SelectListItem>> KindOptionsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await db.OrganizationKinds.OrderBy(k => k.SortOrder).ThenBy(k => k.Name).ToListAsync(cancellationToken))
            .Select(k => new SelectListItem(k.Name, k.Id.ToString()))
            .ToList();

    /// <summary>How many choices a picker lists at once; typing narrows them (there are some 100,000 villages).</summary>
    public const int PickerSize = 50;

    public const string ChooseArea = "— Chọn địa bàn —";

    /// <summary>Areas matching <paramref name="query"/> (every word, diacritics ignored), the chosen one first; at most <see cref="PickerSize"/>.</summary>
    public static async Task<List<SelectListItem>> AreaOptionsAsync(AppDbContext db, string? query, Guid? selected, CancellationToken cancellationToken)
    {
        var matches = await Matching(db.Areas.AsNoTracking(), query, a => a.SearchKey)
            .OrderBy(a => a.Level).ThenBy(a => a.Code).Take(PickerSize)
            .Select(a => new { a.Id, a.Name, a.Code, a.Level })
            .ToListAsync(cancellationToken);
        var chosen = selected is { } id && matches.All(m => m.Id != id)
            ? await db.Areas.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Id, a.Name, a.Code, a.Level }).ToListAsync(cancellationToken)
            : [];
        return chosen.Concat(matches)
            .Select(a => new SelectListItem($"{a.Name} ({a.Code}, {a.Level.Vietnamese()})", a.Id.ToString(), a.Id == selected))
            .ToList();
    }

    /// <summary>
    /// Units the user may add units to or move units into that match <paramref name="query"/>, the chosen one first,
    /// nearest the top of the tree first; at most <see cref="PickerSize"/>.
    /// </summary>
    public static async Task<List<SelectListItem>> ParentOptionsAsync(AppDbContext db, OrgScope scope, Organization? excludeSubtreeOf, string? query, Guid? selected, CancellationToken cancellationToken)
    {
        var candidates = Matching(db.Organizations.AsNoTracking().VisibleTo(scope, OrganizationPermissions.Manage).Where(o => !o.IsArchived), query, o => o.SearchKey);
        if (excludeSubtreeOf is not null)
        {
            var path = excludeSubtreeOf.Path;
            candidates = candidates.Where(o => !o.Path.StartsWith(path));
        }

        var matches = await candidates.OrderBy(o => o.Depth).ThenBy(o => o.Name).Take(PickerSize)
            .Select(o => new { o.Id, o.Name, o.Code })
            .ToListAsync(cancellationToken);
        var chosen = selected is { } id && matches.All(m => m.Id != id)
            ? await candidates.Where(o => o.Id == id).Select(o => new { o.Id, o.Name, o.Code }).ToListAsync(cancellationToken)
            : [];
        return chosen.Concat(matches).Select(o => new SelectListItem($"{o.Name} ({o.Code})", o.Id.ToString(), o.Id == selected)).ToList();
    }

    private static IQueryable<T> Matching<T>(IQueryable<T> rows, string? query, System.Linq.Expressions.Expression<Func<T, string>> key)
    {
        foreach (var pattern in Infrastructure.Text.VietnameseText.WordPatterns(query))
        {
            var like = System.Linq.Expressions.Expression.Call(
                typeof(DbFunctionsExtensions), nameof(DbFunctionsExtensions.Like), Type.EmptyTypes,
                System.Linq.Expressions.Expression.Constant(EF.Functions), key.Body, System.Linq.Expressions.Expression.Constant(pattern), System.Linq.Expressions.Expression.Constant("\\"));
            rows = rows.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(like, key.Parameters));
        }

        return rows;
    }
}

internal sealed record UnitFieldsModel(UnitInput Input, IReadOnlyList<SelectListItem> Kinds, IReadOnlyList<SelectListItem> Areas);

/// <summary>Rows of the organization tree: <paramref name="More"/> children of <paramref name="Parent"/> not shown.</summary>
internal sealed record TreeRowsModel(IReadOnlyList<Organization> Rows, IReadOnlyDictionary<Guid, int> ChildCounts, int Level, bool Archived, int More, Organization? Parent);
