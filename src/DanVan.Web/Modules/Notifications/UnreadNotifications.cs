using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;

namespace DanVan.Web.Modules.Notifications;

/// <summary>The count behind the bell in the menu.</summary>
internal sealed class UnreadNotifications(AppDbContext db, CurrentUser currentUser)
{
    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        currentUser.Id is { } id ? await db.Notifications.CountAsync(n => n.UserId == id && n.ReadAt == null, cancellationToken) : 0;
}
