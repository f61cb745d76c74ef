using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Reports;
using DanVan.Web.Modules.Reporting.Targets;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Web.Modules.Reporting.Periods;

/// <summary>
/// Files demo reports through the same entity rules as people do (save, submit, return, accept), dated as they
/// would have happened around each deadline, with values that respect the catalog's bounds and limits.
/// </summary>
internal sealed class DemoPeriods(AppDbContext db, PeriodOpening opening, Consolidation.ConsolidationQuery consolidation, Consolidation.PassageQuery passages, Consolidation.UpwardDraft upwardDraft, ReportWorkspace workspace, TimeProvider clock) : IReportingDemo
{
    /// <summary>The figures of the reports of units that consolidate a plan carrying this one out: their consolidation, as an officer drafts it.</summary>
    private readonly Dictionary<Guid, List<ValueInput>> upward = [];

    private static readonly ReportActor Unit = new("demo", "Cán bộ đơn vị (dữ liệu mẫu)");
    private static readonly ReportActor Receiver = new("demo", "Cán bộ tổng hợp (dữ liệu mẫu)");

    public async Task<int> SeedAsync(Guid planId, int year, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Organization).SingleAsync(p => p.Id == planId, cancellationToken);
        if (await db.ReportingPeriods.AnyAsync(p => p.PlanId == planId, cancellationToken)
            || !await opening.ReportingUnits(planId).AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var filed = 0;
        foreach (var kind in new[] { PeriodKind.SixMonth, PeriodKind.Annual })
        {
            var (from, to, due) = (await opening.ScheduleAsync(plan, kind, cancellationToken)).DatesFor(year);
            var period = await opening.OpenAsync(plan, new PeriodRequest(kind, year, null, from, to, due), "Dữ liệu mẫu", isDemo: true, cancellationToken);
            var contexts = await ContextsAsync(period, plan.Organization!, cancellationToken);
            await ConsolidateUpwardAsync(period, contexts, cancellationToken);
            for (var i = 0; i < contexts.Count; i++)
            {
                // The statistics of the villages come from one unit; the commune's report upward carries its consolidation:
                // both are sent in time in the closed half-year. In the open year the statistics are in, the report upward is drafted.
                var context = contexts[i];
                var keeps = upward.ContainsKey(context.Report.Id) ? Role.Consolidates
                    : context.Indicators.Any(x => x.ByVillage && !x.IsComputed) ? Role.KeepsStatistics : Role.Reports;
                filed += (kind, keeps) switch
                {
                    (PeriodKind.SixMonth, Role.Reports) => PastPeriod(context, i, due),
                    (PeriodKind.SixMonth, _) => PastPeriod(context, 4, due),
                    (_, Role.Consolidates) => SentEarly(context, Min(now.AddDays(-2), At(due, -2)), Min(now.AddDays(-1), At(due, -1))),
                    (_, Role.KeepsStatistics) => OpenPeriod(context, 0, due, now),
                    _ => OpenPeriod(context, i, due, now),
                };
            }

            await db.SaveChangesAsync(cancellationToken);
            await ReportOutsideAsync(period, plan.Organization!, sent: kind == PeriodKind.SixMonth, cancellationToken);
        }

        await SeedTargetsAsync(plan, now, cancellationToken);
        return filed;
    }

