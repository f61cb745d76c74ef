using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Organizations.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations.Responsibilities;

/// <summary>
/// A unit's division of work (phân công cấp ủy viên phụ trách địa bàn, lĩnh vực): who of its members is in charge of
/// which village or field. Everyone who sees the unit reads it; its administrators and leaders change it.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    /// <summary>More areas than this below a unit (a province's villages) and only the next level is offered.</summary>
    private const int MaxAreaOptions = 400;

    public Organization Organization { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool CanManage { get; private set; }

    public IReadOnlyList<SelectListItem> MemberOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    /// <summary>The row the user asked to remove, shown for confirmation.</summary>
    public Row? Removing { get; private set; }

    [BindProperty]
    public ResponsibilityInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? remove, CancellationToken cancellationToken)
    {
        var status = await LoadAsync(id, manage: false, cancellationToken);
        if (status != StatusCodes.Status200OK)
        {
            return StatusCode(status);
        }

        Removing = remove is { } rid && CanManage ? Rows.FirstOrDefault(r => r.Id == rid) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        var status = await LoadAsync(id, manage: true, cancellationToken);
        if (status != StatusCodes.Status200OK)
        {
            return StatusCode(status);
        }

        if (Input.AreaId is not null && !string.IsNullOrWhiteSpace(Input.Field))
        {
            ModelState.AddModelError("Input.Field", "Mỗi phân công là một địa bàn hoặc một lĩnh vực: hãy bỏ chọn địa bàn hoặc xóa tên lĩnh vực.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var members = MemberOptions.Select(m => m.Value).ToHashSet();
        var area = Input.AreaId is { } areaId && AreaOptions.Any(a => a.Value == areaId.ToString())
            ? await db.Areas.Include(a => a.Parent).ThenInclude(a => a!.Parent).SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken)
            : null;
        if (Input.AreaId is not null && area is null)
        {
            ModelState.AddModelError("Input.AreaId", "Hãy chọn một địa bàn thuộc địa bàn của đơn vị.");
            return Page();
        }

        var tracked = await db.Organizations.SingleAsync(o => o.Id == id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = area is not null
            ? await db.Set<Responsibility>().SingleOrDefaultAsync(r => r.OrganizationId == id && r.AreaId == area.Id, cancellationToken)
            : null;
        var replaced = existing is null || existing.UserId == Input.UserId ? null : Rows.FirstOrDefault(r => r.Id == existing.Id)?.FullName;
        var saved = await ModelState.TrySaveAsync(db, () =>
        {
            // The same area again hands it to the person now chosen; a field is named once (the unique key says so).
            if (existing is not null)
            {
                existing.Reassign(Input.UserId ?? "", members, now);
            }
            else
            {
                db.Add(Responsibility.Create(tracked, Input.UserId ?? "", members, area, area is null ? Input.Field : null, now));
            }
        }, cancellationToken, new UniqueField(nameof(Responsibility.FieldKey), "Input.Field", $"Lĩnh vực “{Input.Field?.Trim()}” đã có người phụ trách; hãy gỡ phân công cũ trước khi giao cho người khác."));
        if (!saved)
        {
            await LoadAsync(id, manage: true, cancellationToken);
            return Page();
        }

        var person = MemberOptions.First(m => m.Value == Input.UserId).Text;
        TempData["Message"] = $"Đã phân công {person} phụ trách {(area is null ? "lĩnh vực " + Input.Field!.Trim().TrimEnd('.') : area.Name)}"
            + (replaced is null ? "." : $" (thay {replaced}).");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid responsibilityId, CancellationToken cancellationToken)
    {
        var status = await LoadAsync(id, manage: true, cancellationToken);
        if (status != StatusCodes.Status200OK)
        {
            return StatusCode(status);
        }

        var row = await db.Set<Responsibility>().Include(r => r.Area).SingleOrDefaultAsync(r => r.Id == responsibilityId && r.OrganizationId == id, cancellationToken);
        if (row is null)
        {
            // Removed a moment ago (a second click, another tab): nothing left to do.
            TempData["Message"] = "Phân công này đã được gỡ trước đó.";
            return RedirectToPage(new { id });
        }

        db.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Đã gỡ phân công phụ trách {row.Scope}.";
        return RedirectToPage(new { id });
    }

    private async Task<int> LoadAsync(Guid id, bool manage, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var organization = await UnitLookups.FindVisibleAsync(db, scope, id, cancellationToken);
        if (organization is null)
        {
            return StatusCodes.Status404NotFound;
        }

        Organization = organization;
        CanManage = !organization.IsArchived && (await authorization.AuthorizeAsync(User, organization, OrganizationPermissions.AssignResponsibilities)).Succeeded;
        if (manage && !CanManage)
        {
            return StatusCodes.Status403Forbidden;
        }

        var memberships = db.Memberships;
        var rows = await db.Set<Responsibility>().AsNoTracking().Where(r => r.OrganizationId == id)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new Row(r.Id, r.Field, r.Area!.Name, r.Area.Code, u.FullName, u.Email ?? "",
                u.IsActive && memberships.Any(m => m.UserId == u.Id && m.OrganizationId == id), r.AssignedAt))
            .ToListAsync(cancellationToken);
        // Areas first (by name, Vietnamese order), then fields.
        Rows = rows.OrderBy(r => r.Field is null ? 0 : 1).ThenBy(r => r.Scope, VietnameseText.Comparer).ToList();
        if (CanManage)
        {
            MemberOptions = (await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == id && m.User!.IsActive)
                    .Select(m => new { m.UserId, m.User!.FullName, m.User.Email }).Distinct().ToListAsync(cancellationToken))
                .DistinctBy(m => m.UserId).OrderBy(m => m.FullName, VietnameseText.Comparer)
                .Select(m => new SelectListItem($"{m.FullName} ({m.Email})", m.UserId)).ToList();
            var areaId = organization.AreaId;
            // Areas still in force (a village merged away is not put in anyone's charge).
            var today = Infrastructure.Time.VietnamTime.Today(clock);
            var below = db.Areas.AsNoTracking().Where(a => a.ValidTo == null || a.ValidTo > today).Where(a => a.ParentId == areaId || a.Parent!.ParentId == areaId);
            if (await below.CountAsync(cancellationToken) > MaxAreaOptions)
            {
                below = db.Areas.AsNoTracking().Where(a => a.ValidTo == null || a.ValidTo > today).Where(a => a.ParentId == areaId);
            }

            AreaOptions = (await below.Select(a => new { a.Id, a.Name, a.Code, Parent = a.Parent!.Name }).Take(MaxAreaOptions * 2).ToListAsync(cancellationToken))
                .OrderBy(a => a.Parent, VietnameseText.Comparer).ThenBy(a => a.Name, VietnameseText.Comparer)
                .Select(a => new SelectListItem($"{a.Name} – {a.Parent}", a.Id.ToString())).ToList();
        }

        return StatusCodes.Status200OK;
    }

    public sealed record Row(Guid Id, string? Field, string? AreaName, string? AreaCode, string FullName, string Email, bool IsActive, DateTime AssignedAt)
    {
        public string Scope => Field ?? AreaName ?? "";
    }
}

public sealed class ResponsibilityInput
{
    [Required(ErrorMessage = "Hãy chọn người phụ trách.")]
    [Display(Name = "Người phụ trách")]
    public string? UserId { get; set; }

    [Display(Name = "Địa bàn")]
    public Guid? AreaId { get; set; }

    [StringLength(Responsibility.MaxFieldLength, ErrorMessage = "Tên lĩnh vực không quá {1} ký tự.")]
    [Display(Name = "Hoặc lĩnh vực")]
    public string? Field { get; set; }
}
