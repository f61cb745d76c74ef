using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Notifications.Email;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Notifications;

public sealed class Notifier(AppDbContext db, EmailOutbox outbox, TimeProvider clock) : INotifier
{
    public async Task<int> NotifyUnitAsync(Guid organizationId, string permission, NotificationMessage message, CancellationToken cancellationToken)
    {
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId && m.User!.IsActive)
            .Select(m => new { m.UserId, m.Role, m.User!.Email })
            .ToListAsync(cancellationToken);
        var recipients = members.Where(m => m.Role.Grants(permission)).DistinctBy(m => m.UserId).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var recipient in recipients)
        {
            db.Notifications.Add(Notification.Create(recipient.UserId, message.Title, message.Body, message.Link, recipient.Email, now));
        }

        return recipients.Count;
    }

    public Task<int> DeliverEmailsAsync(CancellationToken cancellationToken) => outbox.DeliverAsync(cancellationToken);
}
