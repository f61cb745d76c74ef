using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Notifications;

/// <summary>The signed-in user chooses, kind by kind, which notices also come by e-mail; in the app they always come.</summary>
[Authorize]
public sealed class SettingsModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    /// <summary>The kinds the user receives by e-mail (the others reach them in the app only).</summary>
    [BindProperty]
    public List<string> Email { get; set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var off = await db.Set<NotificationPreference>().Where(p => p.UserId == currentUser.Id).Select(p => p.Kind).ToListAsync(cancellationToken);
        Email = NoticeKinds.All.Select(k => k.Kind).Except(off).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.Id!;
        var wanted = Email.Where(NoticeKinds.IsKnown).ToHashSet();
        var saved = await db.Set<NotificationPreference>().Where(p => p.UserId == userId).ToListAsync(cancellationToken);
        db.RemoveRange(saved.Where(p => wanted.Contains(p.Kind)));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (kind, _) in NoticeKinds.All.Where(k => !wanted.Contains(k.Kind) && saved.All(p => p.Kind != k.Kind)))
        {
            db.Add(NotificationPreference.NoEmail(userId, kind, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = wanted.Count == NoticeKinds.All.Count
            ? "Đã lưu: anh/chị nhận mọi loại thông báo qua thư điện tử."
            : $"Đã lưu: {NoticeKinds.All.Count - wanted.Count} loại thông báo chỉ hiện trong DanVan, không gửi thư điện tử.";
        return RedirectToPage();
    }
}
