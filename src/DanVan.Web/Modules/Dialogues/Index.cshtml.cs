using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Dialogues.Contracts;
using DanVan.Web.Modules.Dialogues.Work;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Dialogues;

/// <summary>
/// The year per committee and government the user reads (dialogues held, the commune chairman's one a year,
/// commitments on time, late, open), then the year's dialogues, paged.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, DialogueWork work) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int ShownYear { get; private set; }

    public IReadOnlyList<HostYear> Hosts { get; private set; } = [];

    public Paged<DialogueLine> Rows { get; private set; } = null!;

    public bool MayPlan { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : work.Today.Year;
        var from = new DateOnly(ShownYear, 1, 1);
        var to = new DateOnly(ShownYear, 12, 31);
        MayPlan = await work.Hosts(scope).AnyAsync(cancellationToken);
        var visible = db.Dialogues.AsNoTracking().VisibleTo(db, scope).Where(d => d.HeldOn >= from && d.HeldOn <= to);

        var hosts = await db.Organizations.AsNoTracking().VisibleTo(scope, DialoguePermissions.View)
            .Where(o => !o.IsArchived && DialogueWork.HostKinds.Contains(o.Kind!.Code))
            .Select(o => new { o.Id, o.Name, Kind = o.Kind!.Code, o.Area!.Level, o.Depth }).Take(500).ToListAsync(cancellationToken);
        var held = await visible.Where(d => d.Status == DialogueStatus.Held || d.Status == DialogueStatus.MinutesIssued)
            .Include(d => d.Commitments).AsSplitQuery().ToListAsync(cancellationToken);
        var states = await work.StatesAsync(held.SelectMany(d => d.Commitments).ToList(), cancellationToken);
        Hosts = hosts.OrderBy(h => h.Depth).ThenBy(h => h.Name, VietnameseText.Comparer).Select(h =>
        {
            var ofHost = held.Where(d => d.OrganizationId == h.Id).ToList();
            var counts = DialogueFigures.Count(ofHost.SelectMany(d => d.Commitments).Select(c => states[c.Id]));
            var required = h.Kind == "ubnd" && h.Level == Organizations.AreaLevel.Commune ? 1 : 0;
            return new HostYear(h.Id, h.Name, ofHost.Count, required, counts);
        }).ToList();

        var query = visible;
        if (Unit is { } unit)
        {
            query = query.Where(d => d.OrganizationId == unit);
        }

        Rows = await Paged<DialogueLine>.CreateAsync(query.OrderByDescending(d => d.HeldOn).ThenBy(d => d.Topic)
            .Select(d => new DialogueLine(d.Id, d.Topic, d.Organization!.Name, d.ChairTitle + " " + d.ChairName, d.HeldOn, d.Place, d.Status, d.Commitments.Count)), PageNumber, cancellationToken: cancellationToken);
    }
}

/// <param name="Required">Dialogues the law asks of the unit's head in a year (Luật Thực hiện dân chủ ở cơ sở 2022: the commune chairman at least once).</param>
public sealed record HostYear(Guid Id, string Name, int Held, int Required, CommitmentCounts Commitments)
{
    public bool Short => Held < Required;
}

public sealed record DialogueLine(Guid Id, string Topic, string Host, string Chair, DateOnly HeldOn, string Place, DialogueStatus Status, int Commitments);
