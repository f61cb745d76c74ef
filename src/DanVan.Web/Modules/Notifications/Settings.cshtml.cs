using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Notifications.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Modules.Notifications;

/// <summary>The signed-in user chooses, kind by kind, how e-mail brings notices: at once, in one letter a day, or not at all; in the app they always come.</summary>
[Authorize]
public sealed class SettingsModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock, IOptions<SmtpOptions> smtp) : PageModel
{
    /// <summary>The delivery chosen for each kind; a kind left out keeps what it had.</summary>
    [BindProperty]
    public Dictionary<string, EmailDelivery> Email { get; set; } = [];

    public int DigestHour => smtp.Value.DigestHour is >= 0 and <= 23 ? smtp.Value.DigestHour : 7;

    public bool EmailConfigured => smtp.Value.Enabled;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Email = await ChosenAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.Id!;
        var unknown = Email.Where(e => !NoticeKinds.IsKnown(e.Key) || !Enum.IsDefined(e.Value)).Select(e => e.Key).ToList();
        if (!ModelState.IsValid || unknown.Count > 0)
        {
            ModelState.AddModelError("", "Lựa chọn không hợp lệ; xin chọn lại cách nhận thư cho từng loại thông báo.");
            Email = await ChosenAsync(cancellationToken);
            return Page();
        }

        var saved = await db.Set<NotificationPreference>().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (kind, delivery) in Email)
        {
            if (saved.TryGetValue(kind, out var preference))
            {
                preference.Change(delivery, now);
            }
            else if (delivery != NoticeKinds.DefaultOf(kind))
            {
                db.Add(NotificationPreference.Choose(userId, kind, delivery, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var chosen = await ChosenAsync(cancellationToken);
        var none = chosen.Count(c => c.Value == EmailDelivery.None);
        var daily = chosen.Count(c => c.Value == EmailDelivery.Daily);
        TempData["Message"] = $"Đã lưu: {NoticeKinds.All.Count - none - daily} loại thông báo gửi thư ngay, {daily} loại gộp vào thư hằng ngày, {none} loại chỉ hiện trong DanVan.";
        return RedirectToPage();
    }

    private async Task<Dictionary<string, EmailDelivery>> ChosenAsync(CancellationToken cancellationToken)
    {
        var saved = await db.Set<NotificationPreference>().Where(p => p.UserId == currentUser.Id).ToDictionaryAsync(p => p.Kind, p => p.Delivery, cancellationToken);
        return NoticeKinds.All.ToDictionary(k => k.Kind, k => saved.GetValueOrDefault(k.Kind, k.Default));
    }
}
