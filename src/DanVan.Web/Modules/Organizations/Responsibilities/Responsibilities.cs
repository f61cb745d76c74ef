using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Organizations.Responsibilities;

internal sealed class Responsibilities(AppDbContext db) : IResponsibilities
{
    public async Task<IReadOnlyList<ResponsiblePerson>> InChargeAsync(Guid unitId, string? field, IReadOnlyCollection<Guid> areaUnitIds, CancellationToken cancellationToken)
    {
        var fieldKey = Responsibility.KeyOf(field);
        var areas = areaUnitIds.Count == 0 ? [] : await db.Organizations.AsNoTracking()
            .Where(o => areaUnitIds.Contains(o.Id)).Select(o => new { o.Id, o.AreaId }).ToListAsync(cancellationToken);
        var areaIds = areas.Select(a => a.AreaId).Distinct().ToList();
        var memberships = db.Memberships;
        var rows = await db.Set<Responsibility>().AsNoTracking()
            .Where(r => r.OrganizationId == unitId && ((fieldKey != null && r.FieldKey == fieldKey) || (r.AreaId != null && areaIds.Contains(r.AreaId.Value))))
            // Someone no longer assigned to the unit follows nothing of it.
            .Where(r => memberships.Any(m => m.UserId == r.UserId && m.OrganizationId == r.OrganizationId))
            .Join(db.Users.Where(u => u.IsActive), r => r.UserId, u => u.Id, (r, u) => new { r.UserId, u.FullName, r.AreaId, r.Field, AreaName = r.Area!.Name })
            .ToListAsync(cancellationToken);
        var people = new List<ResponsiblePerson>();
        foreach (var row in rows)
        {
            if (row.Field is not null)
            {
                people.Add(new ResponsiblePerson(row.UserId, row.FullName, row.Field, null));
            }
            else
            {
                people.AddRange(areas.Where(a => a.AreaId == row.AreaId).Select(a => new ResponsiblePerson(row.UserId, row.FullName, row.AreaName, a.Id)));
            }
        }

        return people;
    }

    public async Task<IReadOnlyList<string>> FieldsAsync(Guid unitId, CancellationToken cancellationToken) =>
        (await db.Set<Responsibility>().AsNoTracking().Where(r => r.OrganizationId == unitId && r.Field != null).Select(r => r.Field!).ToListAsync(cancellationToken))
            .Order(VietnameseText.Comparer).ToList();
}
