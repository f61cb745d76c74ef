using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Inspections.Work;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Inspections;

/// <summary>A year of inspection and supervision as the user sees it: the programmes, the calendar of inspections, the recommendations overdue.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, InspectionWork work, TimeProvider clock) : PageModel
{
    private const int MaxInspections = 300;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }

    public IReadOnlyList<ProgrammeLine> Programmes { get; private set; } = [];

    public IReadOnlyList<Inspection> Calendar { get; private set; } = [];

    public IReadOnlyList<OverdueLine> Overdue { get; private set; } = [];

    public bool CanPlan { get; private set; }

    public bool Truncated { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var today = clock.Today();
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : today.Year;
        CanPlan = scope.HoldsAnywhere(InspectionPermissions.Manage);
        Programmes = await db.InspectionProgrammes.AsNoTracking().VisibleTo(scope, p => p.Organization!, InspectionPermissions.View)
            .Where(p => p.Year == ShownYear)
            .OrderBy(p => p.Organization!.Depth).ThenBy(p => p.Title)
            .Select(p => new ProgrammeLine(p.Id, p.Title, p.Organization!.Name, p.Kind, p.Inspections.Count, p.Inspections.Count(i => i.Status == InspectionStatus.Closed)))
            .Take(200).ToListAsync(cancellationToken);

        // Inspections of the year the user reaches (a team member or an inspected unit's officer too), by date.
        var calendar = await db.Inspections.AsNoTracking().VisibleTo(db, scope)
            .Where(i => i.StartsOn.Year == ShownYear || i.EndsOn.Year == ShownYear || (i.Status == InspectionStatus.Concluded && i.StartsOn.Year < ShownYear))
            .Include(i => i.Programme!).ThenInclude(p => p.Organization)
            .Include(i => i.Units).ThenInclude(u => u.Organization)
            .Include(i => i.Team).Include(i => i.Recommendations)
            .OrderBy(i => i.StartsOn).Take(MaxInspections + 1).AsSplitQuery().ToListAsync(cancellationToken);
        Truncated = calendar.Count > MaxInspections;
        Calendar = calendar.Take(MaxInspections).ToList();

        var overdue = new List<OverdueLine>();
        foreach (var inspection in Calendar.Where(i => i.Status == InspectionStatus.Concluded && i.Recommendations.Any(r => r.CarriedOverAt is null && r.DueOn < today)))
        {
            var states = await work.StatesAsync(inspection, cancellationToken);
            overdue.AddRange(inspection.Recommendations.Where(r => states.TryGetValue(r.Id, out var s) && !s.CarriedOver && s.State == TaskState.Overdue)
                .Select(r => new OverdueLine(inspection, r, inspection.Units.First(u => u.OrganizationId == r.OrganizationId).Organization!.Name, today.DayNumber - r.DueOn.DayNumber)));
        }

        Overdue = overdue.OrderByDescending(o => o.DaysLate).ToList();
    }
}

public sealed record ProgrammeLine(Guid Id, string Title, string Organization, ProgrammeKind Kind, int Inspections, int Closed);

public sealed record OverdueLine(Inspection Inspection, Recommendation Recommendation, string Unit, int DaysLate);
