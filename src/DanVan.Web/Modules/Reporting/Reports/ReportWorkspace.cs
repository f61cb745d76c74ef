using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Reporting.Indicators;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>Loads a report with what surrounds it, reads the posted form against the catalog, and snapshots versions.</summary>
public sealed class ReportWorkspace(AppDbContext db, TimeProvider clock, ITaskCycles cycles)
{
    /// <summary>The report if the user may read it (tracked, to be changed); null otherwise.</summary>
    public async Task<ReportContext?> LoadAsync(Guid id, OrgScope scope, CancellationToken cancellationToken)
    {
        var report = await db.Reports.VisibleTo(db, scope)
            .Include(r => r.Narratives).Include(r => r.Values).Include(r => r.Events)
            .Include(r => r.Organization).ThenInclude(o => o!.Kind)
            .Include(r => r.Period).ThenInclude(p => p!.Plan).ThenInclude(p => p!.Document)
            .Include(r => r.Period).ThenInclude(p => p!.Plan).ThenInclude(p => p!.Organization)
            .Include(r => r.Period).ThenInclude(p => p!.Plan).ThenInclude(p => p!.Consolidator)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var plan = report.Period!.Plan!;
        var unit = report.Organization!;
        // A report outside DanVan is the issuer's account of the whole plan: every task of it, as the issuer leads it.
        var tasks = report.IsExternal
            ? await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == plan.Id).OrderBy(t => t.Position)
                .Select(t => new { t.Id, t.Number, t.Text, Role = AssignmentRole.Lead }).ToListAsync(cancellationToken)
            : await db.TaskAssignments.AsNoTracking()
                .Where(a => a.OrganizationId == unit.Id && a.Task!.PlanId == plan.Id)
                .OrderBy(a => a.Task!.Position)
                .Select(a => new { a.Task!.Id, a.Task.Number, a.Task.Text, a.Role })
                .ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.IsActive || db.Set<ReportValue>().Any(v => v.ReportId == id && v.IndicatorId == i.Id))
            .OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var villages = await db.Areas.AsNoTracking().Where(a => a.ParentId == unit.AreaId && a.Level == AreaLevel.Village).ToListAsync(cancellationToken);
        // A unit is asked what it must report (its kind reports it; a statistic by village if it has villages); a unit that
        // consolidates the plans carrying this one out reports every figure rolled up from below. Figures already saved stay.
        var lowerPlans = report.IsExternal ? [] : await db.Plans.AsNoTracking().Include(p => p.Consolidator)
            .Where(p => p.OrganizationId == unit.Id && p.ParentPlanId == plan.Id).ToListAsync(cancellationToken);
        var consolidates = report.IsExternal || lowerPlans.Count > 0;
        var consolidators = report.IsExternal ? [plan.Consolidator] : lowerPlans.Select(p => p.Consolidator);
        var saved = report.Values.Select(v => v.IndicatorId).ToHashSet();
        if (!consolidates)
        {
            indicators = Asked(indicators, unit.Kind?.Code, villages.Count > 0, saved);
        }

        return new ReportContext
        {
            Report = report,
            Period = report.Period,
            Plan = plan,
            Unit = unit,
            Receiver = plan.Organization!,
            Tasks = tasks.Select(t => new ReportTask(t.Id, t.Number, t.Text.Split('\n', 2)[0], t.Text, t.Role)).ToList(),
            Indicators = indicators,
            Villages = villages.OrderBy(v => v.Name, VietnameseText.Comparer).ToList(),
            CanWrite = ReportDuty.Writers(unit, consolidators.OfType<Organization>()).Any(o => scope.Allows(ReportPermissions.Write, o)),
            CanReview = !report.IsExternal && scope.ReviewsForIssuer(plan, unit),
            CanSeePeriod = scope.AllowsForIssuer(ReportPermissions.View, plan),
            CanRecordTasks = scope.Allows(PlanPermissions.Manage, unit),
            Cycles = await cycles.OfUnitAsync(plan.Id, unit.Id, report.Period.DataFrom, report.Period.DataTo, clock.Today(), cancellationToken),
            Scope = scope,
        };
    }

    /// <summary>
    /// Checks the form, saves it and, when asked, submits it, in one transaction guarded by the revision the form
    /// was opened at. The pages, the Excel upload and the API all write through here.
    /// </summary>
    public async Task<WriteOutcome> WriteAsync(ReportContext context, ReportForm form, bool submit, ReportActor actor, CancellationToken cancellationToken)
    {
        var (narratives, values, errors) = Read(context, form);
        if (errors.Count > 0)
        {
            return new WriteOutcome(WriteResult.Invalid, errors, null);
        }

        var report = context.Report;
        var now = clock.GetUtcNow().UtcDateTime;
        return await GuardedAsync(db, report, form.Revision, async () =>
        {
            report.Save(form.Revision, narratives, values, actor, now);
            if (submit)
            {
                report.Submit(report.Revision, Snapshot(context).ToJson(), actor, now);

                // The cycles the officer ticked as done are recorded with the submission, in the same transaction.
                await cycles.CompleteAsync(form.CompleteCycles, context.Plan.Id, context.Unit.Id, context.Scope, VietnamTime.DateOf(now),
                    taskId => CycleNote(context, narratives, taskId), actor.Id, actor.Name, cancellationToken);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Makes a change to a report and saves it in one SaveChanges, guarded by the revision it was opened at; a business
    /// rule, a change in between (by revision or by the database's concurrency check) leaves nothing saved.
    /// </summary>
    /// <returns>A conflict found by the database carries no message: the caller reloads the report to say who saved.</returns>
    internal static async Task<WriteOutcome> GuardedAsync(AppDbContext db, Report report, int openedAt, Func<Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await change();

            // The revision the form was opened at is what the database must still hold (optimistic concurrency).
            db.Entry(report).Property(r => r.Revision).OriginalValue = openedAt;
            await db.SaveChangesAsync(cancellationToken);
            return new WriteOutcome(WriteResult.Saved, [], null);
        }
        catch (ReportChangedException e)
        {
            db.ChangeTracker.Clear();
            return new WriteOutcome(WriteResult.Conflict, [], e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Who saved in between is read again by the caller: the tracked report holds this change, not theirs.
            db.ChangeTracker.Clear();
            return new WriteOutcome(WriteResult.Conflict, [], null);
        }
        catch (BusinessRuleException e)
        {
            db.ChangeTracker.Clear();
            return new WriteOutcome(WriteResult.Refused, [], e.Message);
        }
    }

    /// <summary>The indicators a unit of a kind is asked for; a ratio when both its parts are.</summary>
    internal static List<Indicator> Asked(IReadOnlyList<Indicator> indicators, string? kindCode, bool hasVillages, IReadOnlySet<Guid> saved)
    {
        var entered = indicators.Where(i => !i.IsComputed && ((i.IsReportedBy(kindCode) && (!i.ByVillage || hasVillages)) || saved.Contains(i.Id)))
            .Select(i => i.Id).ToHashSet();
        return indicators.Where(i => entered.Contains(i.Id)
            || (i.IsComputed && i.NumeratorId is { } n && i.DenominatorId is { } d && entered.Contains(n) && entered.Contains(d))).ToList();
    }

    /// <summary>The progress note of a cycle recorded done with the report: the report's title and what it says of the task.</summary>
    private static string CycleNote(ReportContext context, IReadOnlyCollection<NarrativeInput> narratives, Guid taskId)
    {
        var results = narratives.FirstOrDefault(n => n.TaskId == taskId)?.Results?.Trim();
        var note = $"Ghi nhận hoàn thành khi gửi báo cáo “{context.Period.Title}”." + (string.IsNullOrEmpty(results) ? "" : " " + results);
        return note.Length <= 3000 ? note : note[..2999] + "…";
    }

    /// <summary>The form as it shows the saved report.</summary>
    public static ReportForm FormOf(ReportContext context) => ReportMerge.Stamped(UnstampedFormOf(context));

    private static ReportForm UnstampedFormOf(ReportContext context)
    {
        var report = context.Report;
        return new ReportForm
        {
            Revision = report.Revision,
            Narratives = context.Tasks.Select(t => report.Narratives.FirstOrDefault(n => n.TaskId == t.Id) is { } n
                ? new NarrativeField { TaskId = t.Id, Results = n.Results, Limitations = n.Limitations, Proposals = n.Proposals }
                : new NarrativeField { TaskId = t.Id }).ToList(),
            Values = context.ValueRows().Select(row => new ValueField
            {
                IndicatorId = row.Indicator.Id,
                AreaId = row.Village?.Id,
                Raw = report.Values.FirstOrDefault(v => v.IndicatorId == row.Indicator.Id && v.AreaId == row.Village?.Id) is { } v
                    ? IndicatorValues.Format(row.Indicator, v.Number, v.Text) : null,
            }).ToList(),
        };
    }

    /// <summary>
    /// Reads the posted form: narratives only for the unit's tasks, values only for the catalog's rows, each
    /// value checked (type, bounds, "not above" another indicator of the same village). Errors name the field.
    /// </summary>
    public static (List<NarrativeInput> Narratives, List<ValueInput> Values, List<FieldError> Errors) Read(ReportContext context, ReportForm form)
    {
        var errors = new List<FieldError>();
        var narratives = form.Narratives
            .Where(n => context.Tasks.Any(t => t.Id == n.TaskId))
            .Select(n => new NarrativeInput(n.TaskId, n.Results, n.Limitations, n.Proposals))
            .ToList();
        var rows = context.ValueRows().ToList();
        var values = new List<ValueInput>();
        for (var i = 0; i < form.Values.Count; i++)
        {
            var field = form.Values[i];
            var row = rows.FirstOrDefault(r => r.Indicator.Id == field.IndicatorId && r.Village?.Id == field.AreaId);
            if (row.Indicator is null)
            {
                continue;
            }

            if (IndicatorValues.TryRead(row.Indicator, field.Raw, out var value, out var error))
            {
                values.Add(new ValueInput(row.Indicator.Id, row.Village?.Id, value));
            }
            else
            {
                errors.Add(new FieldError($"Form.Values[{i}].Raw", $"{Label(row.Indicator, row.Village)}: {error}."));
            }
        }

        foreach (var input in values.Where(v => v.Value?.Number is not null))
        {
            var indicator = context.Indicators.First(x => x.Id == input.IndicatorId);
            if (indicator.NotAboveId is not { } limitId
                || context.Indicators.FirstOrDefault(x => x.Id == limitId) is not { } limit
                || values.FirstOrDefault(v => v.IndicatorId == limitId && v.AreaId == input.AreaId)?.Value?.Number is not { } limitValue
                || input.Value!.Number <= limitValue)
            {
                continue;
            }

            var index = form.Values.FindIndex(f => f.IndicatorId == input.IndicatorId && f.AreaId == input.AreaId);
            var village = context.Villages.FirstOrDefault(v => v.Id == input.AreaId);
            errors.Add(new FieldError($"Form.Values[{index}].Raw",
                $"{Label(indicator, village)}: {IndicatorValues.Format(input.Value.Number!.Value)} lớn hơn “{limit.Name}” ({IndicatorValues.Format(limitValue)}); số này không được lớn hơn “{limit.Name}”, hãy kiểm tra lại hai số"));
        }

        return (narratives, values, errors);
    }

    /// <summary>The saved content as it reads on the day of submission.</summary>
    public static ReportSnapshot Snapshot(ReportContext context)
    {
        var report = context.Report;
        var narratives = context.Tasks
            .Select(t => (Task: t, Text: report.Narratives.FirstOrDefault(n => n.TaskId == t.Id)))
            .Where(x => x.Text is not null)
            .Select(x => new SnapshotNarrative(x.Task.Id, x.Task.Number, x.Task.Heading, x.Text!.Results, x.Text.Limitations, x.Text.Proposals))
            .ToList();
        var values = new List<SnapshotValue>();
        foreach (var indicator in context.Indicators)
        {
            // Whole-unit value first, then villages in the page's order.
            foreach (var village in context.Villages.Cast<Area?>().Prepend(null))
            {
                if (report.Values.FirstOrDefault(v => v.IndicatorId == indicator.Id && v.AreaId == village?.Id) is { } value)
                {
                    values.Add(new SnapshotValue(indicator.Code, indicator.Name, indicator.Unit, village?.Name, IndicatorValues.Format(indicator, value.Number, value.Text)));
                }
            }

            if ((indicator.IsComputed || (indicator.ByVillage && context.Villages.Count > 0)) && context.TotalOf(indicator, report.Values) is { } total)
            {
                values.Add(new SnapshotValue(indicator.Code, indicator.Name, indicator.Unit, null, IndicatorValues.Format(total)));
            }
        }

        return new ReportSnapshot(narratives, values);
    }

    public static string Label(Indicator indicator, Area? village) =>
        $"{indicator.Code} – {indicator.Name}{(village is null ? "" : $", {village.Name}")}";
}

public enum WriteResult
{
    Saved,
    Invalid,
    Conflict,
    Refused,
}

/// <param name="Message">For a conflict: who saved meanwhile (null when only the database noticed); for a refusal: why.</param>
public sealed record WriteOutcome(WriteResult Result, IReadOnlyList<FieldError> Errors, string? Message);
