using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Chain;

/// <summary>
/// Where a plan's issuer reports (a body outside DanVan, for a plan at the top of a cascade) and which unit below it
/// consolidates for it. Changed by the issuer's plan managers; naming a consolidator hands on the review of the issuer's
/// incoming reports, so it also takes the right to review them. The consolidator's officers are told.
/// </summary>
public sealed class EditModel(AppDbContext db, CurrentUser currentUser, INotifier notifier) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    /// <summary>The units directly below the issuer, which may consolidate for it.</summary>
    public IReadOnlyList<Organization> Candidates { get; private set; } = [];

    [BindProperty]
    public string? ReportsTo { get; set; }

    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Đơn vị giúp tổng hợp")]
    public Guid? ConsolidatorId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        ReportsTo = Plan.ReportsTo;
        ConsolidatorId = Plan.ConsolidatorId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        // A value that is not a unit's id is said, never read as "no consolidator".
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var consolidator = ConsolidatorId is { } chosen ? Candidates.FirstOrDefault(o => o.Id == chosen) : null;
        if (ConsolidatorId is not null && consolidator is null)
        {
            ModelState.AddModelError(nameof(ConsolidatorId), "Hãy chọn một đơn vị trực thuộc đơn vị ban hành.");
            return Page();
        }


        var handsOn = consolidator is not null && consolidator.Id != Plan.ConsolidatorId;
        if (handsOn && !scope.Allows(ReportPermissions.Review, Plan.Organization!))
        {
            ModelState.AddModelError(nameof(ConsolidatorId), "Bạn không có quyền duyệt báo cáo của đơn vị ban hành nên không giao được việc tổng hợp cho đơn vị khác.");
            return Page();
        }

        var saved = await ModelState.TrySaveAsync(db, async () =>
        {
            Plan.SetChain(ReportsTo, consolidator);
            if (handsOn)
            {
                await notifier.NotifyUnitAsync(consolidator!.Id, ReportPermissions.Review, new NotificationMessage(
                    $"Được giao tổng hợp báo cáo: {Plan.Document!.Label}",
                    $"{Plan.Organization!.Name} giao {consolidator.Name} theo dõi, xem xét và tổng hợp báo cáo của các đơn vị theo {Plan.Document.Label}.",
                    $"/Reporting/Periods/Index/{Plan.Id}"), cancellationToken);
            }
        }, cancellationToken);
        if (!saved)
        {
            return Page();
        }

        TempData["Message"] = "Đã lưu nơi nhận báo cáo và đơn vị giúp tổng hợp của kế hoạch.";
        return RedirectToPage("/Plans/Details", new { id });
    }

    /// <returns>Null when the user may change the plan's chain; otherwise the response to give.</returns>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var plan = await db.Plans.VisibleTo(db, scope).Include(p => p.Document).Include(p => p.Organization).Include(p => p.Consolidator)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!scope.Allows(PlanPermissions.Manage, plan.Organization!))
        {
            return Forbid();
        }

        Plan = plan;
        // Tracked, like the plan and its consolidator: the same unit is one instance, so keeping it is no conflict.
        var children = await db.Organizations
            .Where(o => o.ParentId == plan.OrganizationId && (!o.IsArchived || o.Id == plan.ConsolidatorId))
            .ToListAsync(cancellationToken);
        Candidates = children.OrderBy(o => o.Name, VietnameseText.Comparer).ToList();
        return null;
    }
}
