using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Notifications.Email;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Notifications;

internal sealed class Notifier(AppDbContext db, EmailOutbox outbox, TimeProvider clock, PermissionCatalog permissions) : INotifier
{
    public async Task<int> NotifyUnitAsync(Guid organizationId, string permission, NotificationMessage message, CancellationToken cancellationToken) =>
        (await NotifyUnitsAsync([(organizationId, message)], permission, cancellationToken))[0];

    public async Task<IReadOnlyList<int>> NotifyUnitsAsync(IReadOnlyList<(Guid OrganizationId, NotificationMessage Message)> notices, string permission, CancellationToken cancellationToken)
    {
        var units = notices.Select(n => n.OrganizationId).Distinct().ToList();
        var members = (await db.Memberships.AsNoTracking()
            .Where(m => units.Contains(m.OrganizationId) && m.User!.IsActive)
            .Select(m => new { m.OrganizationId, m.UserId, m.Role, m.User!.Email })
            .ToListAsync(cancellationToken))
            .Where(m => permissions.Grants(m.Role, permission))
            .ToLookup(m => m.OrganizationId);
        // How each recipient takes each kind by e-mail: at once, in the day's digest, or not at all (the app only).
        var userIds = members.SelectMany(g => g).Select(m => m.UserId).Distinct().ToList();
        var kinds = notices.Select(n => n.Message.Kind).Distinct().ToList();
        var chosen = (await db.Set<NotificationPreference>().AsNoTracking()
            .Where(p => userIds.Contains(p.UserId) && kinds.Contains(p.Kind)).Select(p => new { p.UserId, p.Kind, p.Delivery }).ToListAsync(cancellationToken))
            .ToDictionary(p => (p.UserId, p.Kind), p => p.Delivery);
        var now = clock.GetUtcNow().UtcDateTime;
        var told = new List<int>(notices.Count);
        foreach (var (organizationId, message) in notices)
        {
            var recipients = members[organizationId].DistinctBy(m => m.UserId).ToList();
            foreach (var recipient in recipients)
            {
                var delivery = chosen.GetValueOrDefault((recipient.UserId, message.Kind), NoticeKinds.DefaultOf(message.Kind));
                var email = delivery == EmailDelivery.None ? null : recipient.Email;
                db.Notifications.Add(Notification.Create(recipient.UserId, message.Title, message.Body, message.Link, email, now, message.Kind, daily: delivery == EmailDelivery.Daily));
            }

            told.Add(recipients.Count);
        }

        return told;
    }

    public Task<int> DeliverEmailsAsync(CancellationToken cancellationToken) => outbox.DeliverAsync(cancellationToken);
}
