using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Reporting.Consolidation;

/// <summary>
/// The period consolidated at a unit, as the data is now: figures rolled up its subtree (overall, per village,
/// per child unit), who is not counted yet, and what every unit wrote under each task. Read by the receiving branch.
/// </summary>
public sealed class IndexModel(CurrentUser currentUser, CompletenessQuery completeness, ConsolidationQuery consolidation, PassageQuery passages, UpwardDraft upward) : PageModel
{
    /// <summary>The unit's own report to its superior for the matching period, when there is one.</summary>
    public Guid? UpwardReportId { get; private set; }

    /// <summary>At the issuer of a plan that reports outside DanVan, the body its report of the period goes to.</summary>
    public string? ExternalRecipient { get; private set; }

    /// <summary>Whether the user may put the consolidation into the report upward, and whether that report is still a draft.</summary>
    public UpwardState UpwardState { get; private set; } = new(false, false);

    public Consolidated Result { get; private set; } = null!;

    /// <summary>How many passages each task shows on the overview; the rest are one click away, paged.</summary>
    public const int PassagesPerTask = 5;

    /// <summary>How many units not counted are named in the overview; the period's page lists them all.</summary>
    public const int MissingNamed = 30;

    public const int PassagePageSize = 50;

    public IReadOnlyList<TaskPassages> Passages { get; private set; } = [];

    /// <summary>The task whose passages are read in full (paged), when one is chosen.</summary>
    [BindProperty(SupportsGet = true, Name = "task")]
    public Guid? TaskId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The chosen task's passages, one page of them.</summary>
    public Paged<Passage>? TaskPage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? unitId, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        if (await completeness.LocateAsync(id, unitId, scope, cancellationToken) is not var (period, _, node))
        {
            return NotFound();
        }

        Result = await consolidation.ForAsync(period, node, cancellationToken);
        if (TaskId is { } taskId)
        {
            if (await passages.TaskPassagesAsync(period, node, taskId, PageNumber, PassagePageSize, cancellationToken) is not var (chosen, page))
            {
                return NotFound();
            }

            Passages = [chosen];
            TaskPage = page;
        }
        else
        {
            Passages = await passages.PassageOverviewAsync(period, node, PassagesPerTask, cancellationToken);
        }

        UpwardReportId = await upward.FindAsync(period, node, cancellationToken);
        ExternalRecipient = period.Plan!.ParentPlanId is null && node.Id == period.Plan.OrganizationId ? period.Plan.ReportsTo : null;
        UpwardState = await upward.StateAsync(UpwardReportId, period, node, scope, cancellationToken);
        return Page();
    }

    /// <summary>Puts the consolidation, as it is now, into the unit's draft report upward, then opens it for editing.</summary>
    public async Task<IActionResult> OnPostDraftAsync(Guid id, Guid? unitId, bool confirmReplace, CancellationToken cancellationToken)
    {
        TaskId = null;
        var result = await OnGetAsync(id, unitId, cancellationToken);
        if (result is not PageResult)
        {
            return result;
        }

        Passages = await passages.PassagesAsync(Result.Period, Result.Node, cancellationToken); // the draft compiles them all

        if (!confirmReplace)
        {
            ModelState.AddModelError("", "Hãy đánh dấu ô xác nhận: nội dung và số liệu đang có trong bản nháp sẽ được thay bằng phần tổng hợp.");
            return Page();
        }

        var state = await currentUser.GetStateAsync(cancellationToken);
        if (UpwardReportId is null && ExternalRecipient is not null)
        {
            // A period opened before the plan named its recipient outside: the issuer's report is made now, by someone who may write it.
            if (!state.Scope.AllowsForIssuer(ReportPermissions.Write, Result.Period.Plan!))
            {
                return Forbid();
            }

            UpwardReportId = await upward.StartExternalAsync(Result.Period, Result.Node, cancellationToken);
        }

        if (UpwardReportId is not { } reportId)
        {
            return NotFound();
        }

        var outcome = await upward.FillAsync(reportId, Result, Passages, state.Scope, new ReportActor(currentUser.Id!, state.FullName), cancellationToken);
        switch (outcome?.Result)
        {
            case null:
                return Forbid();
            case WriteResult.Saved:
                TempData["Message"] = ExternalRecipient is { } recipient
                    ? $"Đã đưa số liệu và nội dung tổng hợp vào bản nháp báo cáo gửi {recipient}. Hãy biên tập, ban hành văn bản rồi đánh dấu đã gửi."
                    : "Đã đưa số liệu và nội dung tổng hợp vào bản nháp báo cáo gửi cấp trên. Hãy biên tập rồi gửi.";
                return RedirectToPage("/Reporting/Reports/Edit", new { id = reportId });
            default:
                ModelState.AddModelError("", outcome.Message ?? string.Join(" ", outcome.Errors.Select(e => e.Message)));
                return Page();
        }
    }
}
