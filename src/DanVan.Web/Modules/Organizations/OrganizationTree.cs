using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Organizations;

/// <summary>Operations that touch more than one organization: moving a subtree, archiving, deleting.</summary>
public sealed class OrganizationTree(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Where a unit may be put, created or moved, on every path (the pages, the CSV import): under a unit the user
    /// manages; at the top level by an administrator only.
    /// </summary>
    public static void EnsureMayPlaceUnder(OrgScope scope, Organization? parent)
    {
        if (parent is null ? !scope.IsAdministrator : !scope.Allows(OrganizationPermissions.Manage, parent))
        {
            throw new AccessDeniedException(parent is null
                ? "Chỉ quản trị hệ thống được đặt một tổ chức ở cấp cao nhất."
                : $"Bạn không có quyền quản lý tổ chức mã '{parent.Code}' nên không thể đặt đơn vị vào đó.");
        }
    }

    /// <summary>Moves a unit and its subtree; the user must manage the unit and the new parent.</summary>
    public static void EnsureMayMove(OrgScope scope, Organization organization, Organization? newParent)
    {
        if (!scope.Allows(OrganizationPermissions.Manage, organization))
        {
            throw new AccessDeniedException($"Bạn không có quyền quản lý tổ chức mã '{organization.Code}'.");
        }

        EnsureMayPlaceUnder(scope, newParent);
    }

    public async Task MoveAsync(OrgScope scope, Organization organization, Organization? newParent, CancellationToken cancellationToken)
    {
        EnsureMayMove(scope, organization, newParent);
        var descendants = await db.Organizations
            .Where(o => o.Path.StartsWith(organization.Path) && o.Id != organization.Id)
            .ToListAsync(cancellationToken);
        organization.MoveUnder(newParent, descendants);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ArchiveAsync(Organization organization, CancellationToken cancellationToken)
    {
        var hasActiveChildren = await db.Organizations.AnyAsync(o => o.ParentId == organization.Id && !o.IsArchived, cancellationToken);
        organization.Archive(hasActiveChildren, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RestoreAsync(Organization organization, CancellationToken cancellationToken)
    {
        await db.Entry(organization).Reference(o => o.Parent).LoadAsync(cancellationToken);
        organization.Restore();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Only an organization created by mistake can be deleted: one with no sub-units and no data.</summary>
    public async Task DeleteAsync(Organization organization, CancellationToken cancellationToken)
    {
        if (await db.Organizations.AnyAsync(o => o.ParentId == organization.Id, cancellationToken))
        {
            throw new BusinessRuleException("Không thể xóa tổ chức còn đơn vị trực thuộc. Hãy lưu trữ thay vì xóa.");
        }

        if (await db.Memberships.AnyAsync(m => m.OrganizationId == organization.Id, cancellationToken))
        {
            throw new BusinessRuleException("Không thể xóa tổ chức đã có cán bộ được phân công. Hãy lưu trữ thay vì xóa.");
        }

        db.Organizations.Remove(organization);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Plans, tasks, reports or documents of the unit hold it (the database's foreign keys say so).
            db.Entry(organization).State = EntityState.Unchanged;
            throw new BusinessRuleException("Không thể xóa tổ chức đã có dữ liệu (kế hoạch, nhiệm vụ, báo cáo hoặc văn bản). Hãy lưu trữ thay vì xóa.");
        }
    }
}
