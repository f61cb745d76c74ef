using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Notifications;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Notifications.Contracts;

namespace DanVan.Tests.Security.Records;

/// <summary>Notifications: one addressed to the victim user.</summary>
public sealed class NotificationRecords : IRecordFixture
{
    private string notification = "";

    public IEnumerable<string> Markers => ["Thông báo riêng của đơn vị bị thử"];

    public async Task LoadAsync(AppDbContext db, IServiceProvider services, VictimBranch victim)
    {
        var existing = await db.Notifications.Where(n => n.UserId == victim.UserId && n.Title == "Thông báo riêng của đơn vị bị thử").Select(n => (Guid?)n.Id).FirstOrDefaultAsync();
        if (existing is null)
        {
            var created = Notification.Create(victim.UserId, "Thông báo riêng của đơn vị bị thử", "Nội dung", "/", null, DateTime.UtcNow);
            db.Notifications.Add(created);
            await db.SaveChangesAsync();
            existing = created.Id;
        }

        notification = existing.Value.ToString();
    }

    public string? ValueFor(Probe probe, ProbeValue value) =>
        value.Is("id") && probe.Under("/Notifications") ? notification : null;
}
