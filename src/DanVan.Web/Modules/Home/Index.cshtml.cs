using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Home;

public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, IReportingOverview reporting) : PageModel
{
    public string FullName { get; private set; } = "";

    public bool IsAdministrator { get; private set; }

    public int VisibleOrganizations { get; private set; }

    public IReadOnlyList<MembershipLine> Memberships { get; private set; } = [];

    public ReportingSummary Reporting { get; private set; } = new(0, [], 0, []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var state = await currentUser.GetStateAsync(cancellationToken);
        FullName = state.FullName;
        IsAdministrator = state.Scope.IsAdministrator;
        VisibleOrganizations = await db.Organizations.VisibleTo(state.Scope).CountAsync(o => !o.IsArchived, cancellationToken);
        Memberships = await db.Memberships.Where(m => m.UserId == currentUser.Id)
            .OrderBy(m => m.Organization!.Name)
            .Select(m => new MembershipLine(m.OrganizationId, m.Organization!.Name, m.Role, m.IncludesSubtree))
            .ToListAsync(cancellationToken);
        Reporting = await reporting.ForAsync(state.Scope, take: 6, cancellationToken);
    }
}

public sealed record MembershipLine(Guid OrganizationId, string OrganizationName, MembershipRole Role, bool IncludesSubtree);
