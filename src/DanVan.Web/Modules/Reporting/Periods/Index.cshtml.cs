using DanVan.Web.Modules.Reporting.Reports;
using System.Globalization;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Reporting.Periods;

/// <summary>A plan's reporting regime and periods; the issuer opens a period, which asks every unit with a task for a report.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, PeriodOpening opening, CompletenessQuery completeness, TimeProvider clock) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    public IReadOnlyList<ReportingSchedule> Schedules { get; private set; } = [];

    /// <summary>Each period with its completeness, which only the receiving branch may read (null for others).</summary>
    public IReadOnlyList<(ReportingPeriod Period, CompletenessFigures? Figures)> Periods { get; private set; } = [];

    public bool CanManage { get; private set; }

    /// <summary>The receiving branch reads the periods' completeness, consolidation and dashboard.</summary>
    public bool CanSeeReports { get; private set; }

    public int ReportingUnitCount { get; private set; }

    public DateOnly Today { get; private set; }

    [BindProperty]
    public OpenInput Open { get; set; } = new();

    [BindProperty]
    public List<ScheduleInput> Regime { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken))
        {
            return NotFound();
        }

        Open.Year = Today.Year;
        Regime = Schedules.Select(ScheduleInput.Of).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        Regime = Schedules.Select(ScheduleInput.Of).ToList();
        ModelState.Clear();
        try
        {
            var request = RequestOf();
            var state = await currentUser.GetStateAsync(cancellationToken);
            var plan = await db.Plans.SingleAsync(p => p.Id == planId, cancellationToken);
            var period = await opening.OpenAsync(plan, request, state.FullName, cancellationToken: cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (UniqueViolation.Columns(e) is not null)
            {
                // The unique (plan, kind, year, sequence) index: someone opened the same period a moment ago.
                throw new BusinessRuleException("Kỳ báo cáo này vừa được mở bởi người khác; hãy tải lại trang để xem.");
            }

            TempData["Message"] = $"Đã mở kỳ “{period.Title}” và gửi yêu cầu báo cáo tới {ReportingUnitCount} đơn vị.";
            return RedirectToPage("Details", new { id = period.Id });
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("Open", e.Message);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRegimeAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        // Only the periodic kinds have a regime; anything else posted is ignored.
        Regime = Regime.Where(r => Schedules.Any(s => s.Kind == r.Kind)).DistinctBy(r => r.Kind).ToList();
        var plan = await db.Plans.SingleAsync(p => p.Id == planId, cancellationToken);
        var errors = new List<string>();
        foreach (var input in Regime)
        {
            var schedule = await db.ReportingSchedules.SingleOrDefaultAsync(s => s.PlanId == planId && s.Kind == input.Kind, cancellationToken);
            var isNew = schedule is null;
            schedule ??= ReportingSchedule.DefaultFor(plan, input.Kind);
            try
            {
                var (fromDay, fromMonth) = DayMonth(input.From, "Ngày bắt đầu lấy số liệu");
                var (toDay, toMonth) = DayMonth(input.To, "Ngày chốt số liệu");
                var (dueDay, dueMonth) = DayMonth(input.Due, "Hạn gửi báo cáo");
                schedule.Change(input.Enabled, fromDay, fromMonth, input.FromPreviousYear, toDay, toMonth, dueDay, dueMonth);
                if (isNew)
                {
                    db.ReportingSchedules.Add(schedule);
                }
            }
            catch (BusinessRuleException e)
            {
                errors.Add($"Báo cáo {input.Kind.Vietnamese().ToLowerInvariant()}: {e.Message}");
            }
        }

        if (errors.Count > 0)
        {
            errors.ForEach(e => ModelState.AddModelError("Regime", e));
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "Đã lưu chế độ báo cáo của kế hoạch.";
        return RedirectToPage(new { planId });
    }

    private PeriodRequest RequestOf()
    {
        if (!Enum.IsDefined(Open.Kind))
        {
            throw new BusinessRuleException("Hãy chọn loại báo cáo.");
        }

        if (Open.Year is not { } year || year < 2000 || year > 2100)
        {
            throw new BusinessRuleException("Hãy nhập năm báo cáo (ví dụ 2026).");
        }

        DateOnly? Date(string? text, string what) =>
            string.IsNullOrWhiteSpace(text) ? null
            : VietnameseText.TryParseDate(text, out var date) ? date
            : throw new BusinessRuleException($"{what} phải có dạng ngày/tháng/năm, ví dụ 14/06/{year}.");
        var from = Date(Open.DataFrom, "Ngày bắt đầu lấy số liệu");
        var to = Date(Open.DataTo, "Ngày chốt số liệu");
        var due = Date(Open.DueOn, "Hạn gửi báo cáo");
        var externalDue = Date(Open.ExternalDueOn, "Hạn gửi báo cáo ra ngoài hệ thống");
        if (Open.Kind != PeriodKind.OnRequest)
        {
            var schedule = Schedules.Single(s => s.Kind == Open.Kind);
            var dates = schedule.DatesFor(year);
            (from, to, due) = (from ?? dates.From, to ?? dates.To, due ?? dates.Due);
        }

        if (from is null || to is null || due is null)
        {
            throw new BusinessRuleException("Báo cáo theo yêu cầu: hãy nhập đủ ngày bắt đầu, ngày chốt số liệu và hạn gửi.");
        }

        return new PeriodRequest(Open.Kind, year, Open.Title, from.Value, to.Value, due.Value, externalDue);
    }

    private static (int Day, int Month) DayMonth(string? text, string what)
    {
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            return (day, month);
        }

        throw new BusinessRuleException($"{what} phải có dạng ngày/tháng, ví dụ 14/06.");
    }

    private async Task<bool> LoadAsync(Guid planId, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var plan = await db.FindVisibleAsync(scope, planId, cancellationToken);
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        Today = clock.Today();
        CanManage = scope.Allows(PlanPermissions.Manage, plan.Organization!);
        CanSeeReports = scope.AllowsForIssuer(ReportPermissions.View, plan);
        Schedules = [await opening.ScheduleAsync(plan, PeriodKind.SixMonth, cancellationToken), await opening.ScheduleAsync(plan, PeriodKind.Annual, cancellationToken)];
        ReportingUnitCount = await opening.ReportingUnits(planId).CountAsync(cancellationToken);
        var periods = await db.ReportingPeriods.AsNoTracking().Where(p => p.PlanId == planId)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.DueOn).ToListAsync(cancellationToken);
        // The figures count the reports the receiver gets: shown to those who may read those reports, as the period page is.
        var totals = CanSeeReports ? await completeness.TotalsAsync(periods, plan.Organization!, Today, cancellationToken) : null;
        Periods = periods.Select(p => (p, totals?[p.Id])).ToList();
        return true;
    }
}

public sealed class OpenInput
{
    public PeriodKind Kind { get; set; } = PeriodKind.SixMonth;

    public int? Year { get; set; }

    public string? Title { get; set; }

    public string? DataFrom { get; set; }

    public string? DataTo { get; set; }

    public string? DueOn { get; set; }

    public string? ExternalDueOn { get; set; }
}

public sealed class ScheduleInput
{
    public PeriodKind Kind { get; set; }

    public bool Enabled { get; set; }

    public string? From { get; set; }

    public bool FromPreviousYear { get; set; }

    public string? To { get; set; }

    public string? Due { get; set; }

    public static ScheduleInput Of(ReportingSchedule s) => new()
    {
        Kind = s.Kind,
        Enabled = s.Enabled,
        From = $"{s.FromDay:00}/{s.FromMonth:00}",
        FromPreviousYear = s.FromPreviousYear,
        To = $"{s.ToDay:00}/{s.ToMonth:00}",
        Due = $"{s.DueDay:00}/{s.DueMonth:00}",
    };
}
