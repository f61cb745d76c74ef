using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Infrastructure.Web;

namespace DanVan.Web.Modules.Reporting.Targets;

/// <summary>
/// The targets a plan sets for one unit of its issuer's tree (chỉ tiêu giao), one row per numeric indicator:
/// a value typed the Vietnamese way and "at least" or "not above"; an empty value removes the target. Whoever
/// manages the plan sets them; every row is checked before anything is saved.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, CompletenessQuery completeness, TimeProvider clock) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    public Organization Unit { get; private set; } = null!;

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    /// <summary>Indicator code → what is typed (the saved target on first display).</summary>
    [BindProperty]
    public Dictionary<string, TargetInput> Rows { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid planId, Guid? unitId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, unitId, cancellationToken))
        {
            return NotFound();
        }

        var saved = await db.IndicatorTargets.AsNoTracking().Where(t => t.PlanId == Plan.Id && t.OrganizationId == Unit.Id).ToListAsync(cancellationToken);
        Rows = Indicators.ToDictionary(i => i.Code, i => saved.FirstOrDefault(t => t.IndicatorId == i.Id) is { } t
            ? new TargetInput { Value = IndicatorValues.Format(t.Value), Direction = t.Direction }
            : new TargetInput());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid planId, Guid? unitId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, unitId, cancellationToken))
        {
            return NotFound();
        }

        var saved = await db.IndicatorTargets.Where(t => t.PlanId == Plan.Id && t.OrganizationId == Unit.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var indicator in Indicators)
        {
            var row = Rows.GetValueOrDefault(indicator.Code) ?? new TargetInput();
            var existing = saved.FirstOrDefault(t => t.IndicatorId == indicator.Id);
            var raw = (row.Value ?? "").Trim();
            if (raw.Length == 0)
            {
                if (existing is not null)
                {
                    db.IndicatorTargets.Remove(existing);
                }

                continue;
            }

            if (!IndicatorValues.TryParseNumber(raw.TrimEnd('%').Trim(), out var value))
            {
                ModelState.AddModelError($"Rows[{indicator.Code}].Value", $"{indicator.Code}: “{raw}” không phải là số (viết như 1.234 hoặc 12,5).");
                continue;
            }

            try
            {
                if (existing is null)
                {
                    db.IndicatorTargets.Add(IndicatorTarget.Set(Plan.Id, Unit.Id, indicator, value, row.Direction, now));
                }
                else
                {
                    existing.Change(indicator, value, row.Direction, now);
                }
            }
            catch (BusinessRuleException e)
            {
                ModelState.AddModelError($"Rows[{indicator.Code}].Value", e.Message);
            }
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return Page();
        }

        if (!await ModelState.TrySaveAsync(db, () => { }, cancellationToken, new UniqueField("IndicatorId", string.Empty, "Mục tiêu của đơn vị vừa được người khác thay đổi. Hãy tải lại trang và nhập lại.")))
        {
            return Page();
        }

        TempData["Message"] = $"Đã lưu mục tiêu của {Unit.Name}.";
        return RedirectToPage("/Reporting/Dashboard/Index", new { planId = Plan.Id, unitId = Unit.Id });
    }

    private async Task<bool> LoadAsync(Guid planId, Guid? unitId, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var plan = await db.FindVisibleAsync(scope, planId, cancellationToken);
        if (plan?.Organization is not { } issuer || !scope.Allows(PlanPermissions.Manage, issuer))
        {
            return false;
        }

        if (await completeness.UnitWithinAsync(issuer, unitId, cancellationToken) is not { } unit)
        {
            return false;
        }

        Plan = plan;
        Unit = unit;
        Indicators = await db.Indicators.AsNoTracking().Where(i => i.IsActive && i.Type != IndicatorType.Text && i.Type != IndicatorType.YesNo)
            .OrderBy(i => i.Position).ToListAsync(cancellationToken);
        return true;
    }
}

public sealed class TargetInput
{
    public string? Value { get; set; }

    public TargetDirection Direction { get; set; }
}
