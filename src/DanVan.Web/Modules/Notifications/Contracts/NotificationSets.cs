using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Notifications.Contracts;

/// <summary>The Notifications module's tables, read as <c>db.Notifications</c>; a module's data is changed only by that module (its entities' methods).</summary>
public static class NotificationSets
{
    extension(AppDbContext db)
    {
        public DbSet<Notification> Notifications => db.Set<Notification>();
    }
}
