using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Home;

public sealed class IndexModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    public string FullName { get; private set; } = "";

    public bool IsAdministrator { get; private set; }

    public int VisibleOrganizations { get; private set; }

    public IReadOnlyList<MembershipLine> Memberships { get; private set; } = [];

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
    }
}

public sealed record MembershipLine(Guid OrganizationId, string OrganizationName, MembershipRole Role, bool IncludesSubtree);
