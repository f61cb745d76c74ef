using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Notifications.Email;

namespace DanVan.Web.Modules.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEntityModel(typeof(NotificationsModule));
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.AddScoped<EmailOutbox>();
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<UnreadNotifications>();
        services.AddNavEntry(new NavEntry("Thông báo", "/Notifications/Index", 10, NavZone.Tools, Badge: sp => sp.GetRequiredService<UnreadNotifications>().CountAsync(), BadgeLabel: "chưa đọc"));
        services.AddRecordName<Notification>("Thông báo");
        services.AddRecordName<NotificationPreference>("Cách nhận thông báo");
        services.AddRecordName<Letter>("Thư gửi người dân");
        return services;
    }
}
