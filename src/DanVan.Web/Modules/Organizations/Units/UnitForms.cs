using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

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
public static class UnitLookups
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

    public static async Task<List<SelectListItem>> AreaOptionsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var areas = await db.Areas.AsNoTracking().ToListAsync(cancellationToken);
        return AreaTreeOrder.Flatten(areas)
            .Select(a => new SelectListItem($"{new string('—', (int)a.Level - 1)} {a.Name} ({a.Code})".TrimStart(), a.Id.ToString()))
            .ToList();
    }

    /// <summary>Organizations the user may add units to or move units into, in tree order.</summary>
    public static async Task<List<SelectListItem>> ParentOptionsAsync(AppDbContext db, OrgScope scope, Organization? excludeSubtreeOf, CancellationToken cancellationToken)
    {
        var candidates = await db.Organizations.AsNoTracking()
            .VisibleTo(scope, Permissions.OrganizationsManage)
            .Where(o => !o.IsArchived)
            .ToListAsync(cancellationToken);
        if (excludeSubtreeOf is not null)
        {
            candidates.RemoveAll(o => o.IsInSubtreeOf(excludeSubtreeOf));
        }

        return OrganizationTreeOrder.Flatten(candidates)
            .Select(o => new SelectListItem(new string('—', o.Depth - candidates.Min(c => c.Depth)) + " " + o.Name, o.Id.ToString()))
            .ToList();
    }
}

public sealed record UnitFieldsModel(UnitInput Input, IReadOnlyList<SelectListItem> Kinds, IReadOnlyList<SelectListItem> Areas);
