using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>The reports a user writes (their units') or receives (sent to their units), with what is due or late first.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Box { get; set; } = "mine";

    [BindProperty(SupportsGet = true)]
    public ReportStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<ReportRow> Rows { get; private set; } = new([], 1, Paged<ReportRow>.DefaultPageSize, 0);

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        Today = clock.Today();
        var query = db.Reports.AsNoTracking().VisibleTo(db, scope);
        if (!scope.IsAdministrator)
        {
            var writes = db.Organizations.VisibleTo(scope, ReportPermissions.Write).Select(o => o.Id);
            query = Box == "received" ? query.ReceivedBy(db, scope, ReportPermissions.Review) : query.Where(r => writes.Contains(r.OrganizationId));
        }

        if (Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (Overdue)
        {
            var today = Today;
            query = query.Where(ReportTimeliness.OwedPastDue(today));
        }

        var rows = query
            .OrderBy(r => r.Status == ReportStatus.Accepted).ThenBy(r => (r.IsExternal && r.Period!.ExternalDueOn != null ? r.Period.ExternalDueOn.Value : r.Period!.DueOn)).ThenBy(r => r.Organization!.Name)
            .Select(r => new ReportRow(r.Id, r.Period!.Title, (r.IsExternal && r.Period!.ExternalDueOn != null ? r.Period.ExternalDueOn.Value : r.Period!.DueOn), r.Organization!.Name, r.Status, r.SubmittedAt, r.Period.PlanId, r.Period.Plan!.Document!.Kind, r.Period.Plan.Document.Number));
        Rows = await Paged<ReportRow>.CreateAsync(rows, PageNumber, cancellationToken: cancellationToken);
    }
}

public sealed record ReportRow(Guid Id, string Period, DateOnly DueOn, string Unit, ReportStatus Status, DateTime? SubmittedAt, Guid PlanId, string PlanKind, string? PlanNumber)
{
    public bool IsLate(DateOnly today) => ReportTimeliness.Of(Status, SubmittedAt, DueOn, today).IsLate();
}
