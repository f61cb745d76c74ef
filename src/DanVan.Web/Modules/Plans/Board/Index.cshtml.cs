using DanVan.Documents.Spreadsheets;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Plans.Board;

/// <summary>The task board: each unit's part of each task in its current cycle, with its state and how its earlier cycles ended, per plan or per unit; exported to .xlsx.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    private const int MaxExportRows = 20_000;

    [BindProperty(SupportsGet = true)]
    public Guid? PlanId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Subunits { get; set; }

    [BindProperty(SupportsGet = true)]
    public AssignmentRole? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public TaskState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Only parts with an earlier cycle never done.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Earlier { get; set; }

    /// <summary>Parts of the filtered board (whatever their state) with an earlier cycle never done.</summary>
    public int EarlierUndone { get; private set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<TaskBoardRow> Rows { get; private set; } = new([], 1, Paged<TaskBoardRow>.DefaultPageSize, 0);

    public Dictionary<TaskState, int> Counts { get; private set; } = [];

    public IReadOnlyList<SelectListItem> PlanChoices { get; private set; } = [];

    public IReadOnlyList<SelectListItem> UnitChoices { get; private set; } = [];

    /// <summary>Tasks of the chosen plan given to no unit: nobody is tracked on them.</summary>
    public int UnassignedTasks { get; private set; }

    public DateOnly Today { get; private set; }

    private OrgScope scope = OrgScope.Nobody;

    /// <summary>Whether the user records this unit's progress (the board's next action), or only reads it.</summary>
    public bool CanUpdate(TaskBoardRow row) =>
        row is { OrganizationId: { } id, UnitPath: { } path } && scope.Allows(PlanPermissions.Manage, new BoardUnit(id, path));

    private sealed record BoardUnit(Guid Id, string Path) : IScopedUnit;

    public TaskBoardFilter Filter => new(PlanId, OrganizationId, Subunits, Role, State, Q, Earlier);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        scope = await currentUser.GetScopeAsync(cancellationToken);
        Today = clock.Today();
        Rows = await Paged<TaskBoardRow>.CreateAsync(TaskBoardQuery.Rows(db, scope, Filter, Today), PageNumber, cancellationToken: cancellationToken);
        Counts = await TaskBoardQuery.CountByStateAsync(db, scope, Filter with { State = null }, Today, cancellationToken);
        EarlierUndone = await TaskBoardQuery.Rows(db, scope, Filter with { State = null, EarlierUndone = true }, Today).CountAsync(cancellationToken);
        if (PlanId is { } planId)
        {
            UnassignedTasks = await db.PlanTasks.Where(t => t.PlanId == planId && !t.Assignments.Any() && db.Set<Plan>().VisibleTo(db, scope).Any(p => p.Id == planId)).CountAsync(cancellationToken);
        }

        var plans = await db.Plans.AsNoTracking().VisibleTo(db, scope).OrderByDescending(p => p.CreatedAt).Take(200)
            .Select(p => new { p.Id, p.Document!.Kind, p.Document.Number, Organization = p.Organization!.Name })
            .ToListAsync(cancellationToken);
        PlanChoices = plans.Select(p => new SelectListItem($"{OfficialDocument.LabelOf(p.Kind, p.Number)} ({p.Organization})", p.Id.ToString())).ToList();
        var units = await db.Organizations.AsNoTracking().VisibleTo(scope, PlanPermissions.View).Where(o => !o.IsArchived)
            .OrderBy(o => o.Depth).Take(500).Select(o => new { o.Id, o.Name, o.Depth }).ToListAsync(cancellationToken);
        UnitChoices = units.OrderBy(u => u.Depth).ThenBy(u => u.Name, VietnameseText.Comparer).Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToList();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var today = clock.Today();
        var rows = await TaskBoardQuery.Rows(db, scope, Filter, today).Take(MaxExportRows).ToListAsync(cancellationToken);
        var sheet = new SheetSpec("Nhiệm vụ")
            .Column("Kế hoạch", 22).Column("Số TT", 8).Column("Nhiệm vụ", 60).Column("Đơn vị", 32).Column("Vai trò", 10)
            .Column("Thời hạn", 18).Column("Chu kỳ hiện tại", 22).Column("Hạn hoàn thành", 14).Column("Sản phẩm đầu ra", 30).Column("Ngày hoàn thành", 14)
            .Column("Tình trạng", 26).Column("Vượt chỉ tiêu", 12).Column("Các chu kỳ trước", 34);
        sheet.Preamble.Add($"Bảng theo dõi nhiệm vụ – xuất ngày {VietnameseText.FormatDate(today)}");
        foreach (var row in rows)
        {
            sheet.Row(row.PlanLabel, row.TaskNumber, row.TaskText, row.UnitName, row.Role.Vietnamese(), row.Recurrence.Vietnamese(),
                row.IsRecurring ? row.CycleLabel : null, row.DueOn, row.ExpectedOutput, row.CompletedOn, row.StateOn(today).Vietnamese(), row.ExceededTarget ? "Có" : null, row.Earlier);
        }

        return File(XlsxWriter.Write(sheet), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"nhiem-vu-{today:yyyyMMdd}.xlsx");
    }

    public Dictionary<string, string?> RouteWith(TaskState? state) => new()
    {
        ["planId"] = PlanId?.ToString(),
        ["organizationId"] = OrganizationId?.ToString(),
        ["subunits"] = Subunits ? "true" : null,
        ["role"] = Role?.ToString(),
        ["state"] = state?.ToString(),
        ["q"] = Q,
        ["earlier"] = Earlier ? "true" : null,
    };

    /// <summary>The same filter with or without "an earlier cycle never done".</summary>
    public Dictionary<string, string?> RouteWithEarlier(bool earlier)
    {
        var route = RouteWith(State);
        route["earlier"] = earlier ? "true" : null;
        return route;
    }
}
