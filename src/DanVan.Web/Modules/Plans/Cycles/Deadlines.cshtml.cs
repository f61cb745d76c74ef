using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Cycles;

/// <summary>
/// The deadlines of a plan's periods for its recurring tasks: by default each period's data cut-off; the issuer's
/// officers can move one period's deadline for every part of the plan, and the units concerned are told.
/// </summary>
public sealed class DeadlinesModel(AppDbContext db, CurrentUser currentUser, INotifier notifier, TimeProvider clock) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    public IReadOnlyList<PeriodDeadline> Periods { get; private set; } = [];

    public bool CanChange { get; private set; }

    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public string? DueOn { get; set; }

    /// <summary>A period that has ended is moved only when the officer confirms: parts done in it may change from late to on time.</summary>
    [BindProperty]
    public bool ConfirmPast { get; set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanChange)
        {
            return Forbid();
        }

        var period = Periods.FirstOrDefault(p => p.Period.Key == Key);
        if (period is null)
        {
            ModelState.AddModelError(nameof(Key), "Kế hoạch không có chu kỳ này.");
            return Page();
        }

        // An empty field parses as "no date": a deadline is required.
        if (string.IsNullOrWhiteSpace(DueOn))
        {
            ModelState.AddModelError(nameof(DueOn), $"Hãy nhập hạn mới của chu kỳ {period.Period.Label}.");
            return Page();
        }

        if (!VietnameseText.TryParseDate(DueOn, out var dueOn) || dueOn is null)
        {
            ModelState.AddModelError(nameof(DueOn), "Hạn phải có dạng ngày/tháng/năm, ví dụ 20/06/2026.");
            return Page();
        }

        if (dueOn == period.DueOn)
        {
            TempData["Message"] = $"Hạn chu kỳ {period.Period.Label} vẫn là {VietnameseText.FormatDate(period.DueOn)}; không có gì thay đổi.";
            return RedirectToPage(new { id });
        }

        if (period.Period.EndsOn < Today && !ConfirmPast)
        {
            ModelState.AddModelError(nameof(ConfirmPast), $"Chu kỳ {period.Period.Label} đã kết thúc ({VietnameseText.FormatDate(period.Period.EndsOn)}): đổi hạn sẽ đổi tình trạng đúng hạn/quá hạn của {period.Done} phần việc đã hoàn thành. Hãy đánh dấu ô xác nhận nếu vẫn muốn đổi.");
            return Page();
        }

        var deadline = await db.CycleDeadlines.SingleOrDefaultAsync(d => d.PlanId == id && d.Key == Key, cancellationToken);
        try
        {
            if (deadline is null)
            {
                db.CycleDeadlines.Add(CycleDeadline.For(id, period.Period, dueOn!.Value));
            }
            else
            {
                deadline.Move(period.Period, dueOn!.Value);
            }
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(nameof(DueOn), e.Message);
            return Page();
        }

        var cycles = await db.TaskCycles.Include(c => c.Assignment)
            .Where(c => c.Key == Key && c.Assignment!.Task!.PlanId == id).ToListAsync(cancellationToken);
        foreach (var cycle in cycles)
        {
            cycle.MoveDeadline(dueOn!.Value);
        }

        var message = new NotificationMessage(
            $"Hạn chu kỳ {period.Period.Label} được đổi thành {VietnameseText.FormatDate(dueOn!.Value)}",
            $"{Plan.Document!.Label} ({Plan.Organization!.Name}): hạn hoàn thành các nhiệm vụ thường xuyên, định kỳ trong chu kỳ {period.Period.Label} nay là ngày {VietnameseText.FormatDate(dueOn.Value)}.",
            $"/Plans/Board?planId={id}", NoticeKinds.TaskChange);
        var units = cycles.Select(c => c.Assignment!.OrganizationId).OfType<Guid>().Distinct().Select(u => (u, message)).ToList();
        await notifier.NotifyUnitsAsync(units, PlanPermissions.Manage, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Đã đổi hạn chu kỳ {period.Period.Label} thành {VietnameseText.FormatDate(dueOn.Value)} cho {cycles.Count} phần việc; {units.Count} đơn vị được thông báo.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var plan = await db.Plans.AsNoTracking().VisibleTo(db, scope).Include(p => p.Document).Include(p => p.Organization)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        CanChange = scope.Allows(PlanPermissions.Manage, plan.Organization!);
        Today = clock.Today();
        var keys = await db.TaskCycles.AsNoTracking().Where(c => c.Assignment!.Task!.PlanId == id && c.Key != CycleCalendar.OnceKey)
            .GroupBy(c => c.Key).Select(g => new { g.Key, Parts = g.Count(), Done = g.Count(c => c.CompletedOn != null), Due = g.Max(c => c.DueOn) })
            .ToListAsync(cancellationToken);
        var moved = await db.CycleDeadlines.AsNoTracking().Where(d => d.PlanId == id).ToDictionaryAsync(d => d.Key, d => d.DueOn, cancellationToken);
        Periods = keys.Select(k => (k, Period: CycleCalendar.Parse(k.Key)))
            .Where(x => x.Period is not null)
            .Select(x => new PeriodDeadline(x.Period!, moved.GetValueOrDefault(x.k.Key, x.Period!.EndsOn), moved.ContainsKey(x.k.Key), x.k.Parts, x.k.Done))
            .OrderBy(p => p.Period.StartsOn).ThenBy(p => p.Period.EndsOn)
            .ToList();
        return true;
    }
}

/// <summary>A period of the plan's recurring tasks: its deadline (moved by the issuer or the cut-off), how many parts, how many done.</summary>
public sealed record PeriodDeadline(CyclePeriod Period, DateOnly DueOn, bool Moved, int Parts, int Done);
