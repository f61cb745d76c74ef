namespace DanVan.Web.Modules.Notifications.Email;

/// <summary>The "Smtp" configuration section. Without a host, notifications stay in the app only.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "danvan@localhost";

    public string FromName { get; set; } = "DanVan";

    /// <summary>The address users open DanVan at, to turn notification links into full links in e-mails.</summary>
    public string? SiteUrl { get; set; }

    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
