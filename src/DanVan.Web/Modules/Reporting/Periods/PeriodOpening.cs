using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Reporting.Periods;

/// <summary>Opens a reporting period of a plan and asks every unit holding one of its tasks for a report.</summary>
public sealed class PeriodOpening(AppDbContext db, TimeProvider clock)
{
    /// <summary>The plan's regime for a kind of periodic report: as saved, or the defaults of Nghị định 09/2019.</summary>
    public async Task<ReportingSchedule> ScheduleAsync(Plan plan, PeriodKind kind, CancellationToken cancellationToken) =>
        await db.ReportingSchedules.SingleOrDefaultAsync(s => s.PlanId == plan.Id && s.Kind == kind, cancellationToken)
        ?? ReportingSchedule.DefaultFor(plan, kind);

    /// <summary>The units that must report under a plan: those given one of its tasks, still active.</summary>
    public IQueryable<Organizations.Organization> ReportingUnits(Guid planId) =>
        db.Organizations.Where(o => !o.IsArchived && db.Set<TaskAssignment>().Any(a => a.OrganizationId == o.Id && a.Task!.PlanId == planId));

    /// <summary>Adds the period and its report requests to the context; the caller saves them in one SaveChanges.</summary>
    public async Task<ReportingPeriod> OpenAsync(Plan plan, PeriodRequest request, string actorName, bool isDemo = false, CancellationToken cancellationToken = default)
    {
        if (plan.IsWithdrawn)
        {
            throw new Infrastructure.Errors.BusinessRuleException("Kế hoạch đã bị thu hồi: không mở kỳ báo cáo được nữa.");
        }

        var sequence = 1;
        if (request.Kind == PeriodKind.OnRequest)
        {
            sequence = 1 + await db.ReportingPeriods.CountAsync(p => p.PlanId == plan.Id && p.Kind == PeriodKind.OnRequest && p.Year == request.Year, cancellationToken);
        }
        else if (await db.ReportingPeriods.AnyAsync(p => p.PlanId == plan.Id && p.Kind == request.Kind && p.Year == request.Year, cancellationToken))
        {
            throw new BusinessRuleException($"Kỳ báo cáo {request.Kind.Vietnamese().ToLowerInvariant()} năm {request.Year} của kế hoạch này đã được mở.");
        }

        var units = await ReportingUnits(plan.Id).ToListAsync(cancellationToken);
        if (units.Count == 0)
        {
            throw new BusinessRuleException("Kế hoạch chưa giao nhiệm vụ cho đơn vị nào trong DanVan nên chưa có ai phải báo cáo. Hãy giao nhiệm vụ trước.");
        }

        var period = ReportingPeriod.Open(plan, request.Kind, request.Year, sequence, request.Title, request.DataFrom, request.DataTo, request.DueOn, actorName, clock.GetUtcNow().UtcDateTime, isDemo);
        db.ReportingPeriods.Add(period);
        foreach (var unit in units)
        {
            db.Reports.Add(Report.RequestFor(period, unit, plan.OrganizationId));
        }

        // The issuer of a plan that reports outside DanVan owes its own report of the period, drafted from its consolidation.
        if (plan.ReportsTo is { } recipient)
        {
            period.SetExternalDueOn(request.ExternalDueOn ?? DefaultExternalDue(request.DueOn));
            var issuer = await db.Organizations.SingleAsync(o => o.Id == plan.OrganizationId, cancellationToken);
            db.Reports.Add(Report.ExternalFor(period, issuer, recipient));
        }

        return period;
    }

    /// <summary>The issuer's report outside DanVan is due, unless the officer says otherwise, a week after its units' reports: time to consolidate them.</summary>
    public static DateOnly DefaultExternalDue(DateOnly unitsDue) => unitsDue.AddDays(7);
}

/// <param name="ExternalDueOn">The deadline of the issuer's own report outside DanVan, when its plan has one (default: a week after <paramref name="DueOn"/>).</param>
public sealed record PeriodRequest(PeriodKind Kind, int Year, string? Title, DateOnly DataFrom, DateOnly DataTo, DateOnly DueOn, DateOnly? ExternalDueOn = null);
