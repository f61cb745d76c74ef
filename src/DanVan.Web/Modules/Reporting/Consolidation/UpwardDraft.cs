using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using System.Text;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Reporting.Consolidation;

/// <summary>
/// The unit's own report in the chain: its report in the matching period of the superior plan (the plan its
/// plan carries out), filled from the consolidation — figures as rolled up now, narratives compiled under the
/// superior plan's task each of its tasks carries out — as a draft the officer edits and sends through the
/// same workflow.
/// </summary>
public sealed class UpwardDraft(AppDbContext db, ReportWorkspace workspace)
{
    /// <summary>
    /// The unit's report upward for this period: in the matching period of the superior plan its plan carries out, or, at
    /// the issuer of a plan that reports outside DanVan, its own report of this period to that body.
    /// </summary>
    public async Task<Guid?> FindAsync(ReportingPeriod period, Organization node, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Where(p => p.Id == period.PlanId).Select(p => new { p.ParentPlanId, p.OrganizationId }).SingleAsync(cancellationToken);
        if (plan.ParentPlanId is not { } parentPlanId)
        {
            return plan.OrganizationId != node.Id ? null : await db.Reports
                .Where(r => r.PeriodId == period.Id && r.OrganizationId == node.Id && r.IsExternal).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        }

        if (period.Kind == PeriodKind.OnRequest)
        {
            return null;
        }

        return await db.Reports
            .Where(r => r.OrganizationId == node.Id && !r.IsExternal && r.Period!.PlanId == parentPlanId && r.Period.Kind == period.Kind && r.Period.Year == period.Year)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>What the consolidation page offers for the report upward: the user writes it, and it can still take the figures.</summary>
    public async Task<UpwardState> StateAsync(Guid? upwardReportId, ReportingPeriod period, Organization node, OrgScope scope, CancellationToken cancellationToken)
    {
        if (upwardReportId is { } id)
        {
            var context = await workspace.LoadAsync(id, scope, cancellationToken);
            return new UpwardState(context?.CanWrite == true, context?.Report.IsEditable == true);
        }

        // No report yet: the issuer's report outside DanVan is made on the first draft, by whoever writes for the issuer.
        return new UpwardState(period.Plan is { ReportsTo: not null, ParentPlanId: null } plan && plan.OrganizationId == node.Id
            && scope.AllowsForIssuer(ReportPermissions.Write, plan), true);
    }

    /// <summary>
    /// At the issuer of a plan that reports outside DanVan, its report of a period opened before the plan named the
    /// recipient: made now, due a week after the units' deadline unless the period already says. Null when there is none to make.
    /// </summary>
    public async Task<Guid?> StartExternalAsync(ReportingPeriod period, Organization node, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleAsync(p => p.Id == period.PlanId, cancellationToken);
        if (plan.ReportsTo is not { } recipient || plan.OrganizationId != node.Id || plan.ParentPlanId is not null)
        {
            return null;
        }

        var tracked = await db.ReportingPeriods.SingleAsync(p => p.Id == period.Id, cancellationToken);
        tracked.SetExternalDueOn(tracked.ExternalDueOn ?? PeriodOpening.DefaultExternalDue(tracked.DueOn));
        var report = Report.ExternalFor(tracked, await db.Organizations.SingleAsync(o => o.Id == node.Id, cancellationToken), recipient);
        db.Reports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Columns(e) is not null)
        {
            // Someone made it a moment ago: use theirs.
            db.ChangeTracker.Clear();
            return await FindAsync(period, node, cancellationToken);
        }

        return report.Id;
    }

