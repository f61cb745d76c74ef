using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Petitions.Handling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions;

/// <summary>The cases the user may read, overdue first then by deadline; filtered by unit, state, kind, words; paged.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public PetitionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public PetitionKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    /// <summary>Open cases only (the default), or all.</summary>
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<PetitionLine> Rows { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public bool MayTakeIn { get; private set; }

    public bool IsAdministrator { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        Today = clock.Today();
        var today = Today;
        var visible = await db.Petitions.AsNoTracking().VisibleToAsync(db, scope, cancellationToken);
        MayTakeIn = scope.Grants.Any(g => g.Holds(PetitionPermissions.Handle));
        IsAdministrator = scope.IsAdministrator;
        Units = (await visible.Select(p => new { p.OrganizationId, p.Organization!.Name }).Distinct().ToListAsync(cancellationToken))
            .OrderBy(u => u.Name, VietnameseText.Comparer).Select(u => (u.OrganizationId, u.Name)).ToList();
        var query = visible;
        if (Unit is { } unit)
        {
            query = query.Where(p => p.OrganizationId == unit);
        }

        if (Status is { } status && Enum.IsDefined(status))
        {
            query = query.Where(p => p.Status == status);
        }
        else if (!All)
        {
            query = query.Where(p => p.Status == PetitionStatus.Received || p.Status == PetitionStatus.Accepted || p.Status == PetitionStatus.Answered);
        }

        if (Kind is { } kind && Enum.IsDefined(kind))
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (Overdue)
        {
            query = query.Where(p => (p.Status == PetitionStatus.Received && p.AcceptBy < today) || (p.Status == PetitionStatus.Accepted && p.DueOn < today));
        }

        foreach (var pattern in VietnameseText.WordPatterns(Q))
        {
            query = query.Where(p => EF.Functions.Like(p.SearchKey, pattern, "\\"));
        }

        var ordered = query
            .OrderByDescending(p => (p.Status == PetitionStatus.Received && p.AcceptBy < today) || (p.Status == PetitionStatus.Accepted && p.DueOn < today))
            .ThenBy(p => p.Status == PetitionStatus.Received ? p.AcceptBy : p.Status == PetitionStatus.Accepted ? p.DueOn : DateOnly.MaxValue)
            .ThenByDescending(p => p.ReceivedAt)
            .Select(p => new PetitionLine(p.Id, p.Code, p.Title, p.Kind, p.Status, p.Organization!.Name, p.Area!.Name, p.ReceivedOn,
                p.Status == PetitionStatus.Received ? p.AcceptBy : p.Status == PetitionStatus.Accepted ? p.DueOn : null, p.HandlerName));
        Rows = await Paged<PetitionLine>.CreateAsync(ordered, PageNumber, cancellationToken: cancellationToken);
    }
}

public sealed record PetitionLine(Guid Id, string Code, string Title, PetitionKind Kind, PetitionStatus Status, string Unit, string Area, DateOnly ReceivedOn, DateOnly? Deadline, string? Handler);
