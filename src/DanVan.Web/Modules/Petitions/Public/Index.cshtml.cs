using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Dialogues.Contracts;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DanVan.Web.Modules.Petitions.Public;

/// <summary>
/// What anyone may read without signing in: the heads' reception days ahead, the petition form and the status
/// lookup, and per commune the petitions received, resolved, resolved on time and rated satisfied this year (a count
/// under 5 shown as "&lt; 5", so no one is singled out); the year's dialogues with their commitments' progress; each
/// plan's progress per kind of unit, a page of plans at a time. Figures are cached for a minute.
/// </summary>
public sealed class IndexModel(AppDbContext db, IMemoryCache cache, IDialogueFigures dialogues, IPlanProgress progress, TimeProvider clock) : PageModel
{
    public const int SmallCount = 5;

    public const int PlansPerPage = 10;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The year's latest dialogues shown (at national scale thousands are held).</summary>
    public const int DialoguesShown = 20;

    public HeldDialogues Dialogues { get; private set; } = new([], 0);

    public Paged<PlanShare> Plans { get; private set; } = new([], 1, PlansPerPage, 0);

    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    public IReadOnlyList<ReceptionLine> Receptions { get; private set; } = [];

    public IReadOnlyList<AreaFigures> Figures { get; private set; } = [];

    public int Year { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        Year = today.Year;
        Receptions = await cache.GetOrCreateAsync("public:receptions:" + today.DayNumber, async e =>
        {
            e.AbsoluteExpirationRelativeToNow = CacheFor;
            var until = today.AddDays(62);
            var rows = await db.ReceptionSessions.AsNoTracking().Where(s => s.Date >= today && s.Date <= until && !s.Cancelled)
                .OrderBy(s => s.Date).ThenBy(s => s.StartsAt).Take(60)
                .Select(s => new ReceptionLine(s.Date, s.StartsAt, s.EndsAt, s.Host, s.Place, s.Organization!.Name, s.Scheduled)).ToListAsync(cancellationToken);
            return (IReadOnlyList<ReceptionLine>)rows;
        }) ?? [];
        Figures = await cache.GetOrCreateAsync("public:figures:" + Year, async e =>
        {
            e.AbsoluteExpirationRelativeToNow = CacheFor;
            return await FiguresAsync(Year, cancellationToken);
        }) ?? [];
        Dialogues = await cache.GetOrCreateAsync("public:dialogues:" + today.DayNumber, async e =>
        {
            e.AbsoluteExpirationRelativeToNow = CacheFor;
            return await dialogues.HeldAsync(Year, DialoguesShown, cancellationToken);
        }) ?? Dialogues;
        var page = Math.Clamp(PageNumber, 1, 1000);
        Plans = await cache.GetOrCreateAsync($"public:plans:{today.DayNumber}:{page}", async e =>
        {
            e.AbsoluteExpirationRelativeToNow = CacheFor;
            return await progress.PublicAsync(today, page, PlansPerPage, cancellationToken);
        }) ?? Plans;
    }

    /// <summary>Per commune (a village's petitions counted in its commune once), the year's figures.</summary>
    public async Task<IReadOnlyList<AreaFigures>> FiguresAsync(int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.Petitions.AsNoTracking().Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to && p.Status != PetitionStatus.Merged)
            .Select(p => new
            {
                Commune = p.Area!.Level == AreaLevel.Village ? p.Area.ParentId!.Value : p.AreaId,
                Resolved = p.AnsweredOn != null,
                OnTime = p.AnsweredInTime == true,
                Satisfied = p.Satisfied == true,
            })
            .GroupBy(p => p.Commune)
            .Select(g => new { Commune = g.Key, Received = g.Count(), Resolved = g.Count(p => p.Resolved), OnTime = g.Count(p => p.OnTime), Satisfied = g.Count(p => p.Satisfied) })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Commune).ToList();
        var names = await db.Areas.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name, Province = a.Parent != null ? a.Parent.Name : "" }).ToDictionaryAsync(a => a.Id, cancellationToken);
        return rows.Select(r => new AreaFigures(names.TryGetValue(r.Commune, out var n) ? $"{n.Name}, {n.Province}".TrimEnd(',', ' ') : "", r.Received, r.Resolved, r.OnTime, r.Satisfied))
            .OrderBy(f => f.Area, VietnameseText.Comparer).ToList();
    }

    /// <summary>A count as the public page prints it: under 5 (but not none) as "&lt; 5".</summary>
    public static string Shown(int count) => count is > 0 and < SmallCount ? $"< {SmallCount}" : count.ToString(VietnameseText.Culture);
}

public sealed record ReceptionLine(DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Host, string Place, string Organization, bool Scheduled);

public sealed record AreaFigures(string Area, int Received, int Resolved, int OnTime, int Satisfied);
