namespace DanVan.Web.Modules.Notifications.Email;

/// <summary>How the connection to the mail server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>TLS from the first byte on port 465, otherwise STARTTLS whenever the server offers it.</summary>
    Auto,

    /// <summary>Implicit TLS (SMTPS, usually port 465).</summary>
    SslOnConnect,

    /// <summary>STARTTLS, required: a server that does not offer it gets nothing.</summary>
    StartTls,

    /// <summary>No TLS (a relay on the same host or network only).</summary>
    None,
}

/// <summary>The "Smtp" configuration section. Without a host, notifications stay in the app only.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>Earlier releases' switch: true asks for STARTTLS (as <see cref="SmtpSecurity.StartTls"/>).</summary>
    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// Send the user name and password over a connection without TLS. Off: credentials are never sent in clear,
    /// the message waits and the failure is logged.
    /// </summary>
    public bool AllowPlainTextAuthentication { get; set; }

    /// <summary>The SHA-256 thumbprint of a mail server's own (self-signed) certificate to trust, for an internal server.</summary>
    public string? CertificateThumbprint { get; set; }

    public string From { get; set; } = "danvan@localhost";

    public string FromName { get; set; } = "DanVan";

    /// <summary>The address users open DanVan at, to turn notification links into full links in e-mails.</summary>
    public string? SiteUrl { get; set; }

    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// The hour (Vietnam time, 0–23) of the day's digest: the notices a person takes "in one letter a day" wait for the
    /// first delivery pass after it. 7 when not configured.
    /// </summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>The last digest moment at or before <paramref name="utcNow"/>, in UTC.</summary>
    public DateTime DigestCutoff(DateTime utcNow)
    {
        var hour = DigestHour is >= 0 and <= 23 ? DigestHour : 7;
        var local = utcNow + Infrastructure.Time.VietnamTime.Offset;
        var cutoff = local.Date.AddHours(hour);
        if (cutoff > local)
        {
            cutoff = cutoff.AddDays(-1);
        }

        return DateTime.SpecifyKind(cutoff - Infrastructure.Time.VietnamTime.Offset, DateTimeKind.Utc);
    }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
