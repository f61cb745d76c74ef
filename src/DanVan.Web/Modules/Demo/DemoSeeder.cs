using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Evaluation.Contracts;

namespace DanVan.Web.Modules.Demo;

/// <summary>
/// Demo data, each part from the module that owns it, through its contract: the demo province and commune
/// (Organizations), the indicator catalog and the two real plans imported as an officer would (<see cref="DemoPlans"/>),
/// a year of work on their tasks' cycles (Plans), a reporting history (Reporting), then an inspection (Inspections). Idempotent: what exists (by code or number) is left alone.
/// </summary>
internal sealed class DemoSeeder(AppDbContext db, IDemoOrganizations organizations, DemoPlans plans, IPlanDemo progress, IIndicatorCatalog indicators, IReportingDemo reporting, IInspectionsDemo inspections, IEvaluationDemo evaluation, Petitions.Contracts.IPetitionsDemo petitions, Dialogues.Contracts.IDialoguesDemo dialogues)
{
    private const int DemoYear = 2026;

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var units = await organizations.SeedAsync(cancellationToken);
        var added = units.Added;
        added += await indicators.AddMissingAsync(DemoIndicators.Catalog, isDemo: true, cancellationToken);
        added += await plans.SeedAsync(units.Province, units.Commune, cancellationToken);
        added += await progress.SeedFieldsAsync(units.Commune, cancellationToken);
        added += await progress.SeedProgressAsync(cancellationToken);

        // A reporting history on both plans: the first half of 2026 closed with every outcome, the year still open.
        // Plans below first: a unit's report upward carries the consolidation of the reports it received.
        foreach (var planId in await db.Plans.Where(p => p.IsDemo).OrderByDescending(p => p.Organization!.Depth).ThenBy(p => p.CreatedAt).Select(p => p.Id).ToListAsync(cancellationToken))
        {
            added += await reporting.SeedAsync(planId, DemoYear, cancellationToken);
        }

        // The province's inspection of the commune's plan, concluded, its recommendations tasks of the commune.
        added += await inspections.SeedAsync(units.Province, units.Commune, cancellationToken);

        // The commune's 2026 evaluation of its units, at the appraisal step, its task points from the cycles above.
        added += await evaluation.SeedAsync(units.Commune, cancellationToken);
        added += await petitions.SeedAsync(units.Province, units.Commune, cancellationToken);
        added += await dialogues.SeedAsync(units.Commune, cancellationToken);
        return added;
    }
}
