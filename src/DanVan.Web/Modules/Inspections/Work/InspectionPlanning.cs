using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Inspections.Work;

/// <summary>
/// Planning: programmes of the units a user runs inspections for, and their inspections (subject, units, team,
/// contents), with the choices the forms offer, bounded (a province's branch has thousands of units).
/// </summary>
public sealed class InspectionPlanning(AppDbContext db, TimeProvider clock)
{
    private const int MaxChoices = 400;

    /// <summary>The units the user plans programmes for: those of their memberships that run inspections (an administrator: the top two levels).</summary>
    public async Task<List<Organization>> IssuersAsync(OrgScope scope, CancellationToken cancellationToken)
    {
        var query = db.Organizations.AsNoTracking().Where(o => !o.IsArchived);
        if (scope.IsAdministrator)
        {
            query = query.Where(o => o.Depth <= 1);
        }
        else
        {
            var ids = scope.Grants.Where(g => g.Holds(InspectionPermissions.Manage)).Select(g => g.OrganizationId).ToList();
            query = query.Where(o => ids.Contains(o.Id));
        }

        return (await query.Take(MaxChoices).ToListAsync(cancellationToken)).OrderBy(o => o.Depth).ThenBy(o => o.Name, VietnameseText.Comparer).ToList();
    }

    /// <summary>A programme, when the user may see it (null otherwise); with its organization and inspections.</summary>
    public Task<Programme?> ProgrammeAsync(Guid id, OrgScope scope, string permission, CancellationToken cancellationToken) =>
        db.InspectionProgrammes.VisibleTo(scope, p => p.Organization!, permission)
            .Include(p => p.Organization!).ThenInclude(o => o.Kind)
            .Include(p => p.Inspections).ThenInclude(i => i.Units).ThenInclude(u => u.Organization)
            .Include(p => p.Inspections).ThenInclude(i => i.Team)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<Programme> CreateProgrammeAsync(OrgScope scope, Guid organizationId, int year, ProgrammeKind kind, string? title, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.Include(o => o.Kind).SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null || !scope.Allows(InspectionPermissions.Manage, organization))
        {
            throw new AccessDeniedException("Anh/chị không được lập chương trình kiểm tra, giám sát của đơn vị này.");
        }

        var programme = Programme.Create(organization, year, kind, title, clock.GetUtcNow().UtcDateTime);
        db.InspectionProgrammes.Add(programme);
        return programme;
    }

    /// <summary>
    /// The branch a programme checks in: a Party body's own; a People's Council's or the Front's is the branch of the
    /// committee above it (the bodies of its level and below), as <see cref="ProgrammeKinds.MayCheck"/> narrows it.
    /// </summary>
    public static string BranchPath(Programme programme)
    {
        var path = programme.Organization!.Path;
        if (programme.Kind == ProgrammeKind.Party || programme.Organization.ParentId is null)
        {
            return path;
        }

        var parent = path.TrimEnd('/').LastIndexOf('/');
        return parent <= 0 ? "/" : path[..(parent + 1)];
    }

    /// <summary>The plans whose implementation can be checked: those of the programme's branch, newest first.</summary>
    public async Task<IReadOnlyList<Choice>> PlansAsync(Programme programme, CancellationToken cancellationToken)
    {
        var path = BranchPath(programme);
        var plans = await db.Plans.AsNoTracking().Where(p => p.Organization!.Path.StartsWith(path) && p.WithdrawnAt == null)
            .OrderByDescending(p => p.Document!.IssuedOn).Take(MaxChoices)
            .Select(p => new { p.Id, p.Document!.Kind, p.Document.Number, p.Document.Title, Unit = p.Organization!.Name })
            .ToListAsync(cancellationToken);
        return plans.Select(p => new Choice(p.Id, $"{Plans.OfficialDocument.LabelOf(p.Kind, p.Number)} của {p.Unit} – {VietnameseText.Shorten(p.Title ?? "", 90)}")).ToList();
    }

    /// <summary>A plan's tasks (to pick the contents to check, or the task inspected).</summary>
    public async Task<IReadOnlyList<Choice>> TasksAsync(Guid planId, CancellationToken cancellationToken)
    {
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Position)
            .Select(t => new { t.Id, t.Number, t.Text }).ToListAsync(cancellationToken);
        return tasks.Select(t => new Choice(t.Id, $"{t.Number}. {VietnameseText.ShortTitle(t.Text)}")).ToList();
    }

    /// <summary>
    /// The units that can be inspected: those of the programme's branch it may check (three levels offered, a unit
    /// deeper in the branch accepted when chosen), never a unit outside it; in the tree's order.
    /// </summary>
    public async Task<List<Organization>> UnitsAsync(Programme programme, IReadOnlyCollection<Guid> chosen, CancellationToken cancellationToken)
    {
        var path = BranchPath(programme);
        var depth = path.Count(c => c == '/') - 2;
        var units = await db.Organizations.AsNoTracking().Include(o => o.Kind)
            .Where(o => !o.IsArchived && o.Path.StartsWith(path) && (o.Depth <= depth + 3 || chosen.Contains(o.Id)))
            .OrderBy(o => o.Depth).Take(MaxChoices).ToListAsync(cancellationToken);
        return OrganizationTreeOrder.Flatten(units.Where(u => programme.MayCheck(u, path)).ToList());
    }

    /// <summary>The team from the e-mail addresses typed: the head, then the members; each must have an account.</summary>
    public async Task<List<TeamPick>> TeamAsync(string? head, string? members, CancellationToken cancellationToken)
    {
        var emails = new List<(string Email, bool IsHead)>();
        if (!string.IsNullOrWhiteSpace(head))
        {
            emails.Add((head.Trim(), true));
        }

        emails.AddRange((members ?? "").Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => (e, false)));
        if (emails.Count > 30)
        {
            throw new BusinessRuleException("Đoàn kiểm tra: không quá 30 người.");
        }

        var team = new List<TeamPick>();
        foreach (var (email, isHead) in emails)
        {
            var normalized = email.ToUpperInvariant();
            var user = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized && u.IsActive)
                .Select(u => new { u.Id, u.FullName, Unit = u.Memberships.OrderBy(m => m.Role).Select(m => m.Organization!.Name).FirstOrDefault() })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new BusinessRuleException($"Không có người dùng nào đang hoạt động với email “{email}”.");
            if (team.Any(m => m.UserId == user.Id))
            {
                throw new BusinessRuleException($"“{email}” được ghi hai lần trong đoàn.");
            }

            team.Add(new TeamPick(user.Id, user.FullName, user.Unit, isHead));
        }

        return team;
    }

    /// <summary>Refuses a team in which someone holds a membership of an inspected unit: nobody inspects their own unit.</summary>
    public async Task EnsureIndependentAsync(IReadOnlyList<TeamPick> team, IReadOnlyCollection<Guid> inspected, CancellationToken cancellationToken)
    {
        var users = team.Select(m => m.UserId).ToList();
        var own = await db.Memberships.AsNoTracking().Where(m => users.Contains(m.UserId) && inspected.Contains(m.OrganizationId)).Select(m => m.UserId).FirstOrDefaultAsync(cancellationToken);
        if (own is not null)
        {
            throw new BusinessRuleException($"{team.First(m => m.UserId == own).Name} là cán bộ của đơn vị được kiểm tra, không ở trong đoàn được.");
        }
    }
}

public sealed record Choice(Guid Id, string Text);
