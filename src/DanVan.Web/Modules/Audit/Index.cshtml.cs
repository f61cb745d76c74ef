using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Audit.Contracts;

namespace DanVan.Web.Modules.Audit;

[Authorize(Policy = AuditPermissions.View)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    /// <summary>The registry of sensitive fields, read from the model where the modules declared them.</summary>
    public IReadOnlyList<(string Entity, string Property, string Reason)> SensitiveFields => Infrastructure.Data.SensitiveFields.Of(db.Model);

    public Paged<AuditEntry> Rows { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // What the log can name, from the model and the events, rather than a DISTINCT over the whole log on every visit.
        EntityTypes = db.Model.GetEntityTypes().Where(e => !e.ClrType.IsGenericType).Select(e => e.ClrType.Name)
            .Concat(["Request", "Page"]).Distinct().Order(StringComparer.Ordinal).ToList();
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Entity))
        {
            query = query.Where(e => e.EntityType == Entity);
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            query = query.Where(e => e.Actor.Contains(Actor.Trim()));
        }

        // Dates are chosen in Vietnam time (UTC+7) and stored in UTC.
        if (From is { } from)
        {
            var start = Infrastructure.Time.VietnamTime.UtcStartOf(from);
            query = query.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = Infrastructure.Time.VietnamTime.UtcStartOf(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        Rows = await Paged<AuditEntry>.CreateAsync(query.OrderByDescending(e => e.Id), PageNumber, 50, cancellationToken);
    }
}