    /// <summary>Fills the upward report's draft from the consolidation; the same checks and revision guard as the form.</summary>
    public async Task<WriteOutcome?> FillAsync(Guid upwardReportId, Consolidated consolidated, IReadOnlyList<TaskPassages> passages, OrgScope scope, ReportActor actor, CancellationToken cancellationToken)
    {
        var context = await workspace.LoadAsync(upwardReportId, scope, cancellationToken);
        if (context is null || !context.CanWrite)
        {
            return null;
        }

        if (!context.Report.IsEditable)
        {
            var said = context.Report.StatusText();
            return new WriteOutcome(WriteResult.Refused, [], $"Báo cáo gửi {context.ReceiverName}: {char.ToLowerInvariant(said[0]) + said[1..]}, không đưa số liệu vào được nữa.");
        }

        var form = ReportWorkspace.FormOf(context);
        Compile(context, form, passages);
        foreach (var field in form.Values)
        {
            var indicator = context.Indicators.First(i => i.Id == field.IndicatorId);
            var figures = field.AreaId is { } village ? consolidated.Villages.FirstOrDefault(v => v.Id == village)?.Figures : consolidated.Overall;
            if (figures?.GetValueOrDefault(indicator.Id) is { } number)
            {
                field.Raw = indicator.Type == IndicatorType.YesNo ? (number > 0 ? "Có" : "Không") : IndicatorValues.Format(number);
            }
        }

        return await workspace.WriteAsync(context, form, submit: false, actor, cancellationToken);
    }

    /// <summary>
    /// Each upward task gets what the units wrote under the tasks that carry it out (for a report outside DanVan, under the
    /// task itself); passages of unlinked tasks go to the first task.
    /// </summary>
    private static void Compile(ReportContext context, ReportForm form, IReadOnlyList<TaskPassages> passages)
    {
        if (form.Narratives.Count == 0)
        {
            return;
        }

        static bool Under(TaskPassages p, Guid taskId) => p.ParentTaskId == taskId || p.TaskId == taskId;
        foreach (var narrative in form.Narratives)
        {
            var own = passages.Where(p => Under(p, narrative.TaskId)).ToList();
            if (narrative == form.Narratives[0])
            {
                own.AddRange(passages.Where(p => !Under(p, narrative.TaskId) && form.Narratives.All(n => !Under(p, n.TaskId))));
            }

            if (own.Count == 0)
            {
                continue;
            }

            narrative.Results = Join(own, p => p.Results, narrative.TaskId);
            narrative.Limitations = Join(own, p => p.Limitations, narrative.TaskId);
            narrative.Proposals = Join(own, p => p.Proposals, narrative.TaskId);
        }
    }

    /// <summary>Said where the compiled text had to stop (a narrative holds at most <see cref="ReportNarrative.MaxLength"/> characters).</summary>
    internal const string Cut = "… (còn nữa: phần tổng hợp dài quá giới hạn một mục báo cáo; xem đủ ở trang tổng hợp)";

    /// <summary>
    /// "- Unit: passage" lines under each task's number and heading (not under the narrative's own task, which the report
    /// already names); cut at a line end, and said so, when too long.
    /// </summary>
    internal static string? Join(IEnumerable<TaskPassages> tasks, Func<Passage, string?> part, Guid? ownTask = null)
    {
        var text = new StringBuilder();
        foreach (var task in tasks)
        {
            var lines = task.Passages.Where(p => !string.IsNullOrWhiteSpace(part(p))).Select(p => $"- {p.UnitName}: {part(p)!.Trim()}").ToList();
            if (lines.Count > 0)
            {
                if (task.TaskId != ownTask)
                {
                    text.Append(task.Number).Append(". ").AppendLine(task.Heading);
                }

                lines.ForEach(l => text.AppendLine(l));
            }
        }

        var result = text.ToString().TrimEnd();
        if (result.Length <= ReportNarrative.MaxLength)
        {
            return result.Length == 0 ? null : result;
        }

        var end = result.LastIndexOf('\n', ReportNarrative.MaxLength - Cut.Length - 1);
        return result[..(end > 0 ? end : ReportNarrative.MaxLength - Cut.Length - 1)].TrimEnd() + "\n" + Cut;
    }
}

/// <param name="CanDraft">The user writes the report upward.</param>
/// <param name="IsEditable">It is still a draft (or returned), so the consolidation can go into it.</param>
public sealed record UpwardState(bool CanDraft, bool IsEditable);