    /// <summary>Targets the plan sets: for its issuer (rates, dialogues, school drop-outs not above) and a number of dialogues for each unit directly below.</summary>
    private async Task SeedTargetsAsync(Plan plan, DateTime now, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.Where(i => i.IsActive).ToDictionaryAsync(i => i.Code, cancellationToken);
        void Set(Guid unitId, string code, decimal value, TargetDirection direction)
        {
            if (indicators.TryGetValue(code, out var indicator))
            {
                db.IndicatorTargets.Add(IndicatorTarget.Set(plan.Id, unitId, indicator, value, direction, now, isDemo: true));
            }
        }

        Set(plan.OrganizationId, "TL_BHYT", 95, TargetDirection.AtLeast);
        Set(plan.OrganizationId, "TL_NUOC_SACH", 90, TargetDirection.AtLeast);
        Set(plan.OrganizationId, "TL_KN_XONG", 90, TargetDirection.AtLeast);
        Set(plan.OrganizationId, "DOI_THOAI", 24, TargetDirection.AtLeast);
        Set(plan.OrganizationId, "HS_BO_HOC", 5, TargetDirection.AtMost);
        var children = await db.Organizations.Where(o => o.ParentId == plan.OrganizationId && !o.IsArchived).Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var child in children)
        {
            Set(child, "DOI_THOAI", 2, TargetDirection.AtLeast);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The deadline has passed: every outcome a receiver meets.</summary>
    private int PastPeriod(ReportContext context, int index, DateOnly due)
    {
        var report = context.Report;
        switch (index % 6)
        {
            case 0: // missing: a draft started, never sent
                Fill(context, At(due, -3), partial: true);
                return 0;
            case 1: // returned for more figures
                Fill(context, At(due, -2));
                Submit(context, At(due, -2));
                report.Return(report.Revision, "Đề nghị bổ sung số liệu hộ dùng nước sạch theo từng thôn và nêu rõ nguyên nhân của hạn chế.", Receiver, At(due, 1));
                return 1;
            case 2: // late, then accepted
                Fill(context, At(due, 3));
                Submit(context, At(due, 4));
                report.Accept(report.Revision, null, Receiver, At(due, 6));
                return 1;
            case 3: // on time, waiting for review
                Fill(context, At(due, -1));
                Submit(context, At(due, -1));
                return 1;
            default: // on time and accepted
                Fill(context, At(due, -4 - (index % 3)));
                Submit(context, At(due, -4 - (index % 3)));
                report.Accept(report.Revision, "Báo cáo đầy đủ, đúng hạn.", Receiver, At(due, 2));
                return 1;
        }
    }

    /// <summary>Still open: some units have sent, some are writing, the rest have not started.</summary>
    private int OpenPeriod(ReportContext context, int index, DateOnly due, DateTime now)
    {
        var sent = Min(now.AddDays(-2), At(due, -1));
        switch (index % 4)
        {
            case 0:
                Fill(context, sent);
                Submit(context, sent);
                return 1;
            case 1:
                Fill(context, Min(now.AddDays(-3), At(due, -2)), partial: true);
                return 0;
            default:
                return 0;
        }
    }

    private enum Role
    {
        Reports,
        KeepsStatistics,
        Consolidates,
    }

    /// <summary>The commune's report upward, sent ahead of the deadline from what its units had sent, and accepted.</summary>
    private int SentEarly(ReportContext context, DateTime sent, DateTime accepted)
    {
        Fill(context, sent);
        Submit(context, sent);
        context.Report.Accept(context.Report.Revision, "Đã tiếp nhận để tổng hợp báo cáo Trung ương.", Receiver, accepted);
        return 1;
    }

    /// <summary>
    /// The issuer's own report outside DanVan (the province's to the central board), drafted from its consolidation the way
    /// an officer does it ("Đưa vào bản nháp"); the closed half-year's was sent by its deadline.
    /// </summary>
    private async Task ReportOutsideAsync(ReportingPeriod period, Organization issuer, bool sent, CancellationToken cancellationToken)
    {
        if (await upwardDraft.FindAsync(period, issuer, cancellationToken) is not { } id)
        {
            return;
        }

        var system = new OrgScope(null, true, []);
        var consolidated = await consolidation.ForAsync(period, issuer, cancellationToken);
        var compiled = await passages.PassagesAsync(period, issuer, cancellationToken);
        var outcome = await upwardDraft.FillAsync(id, consolidated, compiled, system, Receiver, cancellationToken);
        if (outcome?.Result != WriteResult.Saved || !sent)
        {
            return;
        }

        var context = (await workspace.LoadAsync(id, system, cancellationToken))!;
        context.Report.Submit(context.Report.Revision, ReportWorkspace.Snapshot(context).ToJson(), Receiver, At(context.Report.DueOn, -1));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Submit(ReportContext context, DateTime at) =>
        context.Report.Submit(context.Report.Revision, ReportWorkspace.Snapshot(context).ToJson(), Unit, at);

    private void Fill(ReportContext context, DateTime at, bool partial = false)
    {
        // Each unit in the words of its own work, with its own figures and places (Demo/DemoNarratives).
        var narratives = context.Tasks.Take(partial ? 1 : context.Tasks.Count).Select((t, i) => Demo.DemoNarratives.For(context, t, i, partial)).ToList();
        context.Report.Save(context.Report.Revision, narratives, partial ? [] : upward.GetValueOrDefault(context.Report.Id) ?? Values(context), Unit, at);
    }

    /// <summary>Plausible figures per unit and village, inside the indicator's bounds and never above its limit.</summary>
    private static List<ValueInput> Values(ReportContext context)
    {
        var values = new Dictionary<(Guid, Guid?), decimal>();
        var rows = context.ValueRows().Where(r => r.Indicator.Type != IndicatorType.Text).OrderBy(r => r.Indicator.NotAboveId is null ? 0 : 1).ToList();
        foreach (var (indicator, village) in rows)
        {
            var seed = Stable($"{context.Unit.Code}|{indicator.Code}|{village?.Code}|{context.Period.Kind}");
            // People and households of a place change little from the half-year to the year: the same base, a few more.
            var stock = Stable($"{context.Unit.Code}|{indicator.Code}|{village?.Code}");
            var growth = context.Period.Kind == PeriodKind.Annual ? 1 + (seed % 9) : 0;
            decimal value = indicator.Type switch
            {
                IndicatorType.YesNo => seed % 5 == 0 ? 0 : 1,
                _ when indicator.Unit == "người" => (village is null ? 12 + (stock % 40) : 320 + (stock % 900)) + growth,
                _ when indicator.Unit == "hộ" => (village is null ? 150 + (stock % 400) : 80 + (stock % 220)) + (growth / 3),
                _ => seed % 12,
            };
            if (indicator.NotAboveId is { } limitId && values.TryGetValue((limitId, village?.Id), out var limit))
            {
                value = Math.Floor(limit * (0.7m + ((seed % 28) / 100m)));
            }

            value = Math.Clamp(value, indicator.MinValue ?? decimal.MinValue, indicator.MaxValue ?? decimal.MaxValue);
            values[(indicator.Id, village?.Id)] = value;
        }

        return values.Select(v => new ValueInput(v.Key.Item1, v.Key.Item2, new ReportedValue(v.Value, null))).ToList();
    }

    /// <summary>
    /// A unit that issued a plan carrying this one out reports what its consolidation shows (the plans below are seeded
    /// first): villages' figures per village, the rest as rolled up; so the figures add up from unit to province.
    /// </summary>
    private async Task ConsolidateUpwardAsync(ReportingPeriod period, List<ReportContext> contexts, CancellationToken cancellationToken)
    {
        foreach (var context in contexts)
        {
            var below = await db.ReportingPeriods.Include(p => p.Plan)
                .FirstOrDefaultAsync(p => p.Plan!.ParentPlanId == period.PlanId && p.Plan.OrganizationId == context.Unit.Id && p.Kind == period.Kind && p.Year == period.Year, cancellationToken);
            if (below is null)
            {
                continue;
            }

            var consolidated = await consolidation.ForAsync(below, context.Unit, cancellationToken);
            upward[context.Report.Id] = context.ValueRows()
                .Select(row => (row, Number: row.Village is { } village
                    ? consolidated.Villages.FirstOrDefault(v => v.Id == village.Id)?.Figures.GetValueOrDefault(row.Indicator.Id)
                    : consolidated.Overall.GetValueOrDefault(row.Indicator.Id)))
                .Where(x => x.Number is not null)
                .Select(x => new ValueInput(x.row.Indicator.Id, x.row.Village?.Id, new ReportedValue(x.Number!.Value, null)))
                .ToList();
        }
    }

    private async Task<List<ReportContext>> ContextsAsync(ReportingPeriod period, Organization receiver, CancellationToken cancellationToken)
    {
        var reports = db.ChangeTracker.Entries<Report>().Select(e => e.Entity).Where(r => r.PeriodId == period.Id && !r.IsExternal).ToList();
        var unitIds = reports.Select(r => r.OrganizationId).ToList();
        var units = await db.Organizations.Include(o => o.Kind).Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var tasks = await db.TaskAssignments.AsNoTracking()
            .Where(a => a.OrganizationId != null && unitIds.Contains(a.OrganizationId.Value) && a.Task!.PlanId == period.PlanId)
            .OrderBy(a => a.Task!.Position)
            .Select(a => new { OrganizationId = a.OrganizationId!.Value, a.Task!.Id, a.Task.Number, a.Task.Text, a.Role })
            .ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var villages = await db.Areas.AsNoTracking().Where(a => a.Level == AreaLevel.Village).ToListAsync(cancellationToken);
        var consolidating = (await db.Plans.Where(p => p.ParentPlanId == period.PlanId).Select(p => p.OrganizationId).ToListAsync(cancellationToken)).ToHashSet();
        var kinds = await db.OrganizationKinds.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Code, cancellationToken);
        return reports
            .OrderBy(r => units[r.OrganizationId].Name, VietnameseText.Comparer)
            .Select(r => new ReportContext
            {
                Report = r,
                Period = period,
                Plan = period.Plan!,
                Unit = units[r.OrganizationId],
                Receiver = receiver,
                Tasks = tasks.Where(t => t.OrganizationId == r.OrganizationId).Select(t => new ReportTask(t.Id, t.Number, t.Text.Split('\n', 2)[0], t.Text, t.Role)).ToList(),
                Indicators = consolidating.Contains(r.OrganizationId) ? indicators
                    : ReportWorkspace.Asked(indicators, kinds.GetValueOrDefault(units[r.OrganizationId].KindId), villages.Any(v => v.ParentId == units[r.OrganizationId].AreaId), new HashSet<Guid>()),
                Villages = villages.Where(v => v.ParentId == units[r.OrganizationId].AreaId).OrderBy(v => v.Name, VietnameseText.Comparer).ToList(),
            })
            .ToList();
    }

    /// <summary>09:00 Vietnam time, <paramref name="days"/> from the deadline, in UTC.</summary>
    private static DateTime At(DateOnly due, int days) => DateTime.SpecifyKind(due.AddDays(days).ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static int Stable(string text) => Demo.DemoNarratives.Stable(text);
}
