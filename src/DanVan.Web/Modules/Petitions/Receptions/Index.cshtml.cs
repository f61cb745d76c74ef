using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions.Receptions;

/// <summary>
/// The month's citizen reception days of the committees the user reads, each with the petitions taken there (who
/// received whom); a committee below the monthly minimum of its level is flagged. Its leaders add and cancel days.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public DateOnly First { get; private set; }

    public IReadOnlyList<SessionLine> Sessions { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Hosts { get; private set; } = [];

    public IReadOnlyList<string> Short { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!Hosts.Any(h => h.Id == Input.OrganizationId))
        {
            return Forbid();
        }

        if (!VietnameseText.TryParseDate(Input.Date, out var date) || date is null)
        {
            ModelState.AddModelError("Input.Date", "Ngày: hãy nhập theo dạng dd/MM/yyyy.");
        }

        if (!TimeOnly.TryParseExact(Input.StartsAt ?? "", "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var starts)
            || !TimeOnly.TryParseExact(Input.EndsAt ?? "", "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ends))
        {
            ModelState.AddModelError("Input.StartsAt", "Giờ: hãy nhập theo dạng HH:mm (ví dụ 07:30).");
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var organization = await db.Organizations.SingleAsync(o => o.Id == Input.OrganizationId, cancellationToken);
        if (!await ModelState.TrySaveAsync(db, () => db.ReceptionSessions.Add(ReceptionSession.Create(organization, new ReceptionPlan(date!.Value, starts, ends, Input.Place, Input.Host, Input.Scheduled))), cancellationToken))
        {
            return Page();
        }

        TempData["Message"] = "Đã thêm buổi tiếp công dân; lịch được đăng trên trang công khai.";
        return RedirectToPage(new { month = $"{date!.Value:yyyy-MM}" });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var session = await db.ReceptionSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !Hosts.Any(h => h.Id == session.OrganizationId))
        {
            return NotFound();
        }

        session.Cancel();
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "Đã hủy buổi tiếp công dân; trang công khai không còn hiện buổi này.";
        return RedirectToPage(new { month = $"{session.Date:yyyy-MM}" });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        First = DateOnly.TryParseExact(Month ?? "", "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : new DateOnly(today.Year, today.Month, 1);
        var last = First.AddMonths(1).AddDays(-1);
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var sessions = await db.ReceptionSessions.AsNoTracking().VisibleTo(scope, s => s.Organization!, PetitionPermissions.View)
            .Where(s => s.Date >= First && s.Date <= last)
            .OrderBy(s => s.Date).ThenBy(s => s.StartsAt)
            .Select(s => new { s.Id, s.Date, s.StartsAt, s.EndsAt, s.Host, s.Place, s.Scheduled, s.Cancelled, s.OrganizationId, Unit = s.Organization!.Name, Level = s.Organization.Area!.Level })
            .ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var taken = await db.Petitions.AsNoTracking().Where(p => p.ReceptionId != null && ids.Contains(p.ReceptionId.Value))
            .Select(p => new { Session = p.ReceptionId!.Value, p.Id, p.Code, p.Title }).ToListAsync(cancellationToken);
        Sessions = sessions.Select(s => new SessionLine(s.Id, s.OrganizationId, s.Unit, s.Date, s.StartsAt, s.EndsAt, s.Host, s.Place, s.Scheduled, s.Cancelled,
            taken.Where(t => t.Session == s.Id).Select(t => (t.Id, t.Code, t.Title)).ToList())).ToList();
        var hosting = await db.Organizations.AsNoTracking().VisibleTo(scope, PetitionPermissions.Receive).Where(o => !o.IsArchived && (o.Kind!.Code == "dang-uy" || o.Kind!.Code == "ubnd"))
            .Select(o => new { o.Id, o.Name, o.Area!.Level }).ToListAsync(cancellationToken);
        var own = scope.Grants.Where(g => g.Holds(PetitionPermissions.Receive)).Select(g => g.OrganizationId).ToHashSet();
        Hosts = hosting.Where(h => scope.IsAdministrator || own.Contains(h.Id)).OrderBy(h => h.Name, VietnameseText.Comparer).Select(h => (h.Id, h.Name)).ToList();
        Short = hosting.Where(h => h.Level != AreaLevel.Village && Hosts.Any(x => x.Id == h.Id))
            .Select(h => (h.Name, Count: sessions.Count(s => s.OrganizationId == h.Id && !s.Cancelled && s.Scheduled), Min: ReceptionSession.MinimumPerMonth(h.Level)))
            .Where(h => h.Count < h.Min)
            .Select(h => $"{h.Name}: {h.Count}/{h.Min} buổi trong tháng").ToList();
    }
}

public sealed record SessionLine(Guid Id, Guid OrganizationId, string Unit, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Host, string Place, bool Scheduled, bool Cancelled, IReadOnlyList<(Guid Id, string Code, string Title)> Petitions);

public sealed class SessionInput
{
    [Display(Name = "Cấp ủy, chính quyền")]
    public Guid OrganizationId { get; set; }

    [Required(ErrorMessage = "Hãy nhập ngày.")]
    [Display(Name = "Ngày (dd/MM/yyyy)")]
    public string? Date { get; set; }

    [Required(ErrorMessage = "Hãy nhập giờ bắt đầu.")]
    [Display(Name = "Từ (HH:mm)")]
    public string? StartsAt { get; set; } = "07:30";

    [Required(ErrorMessage = "Hãy nhập giờ kết thúc.")]
    [Display(Name = "Đến (HH:mm)")]
    public string? EndsAt { get; set; } = "11:00";

    [Required(ErrorMessage = "Hãy nhập địa điểm.")]
    [StringLength(200)]
    [Display(Name = "Địa điểm")]
    public string? Place { get; set; }

    [Required(ErrorMessage = "Hãy nhập người chủ trì.")]
    [StringLength(200)]
    [Display(Name = "Người chủ trì (chức vụ, họ tên)")]
    public string? Host { get; set; }

    [Display(Name = "Theo lịch định kỳ")]
    public bool Scheduled { get; set; } = true;
}
