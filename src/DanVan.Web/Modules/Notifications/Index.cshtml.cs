using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;

namespace DanVan.Web.Modules.Notifications;

/// <summary>The signed-in user's notifications, newest first; opening one marks it read.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    public Paged<Notification> Rows { get; private set; } = new([], 1, Paged<Notification>.DefaultPageSize, 0);

    public int Unread { get; private set; }

    public async Task OnGetAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == currentUser.Id);
        Unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        Rows = await Paged<Notification>.CreateAsync(mine.OrderByDescending(n => n.CreatedAt), page, cancellationToken: cancellationToken);
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == currentUser.Id, cancellationToken);
        if (notification is null)
        {
            return NotFound();
        }

        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return notification.Link is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await db.Notifications.Where(n => n.UserId == currentUser.Id && n.ReadAt == null).ToListAsync(cancellationToken);
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Đã đánh dấu {unread.Count} thông báo là đã đọc.";
        return RedirectToPage();
    }
}
