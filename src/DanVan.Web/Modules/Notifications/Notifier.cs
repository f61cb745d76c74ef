using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Notifications.Email;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Notifications;

internal sealed class Notifier(AppDbContext db, EmailOutbox outbox, TimeProvider clock, PermissionCatalog permissions) : INotifier
{
    /// <summary>What this scope already told whom, so that one cause reaches a person once.</summary>
    private readonly HashSet<(string UserId, string Title, string? Link)> told = [];

    public void WriteLetter(string emailTo, string subject, string body, string? link) =>
        db.Set<Letter>().Add(Letter.Create(emailTo, subject, link is { Length: > 0 } && link.StartsWith('/') ? $"{body}\r\n\r\nTheo dõi tại: {{site}}{link}" : body, clock.GetUtcNow().UtcDateTime));

    public async Task ForgetLettersAsync(string emailTo, CancellationToken cancellationToken)
    {
        var address = emailTo.Trim();
        foreach (var letter in await db.Set<Letter>().Where(l => l.To == address && l.SentAt == null).ToListAsync(cancellationToken))
        {
            letter.Forget();
        }
    }

    public async Task<int> NotifyUnitAsync(Guid organizationId, string permission, NotificationMessage message, CancellationToken cancellationToken) =>
        (await NotifyUnitsAsync([(organizationId, message)], permission, cancellationToken))[0];

    public async Task<IReadOnlyList<int>> NotifyUnitsAsync(IReadOnlyList<(Guid OrganizationId, NotificationMessage Message)> notices, string permission, CancellationToken cancellationToken)
    {
        var units = notices.Select(n => n.OrganizationId).Distinct().ToList();
        var members = (await db.Memberships.AsNoTracking()
            .Where(m => units.Contains(m.OrganizationId) && m.User!.IsActive)
            // An address not confirmed (a demo officer's) gets no e-mail; the notice stays in the app.
            .Select(m => new { m.OrganizationId, m.UserId, m.Role, Email = m.User!.EmailConfirmed ? m.User.Email : null })
            .ToListAsync(cancellationToken))
            .Where(m => permissions.Grants(m.Role, permission))
            .ToLookup(m => m.OrganizationId);
        var deliveries = await DeliveriesAsync(members.SelectMany(g => g).Select(m => m.UserId), notices.Select(n => n.Message.Kind), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = new List<int>(notices.Count);
        foreach (var (organizationId, message) in notices)
        {
            var recipients = members[organizationId].DistinctBy(m => m.UserId).ToList();
            foreach (var recipient in recipients)
            {
                Add(recipient.UserId, recipient.Email, message, deliveries, now);
            }

            counts.Add(recipients.Count);
        }

        return counts;
    }

    public async Task<int> NotifyUsersAsync(IReadOnlyList<(string UserId, NotificationMessage Message)> notices, CancellationToken cancellationToken)
    {
        var ids = notices.Select(n => n.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive).Select(u => new { u.Id, Email = u.EmailConfirmed ? u.Email : null }).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var deliveries = await DeliveriesAsync(users.Keys, notices.Select(n => n.Message.Kind), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var (userId, message) in notices.Where(n => users.ContainsKey(n.UserId)))
        {
            added += Add(userId, users[userId], message, deliveries, now) ? 1 : 0;
        }

        return added;
    }

    /// <summary>How each person takes each kind by e-mail: at once, in the day's digest, or not at all (the app only).</summary>
    private async Task<Dictionary<(string UserId, string Kind), EmailDelivery>> DeliveriesAsync(IEnumerable<string> userIds, IEnumerable<string> kinds, CancellationToken cancellationToken)
    {
        var users = userIds.Distinct().ToList();
        var wanted = kinds.Distinct().ToList();
        return await db.Set<NotificationPreference>().AsNoTracking()
            .Where(p => users.Contains(p.UserId) && wanted.Contains(p.Kind))
            .ToDictionaryAsync(p => (p.UserId, p.Kind), p => p.Delivery, cancellationToken);
    }

    /// <summary>Adds the notice unless this scope already told the same person the same thing (the member in charge of a village who also manages the unit).</summary>
    private bool Add(string userId, string? address, NotificationMessage message, Dictionary<(string UserId, string Kind), EmailDelivery> deliveries, DateTime now)
    {
        if (!told.Add((userId, message.Title, message.Link)))
        {
            return false;
        }

        var delivery = deliveries.GetValueOrDefault((userId, message.Kind), NoticeKinds.DefaultOf(message.Kind));
        db.Notifications.Add(Notification.Create(userId, message.Title, message.Body, message.Link, delivery == EmailDelivery.None ? null : address, now, message.Kind, daily: delivery == EmailDelivery.Daily));
        return true;
    }

    public Task<int> DeliverEmailsAsync(CancellationToken cancellationToken) => outbox.DeliverAsync(cancellationToken);
}
