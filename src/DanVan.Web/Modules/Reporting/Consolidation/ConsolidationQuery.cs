using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Reporting.Consolidation;

/// <summary>
/// Rolls a period's reports up a unit's subtree, as the data is now: the database sums, takes minima and maxima
/// over the submitted and accepted reports of active units (grouped overall, per village and per child unit);
/// ratios are then recomputed from the summed numerator and denominator at each level, never averaged. A report
/// that is a draft or returned for correction is not counted and is listed as missing, so nothing is counted
/// twice and nothing missing reads as zero.
/// </summary>
public sealed class ConsolidationQuery(AppDbContext db)
{
    /// <summary>A unit's path is its parent's followed by 32 hex digits and "/".</summary>
    private const int PathSegment = 33;

    /// <summary>The statuses a report is counted in: submitted or accepted.</summary>
    internal static readonly ReportStatus[] Counted = [ReportStatus.Submitted, ReportStatus.Accepted];

    public Task<Consolidated> ForAsync(ReportingPeriod period, Organization node, CancellationToken cancellationToken) =>
        ForAsync(period, node, null, cancellationToken);

    /// <param name="lines">The period's reports in the subtree when the caller has read them already (see
    /// <see cref="CompletenessQuery.ForAsync"/>); otherwise they are counted and the uncounted listed here.</param>
    public async Task<Consolidated> ForAsync(ReportingPeriod period, Organization node, IReadOnlyList<ReportLine>? lines, CancellationToken cancellationToken)
    {
        var reports = db.Reports.AsNoTracking().Incoming().Where(r => r.PeriodId == period.Id && r.Organization!.Path.StartsWith(node.Path) && !r.Organization.IsArchived);
        var counted = reports.Where(r => Counted.Contains(r.Status));

        // Each value is grouped by the child unit it rolls up into: the child is found by an equality join of the
        // reporting unit's path prefix with the subtree's paths, made once per unit, so the rows are grouped on a uuid
        // rather than on a text computed per value. A prefix of that length of a path strictly under the node is a
        // child's path, so the join needs no "parent is the node" filter; without it PostgreSQL estimates the join
        // from the path's statistics (one unit each) and hashes, where with it it guessed a few dozen rows and sorted
        // millions on disk. The node's own report is read apart. Every level is then combined from those groups
        // (sums add; minima and maxima of minima and maxima), so the database reads each value once.
        var childLength = node.Path.Length + PathSegment;
        var childValues =
            from r in counted.Where(r => r.OrganizationId != node.Id)
            join c in db.Organizations.Where(c => c.Path.StartsWith(node.Path)) on r.Organization!.Path.Substring(0, childLength) equals c.Path
            from v in r.Values
            where v.Number != null
            select new ChildValue { IndicatorId = v.IndicatorId, ChildId = c.Id, AreaId = v.AreaId, Number = v.Number };
        var ownGroups = await counted.Where(r => r.OrganizationId == node.Id).SelectMany(r => r.Values).Where(v => v.Number != null)
            .GroupBy(v => new { v.IndicatorId, v.AreaId })
            .Select(g => new Aggregate(g.Key.IndicatorId, g.Key.AreaId, null, g.Sum(v => v.Number), g.Min(v => v.Number), g.Max(v => v.Number), g.Count()))
            .ToListAsync(cancellationToken);
        var areaStatistics = (await db.Indicators.AsNoTracking().Where(i => i.ByVillage).Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet();
        var villageGroups = await ByVillageAsync(node, childValues, ownGroups, areaStatistics, cancellationToken);
        var grouped = villageGroups ?? await ByChildAsync(childValues, ownGroups, cancellationToken);
        var byChild = Combine(grouped.Where(a => a.ChildId != null), a => (a.IndicatorId, (Guid?)null, a.ChildId));
        var own = Combine(grouped.Where(a => a.ChildId == null), a => (a.IndicatorId, (Guid?)null, (Guid?)null));
        var overall = Combine(grouped, a => (a.IndicatorId, (Guid?)null, (Guid?)null));
        var byVillage = Combine(grouped.Where(a => a.AreaId != null), a => (a.IndicatorId, a.AreaId, (Guid?)null));

        // Only the reports not counted are listed (a handful); the counted ones are counted.
        var active = lines?.Where(l => !l.IsArchived).ToList();
        var countedReports = active?.Count(l => Counted.Contains(l.Status)) ?? await counted.CountAsync(cancellationToken);
        var uncounted = active?.Where(l => !Counted.Contains(l.Status)).Select(l => new ReportState(l.ReportId, l.OrganizationId, l.Name, l.Path, l.Status)).ToList()
            ?? await reports.Where(r => !Counted.Contains(r.Status))
                .Select(r => new ReportState(r.Id, r.OrganizationId, r.Organization!.Name, r.Organization.Path, r.Status))
                .ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.IsActive || overall.Select(a => a.IndicatorId).Contains(i.Id))
            .OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var villageIds = byVillage.Select(a => a.AreaId!.Value).Distinct().ToList();
        var villages = await db.Areas.AsNoTracking().Where(a => villageIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var childIds = byChild.Select(a => a.ChildId!.Value).Concat(uncounted.Where(l => l.Path.Length >= childLength).Select(l => Guid.ParseExact(l.Path[node.Path.Length..(childLength - 1)], "N")))
            .Distinct().ToList();
        var children = await db.Organizations.AsNoTracking().Where(o => childIds.Contains(o.Id)).ToListAsync(cancellationToken);

        // Each village's and child's figures looked up once, not scanned for among every aggregate (53,000 villages nationally).
        var ofVillage = byVillage.ToLookup(a => a.AreaId!.Value);
        var ofChild = byChild.ToLookup(a => a.ChildId!.Value);
        return new Consolidated
        {
            Period = period,
            Node = node,
            Indicators = indicators.Where(i => i.Type != IndicatorType.Text).ToList(),
            Overall = Figures(indicators, overall),
            Own = own.Count == 0 ? null : Figures(indicators, own),
            Villages = villages.OrderBy(v => v.Name, VietnameseText.Comparer)
                .Select(v => new Breakdown(v.Id, v.Name, Figures(indicators, ofVillage[v.Id]))).ToList(),
            Children = children.OrderBy(c => c.Name, VietnameseText.Comparer)
                .Select(c => new Breakdown(c.Id, c.Name, Figures(indicators, ofChild[c.Id]))).ToList(),
            ByVillage = villageGroups is not null,
            CountedReports = countedReports,
            Missing = uncounted.OrderBy(l => l.UnitName, VietnameseText.Comparer).ToList(),
        };
    }

    /// <summary>
    /// The overall figures of several periods over a unit's subtree (a dashboard's trend), in one query grouped by
    /// period and indicator, by the same rules as <see cref="ForAsync"/> without the per-child and per-village detail.
    /// </summary>
    public async Task<Dictionary<Guid, IReadOnlyDictionary<Guid, decimal?>>> OverallByPeriodAsync(IReadOnlyCollection<ReportingPeriod> periods, Organization node, CancellationToken cancellationToken)
    {
        var ids = periods.Select(p => p.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var values = db.Reports.AsNoTracking().Incoming()
            .Where(r => ids.Contains(r.PeriodId) && r.Organization!.Path.StartsWith(node.Path) && !r.Organization.IsArchived && Counted.Contains(r.Status))
            .SelectMany(r => r.Values, (r, v) => new { r.PeriodId, v.IndicatorId, v.AreaId, v.Number })
            .Where(v => v.Number != null);
        var areaStatistics = db.Indicators.Where(i => i.ByVillage).Select(i => i.Id);
        var ofUnits = await values.Where(v => v.AreaId == null || !areaStatistics.Contains(v.IndicatorId))
            .GroupBy(v => new { v.PeriodId, v.IndicatorId })
            .Select(g => new { g.Key.PeriodId, Aggregate = new Aggregate(g.Key.IndicatorId, null, null, g.Sum(v => v.Number), g.Min(v => v.Number), g.Max(v => v.Number), g.Count()) })
            .ToListAsync(cancellationToken);

        // Each village's statistic once (the largest reported, as in ForAsync), then combined per indicator, in the database.
        var ofVillages = await values.Where(v => v.AreaId != null && areaStatistics.Contains(v.IndicatorId))
            .GroupBy(v => new { v.PeriodId, v.IndicatorId, v.AreaId })
            .Select(g => new { g.Key.PeriodId, g.Key.IndicatorId, Number = g.Max(v => v.Number) })
            .GroupBy(v => new { v.PeriodId, v.IndicatorId })
            .Select(g => new { g.Key.PeriodId, Aggregate = new Aggregate(g.Key.IndicatorId, null, null, g.Sum(v => v.Number), g.Min(v => v.Number), g.Max(v => v.Number), g.Count()) })
            .ToListAsync(cancellationToken);
        var grouped = ofUnits.Concat(ofVillages)
            .GroupBy(g => g.PeriodId)
            .Select(g => new { PeriodId = g.Key, Aggregates = Combine(g.Select(x => x.Aggregate), a => (a.IndicatorId, (Guid?)null, (Guid?)null)) })
            .SelectMany(g => g.Aggregates, (g, a) => new { g.PeriodId, Aggregate = a })
            .ToList();
        var indicators = await db.Indicators.AsNoTracking().ToListAsync(cancellationToken);
        return ids.ToDictionary(id => id, id => (IReadOnlyDictionary<Guid, decimal?>)Figures(indicators, grouped.Where(g => g.PeriodId == id).Select(g => g.Aggregate)));
    }

    /// <summary>
    /// Groups per indicator, village and child, each village's statistic once (see <see cref="OncePerVillage"/>), when
    /// the breakdown by village is wanted or needed: under a commune (its villages are shown and carried upward), or
    /// above it when one village's statistic comes through two children (a copy, a unit placed in another branch), so
    /// that it still counts once. Null otherwise: see <see cref="ByChildAsync"/>.
    /// </summary>
    private async Task<List<Aggregate>?> ByVillageAsync(Organization node, IQueryable<ChildValue> childValues, List<Aggregate> ownGroups, IReadOnlySet<Guid> areaStatistics, CancellationToken cancellationToken)
    {
        var level = await db.Areas.Where(a => a.Id == node.AreaId).Select(a => a.Level).SingleAsync(cancellationToken);
        var ofVillages = childValues.Where(v => v.AreaId != null && db.Set<Indicator>().Where(i => i.ByVillage).Select(i => i.Id).Contains(v.IndicatorId));
        var needed = level >= AreaLevel.Commune
            || ownGroups.Any(a => a.AreaId != null && areaStatistics.Contains(a.IndicatorId))
            || await ofVillages.GroupBy(v => new { v.IndicatorId, v.AreaId, v.ChildId }).Select(g => new { g.Key.IndicatorId, g.Key.AreaId })
                .GroupBy(v => new { v.IndicatorId, v.AreaId }).Where(g => g.Count() > 1).AnyAsync(cancellationToken);
        if (!needed)
        {
            return null;
        }

        var byChildGroups = await childValues
            .GroupBy(v => new { v.IndicatorId, v.ChildId, v.AreaId })
            .Select(g => new Aggregate(g.Key.IndicatorId, g.Key.AreaId, g.Key.ChildId, g.Sum(v => v.Number), g.Min(v => v.Number), g.Max(v => v.Number), g.Count()))
            .ToListAsync(cancellationToken);
        return OncePerVillage(byChildGroups.Concat(ownGroups), areaStatistics);
    }

    /// <summary>
    /// Above a commune, where no village is reported through two children: per indicator and child only, each village's
    /// statistic once inside its child (the largest reported), in the database. Nationally that is a few thousand rows
    /// where the breakdown by village was one per indicator, child and village (about 134,000).
    /// </summary>
    private async Task<List<Aggregate>> ByChildAsync(IQueryable<ChildValue> childValues, List<Aggregate> ownGroups, CancellationToken cancellationToken)
    {
        var areaStatistics = db.Set<Indicator>().Where(i => i.ByVillage).Select(i => i.Id);
        var ofUnits = await childValues.Where(v => v.AreaId == null || !areaStatistics.Contains(v.IndicatorId))
            .GroupBy(v => new { v.IndicatorId, v.ChildId })
            .Select(g => new Aggregate(g.Key.IndicatorId, null, g.Key.ChildId, g.Sum(v => v.Number), g.Min(v => v.Number), g.Max(v => v.Number), g.Count()))
            .ToListAsync(cancellationToken);
        var ofVillages = await childValues.Where(v => v.AreaId != null && areaStatistics.Contains(v.IndicatorId))
            .GroupBy(v => new { v.IndicatorId, v.ChildId, v.AreaId })
            .Select(g => new { g.Key.IndicatorId, g.Key.ChildId, Number = g.Max(v => v.Number) })
            .GroupBy(v => new { v.IndicatorId, v.ChildId })
            .Select(g => new Aggregate(g.Key.IndicatorId, null, g.Key.ChildId, g.Sum(v => v.Number), g.Min(v => v.Number), g.Max(v => v.Number), g.Count()))
            .ToListAsync(cancellationToken);
        return [.. ofUnits, .. ofVillages, .. ownGroups];
    }

    /// <summary>
    /// A statistic of a village counts once, whichever reports give it (the designated unit reports it; a second report
    /// of the same village, from a unit that changed kind or a copy, must not double the commune's population): per
    /// indicator and village the largest value reported is kept, under the child unit that reported it.
    /// </summary>
    private static List<Aggregate> OncePerVillage(IEnumerable<Aggregate> groups, IReadOnlySet<Guid> areaStatistics)
    {
        var all = groups.ToList();
        var once = all.Where(a => a.AreaId != null && areaStatistics.Contains(a.IndicatorId))
            .GroupBy(a => (a.IndicatorId, a.AreaId))
            .Select(g =>
            {
                var kept = g.OrderByDescending(a => a.Max).ThenBy(a => a.ChildId).First();
                return kept with { Sum = kept.Max, Min = kept.Max, Count = 1 };
            });
        return [.. all.Where(a => a.AreaId == null || !areaStatistics.Contains(a.IndicatorId)), .. once];
    }

    private static List<Aggregate> Combine(IEnumerable<Aggregate> groups, Func<Aggregate, (Guid IndicatorId, Guid? AreaId, Guid? ChildId)> key) =>
        groups.GroupBy(key)
            .Select(g => new Aggregate(g.Key.IndicatorId, g.Key.AreaId, g.Key.ChildId, g.Sum(a => a.Sum), g.Min(a => a.Min), g.Max(a => a.Max), g.Sum(a => a.Count)))
            .ToList();

    /// <summary>Each indicator's figure from the database's aggregates; ratios from the summed parts; null when nobody reported it.</summary>
    private static Dictionary<Guid, decimal?> Figures(IReadOnlyList<Indicator> indicators, IEnumerable<Aggregate> aggregates)
    {
        var byIndicator = aggregates.ToDictionary(a => a.IndicatorId);
        var figures = new Dictionary<Guid, decimal?>();
        foreach (var indicator in indicators.Where(i => !i.IsComputed))
        {
            figures[indicator.Id] = byIndicator.TryGetValue(indicator.Id, out var a) ? indicator.Aggregation switch
            {
                IndicatorAggregation.Sum => a.Sum,
                IndicatorAggregation.Min => a.Min,
                IndicatorAggregation.Max => a.Max,
                _ => null,
            } : null;
        }

        foreach (var indicator in indicators.Where(i => i.IsComputed))
        {
            figures[indicator.Id] = IndicatorTotals.Ratio(indicator, id => figures.GetValueOrDefault(id));
        }

        return figures;
    }

    /// <summary>A value with the child it rolls up into (members, not a constructor, so that the database can group on them).</summary>
    private sealed class ChildValue
    {
        public Guid IndicatorId { get; init; }

        public Guid ChildId { get; init; }

        public Guid? AreaId { get; init; }

        public decimal? Number { get; init; }
    }

    private sealed record Aggregate(Guid IndicatorId, Guid? AreaId, Guid? ChildId, decimal? Sum, decimal? Min, decimal? Max, int Count);
}

public sealed record ReportState(Guid ReportId, Guid OrganizationId, string UnitName, string Path, ReportStatus Status);

/// <param name="Figures">Indicator id → figure (null: nobody reported it).</param>
public sealed record Breakdown(Guid Id, string Name, IReadOnlyDictionary<Guid, decimal?> Figures);

public sealed class Consolidated
{
    public required ReportingPeriod Period { get; init; }

    public required Organization Node { get; init; }

    /// <summary>Numeric and yes/no indicators, in catalog order (text is read in the narratives, not combined).</summary>
    public required IReadOnlyList<Indicator> Indicators { get; init; }

    public required IReadOnlyDictionary<Guid, decimal?> Overall { get; init; }

    /// <summary>The unit's own report, when it reports in this period itself.</summary>
    public IReadOnlyDictionary<Guid, decimal?>? Own { get; init; }

    /// <summary>Each village's figures, when broken down by village (under a commune; see <see cref="ByVillage"/>).</summary>
    public required IReadOnlyList<Breakdown> Villages { get; init; }

    /// <summary>Whether figures were broken down by village: under a commune, or above it where a village came through two children.</summary>
    public bool ByVillage { get; init; }

    public required IReadOnlyList<Breakdown> Children { get; init; }

    /// <summary>How many reports are counted: submitted or accepted.</summary>
    public required int CountedReports { get; init; }

    /// <summary>Reports not counted: not yet submitted, or returned for correction.</summary>
    public required IReadOnlyList<ReportState> Missing { get; init; }
}
