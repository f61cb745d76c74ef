using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Notifications.Email;

namespace DanVan.Web.Modules.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddScoped<EmailOutbox>();
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<UnreadNotifications>();
        return services;
    }
}
