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
public sealed class IndexModel(AppDbContext db, RecordNames names) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    /// <summary>From this day (dd/MM/yyyy, Vietnam time).</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>To this day, inclusive (dd/MM/yyyy).</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>What a person calls each kind of record the log names, with the record's page where it has one.</summary>
    public RecordNames Names => names;

    /// <summary>The events the log records that are not records: requests refused, pages and files handed out.</summary>
    public static string NameOf(RecordNames names, string type) => type switch
    {
        "Request" => "Yêu cầu",
        "Page" => "Trang",
        _ when type.StartsWith("IdentityUser", StringComparison.Ordinal) => "Thông tin đăng nhập của người dùng",
        _ => names.NameOf(type),
    };

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public string? DateError { get; private set; }

    /// <summary>The records of this page by what a person calls them, where their module can say.</summary>
    public Dictionary<(string Type, string Key), string> Labels { get; } = [];

    /// <summary>The registry of sensitive fields, read from the model where the modules declared them.</summary>
    public IReadOnlyList<(string Entity, string Property, string Reason)> SensitiveFields => Infrastructure.Data.SensitiveFields.Of(db.Model);

    public Paged<AuditEntry> Rows { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // What the log can name, from the model and the events, rather than a DISTINCT over the whole log on every visit.
        EntityTypes = db.Model.GetEntityTypes().Where(e => !e.ClrType.IsGenericType).Select(e => e.ClrType.Name)
            .Concat(["Request", "Page"]).Distinct().OrderBy(t => NameOf(names, t), Infrastructure.Text.VietnameseText.Comparer).ToList();
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
        var fromValid = Infrastructure.Text.VietnameseText.TryParseDate(From, out var fromDay);
        var toValid = Infrastructure.Text.VietnameseText.TryParseDate(To, out var toDay);
        DateError = !fromValid ? $"“Từ ngày” ({From}) không hợp lệ; hãy nhập theo dạng dd/MM/yyyy (ví dụ 25/11/2026)."
            : !toValid ? $"“Đến ngày” ({To}) không hợp lệ; hãy nhập theo dạng dd/MM/yyyy (ví dụ 25/11/2026)."
            : fromDay > toDay ? "“Từ ngày” sau “Đến ngày”: hãy đổi lại cho đúng thứ tự."
            : null;
        if (DateError is not null)
        {
            Rows = new([], 1, 50, 0);
            return;
        }

        if (fromDay is { } from)
        {
            var start = Infrastructure.Time.VietnamTime.UtcStartOf(from);
            query = query.Where(e => e.At >= start);
        }

        if (toDay is { } to)
        {
            var end = Infrastructure.Time.VietnamTime.UtcStartOf(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        Rows = await Paged<AuditEntry>.CreateAsync(query.OrderByDescending(e => e.Id), PageNumber, 50, cancellationToken);

        // Each record on the page named as a person would ("Nhiệm vụ IV.1 của Kế hoạch …"), one lookup per kind.
        foreach (var kind in Rows.Items.GroupBy(e => e.EntityType))
        {
            if (names.Of(kind.Key)?.Labels is { } lookup)
            {
                foreach (var (key, label) in await lookup(db, kind.Select(e => e.EntityId).Distinct().ToList(), cancellationToken))
                {
                    Labels[(kind.Key, key)] = label;
                }
            }
        }
    }
}
