using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations;

/// <summary>Operations that touch more than one organization: moving a subtree, archiving, deleting.</summary>
public sealed class OrganizationTree(AppDbContext db, TimeProvider clock)
{
    public async Task MoveAsync(Organization organization, Organization? newParent, CancellationToken cancellationToken)
    {
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
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<bool> CodeTakenAsync(string code, Guid? except, CancellationToken cancellationToken)
    {
        code = code.Trim();
        return db.Organizations.AnyAsync(o => o.Code == code && o.Id != except, cancellationToken);
    }
}
