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
    /// <summary>The delivery chosen for each kind (by name); a kind left out keeps what it had.</summary>
    [BindProperty]
    public Dictionary<string, string> Email { get; set; } = [];

    /// <summary>What the form showed for each kind: only the kinds the person changed are saved, so a second tab's older form does not undo them.</summary>
    [BindProperty]
    public Dictionary<string, string> Shown { get; set; } = [];

    public int DigestHour => smtp.Value.DigestHour is >= 0 and <= 23 ? smtp.Value.DigestHour : 7;

    public bool EmailConfigured => smtp.Value.Enabled;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Email = Shown = Names(await ChosenAsync(cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.Id!;
        // Only the names of the choices, for known kinds ("0", "Immediate, Daily" or a made-up kind are not choices).
        var chosen = Email.Where(e => NoticeKinds.IsKnown(e.Key) && Enum.GetNames<EmailDelivery>().Contains(e.Value, StringComparer.Ordinal))
            .ToDictionary(e => e.Key, e => Enum.Parse<EmailDelivery>(e.Value));
        if (chosen.Count != Email.Count)
        {
            ModelState.Clear();
            ModelState.AddModelError("", "Lựa chọn không hợp lệ; xin chọn lại cách nhận thư cho từng loại thông báo.");
            var current = Names(await ChosenAsync(cancellationToken));
            Email = current.ToDictionary(c => c.Key, c => chosen.TryGetValue(c.Key, out var kept) ? kept.ToString() : c.Value);
            Shown = current;
            return Page();
        }

        var saved = await db.Set<NotificationPreference>().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (kind, delivery) in chosen.Where(c => Shown.GetValueOrDefault(c.Key) != c.Value.ToString()))
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
        var after = await ChosenAsync(cancellationToken);
        var none = after.Count(c => c.Value == EmailDelivery.None);
        var daily = after.Count(c => c.Value == EmailDelivery.Daily);
        TempData["Message"] = $"Đã lưu: {NoticeKinds.All.Count - none - daily} loại thông báo gửi thư ngay, {daily} loại gộp vào thư hằng ngày, {none} loại chỉ hiện trong DanVan.";
        return RedirectToPage();
    }

    private static Dictionary<string, string> Names(Dictionary<string, EmailDelivery> deliveries) => deliveries.ToDictionary(d => d.Key, d => d.Value.ToString());

    private async Task<Dictionary<string, EmailDelivery>> ChosenAsync(CancellationToken cancellationToken)
    {
        var saved = await db.Set<NotificationPreference>().Where(p => p.UserId == currentUser.Id).ToDictionaryAsync(p => p.Kind, p => p.Delivery, cancellationToken);
        return NoticeKinds.All.ToDictionary(k => k.Kind, k => saved.GetValueOrDefault(k.Kind, k.Default));
    }
}
