using System.Security.Cryptography.X509Certificates;
using System.Text;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Notifications.Contracts;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DanVan.Web.Modules.Notifications.Email;

/// <summary>
/// Sends notifications waiting for e-mail over SMTP with MailKit, in small batches: implicit TLS on 465 or STARTTLS
/// when offered (required when configured so), and credentials never in clear unless explicitly allowed.
/// </summary>
internal sealed class EmailOutbox(AppDbContext db, IOptions<SmtpOptions> options, TimeProvider clock, DatabaseLocks locks, ILogger<EmailOutbox> logger)
{
    private const int BatchSize = 200;

    public async Task<int> DeliverAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (!smtp.Enabled)
        {
            return 0;
        }

        // One server delivers at a time: each message is marked sent before the next server reads the outbox.
        await using var held = await locks.TryAcquireAsync("email-outbox", cancellationToken);
        if (held is null)
        {
            return 0;
        }

        var pending = await db.Notifications
            .Where(n => n.EmailTo != null && n.EmailSentAt == null && n.EmailAttempts < Notification.MaxEmailAttempts)
            .OrderBy(n => n.CreatedAt).Take(BatchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        if (!string.IsNullOrWhiteSpace(smtp.CertificateThumbprint))
        {
            var pinned = smtp.CertificateThumbprint.Replace(":", "", StringComparison.Ordinal).Trim();
            client.ServerCertificateValidationCallback = (_, certificate, _, errors) => errors == System.Net.Security.SslPolicyErrors.None
                || (certificate is not null && string.Equals(Convert.ToHexString(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()).GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256)), pinned, StringComparison.OrdinalIgnoreCase));
        }

        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, SocketOptions(smtp), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                if (!client.IsSecure && !smtp.AllowPlainTextAuthentication)
                {
                    logger.LogError("SMTP server {Host}:{Port} offers no TLS: the credentials are not sent in clear (set Smtp:Security or Smtp:AllowPlainTextAuthentication)", smtp.Host, smtp.Port);
                    await FailAllAsync(pending, "Máy chủ thư không mã hóa kết nối: không gửi mật khẩu.", cancellationToken);
                    return 0;
                }

                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or SslHandshakeException or AuthenticationException or ProtocolException or CommandException or NotSupportedException)
        {
            logger.LogWarning(e, "SMTP server {Host}:{Port} not reached", smtp.Host, smtp.Port);
            await FailAllAsync(pending, e.Message, cancellationToken);
            return 0;
        }

        var sent = 0;
        foreach (var notification in pending)
        {
            try
            {
                await client.SendAsync(Compose(notification, smtp), cancellationToken);
                notification.EmailSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception e) when (e is CommandException or ProtocolException or IOException or FormatException or ParseException)
            {
                logger.LogWarning(e, "E-mail for notification {Id} not sent", notification.Id);
                notification.EmailFailed(e.Message);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return sent;
    }

    private static SecureSocketOptions SocketOptions(SmtpOptions smtp) => smtp.Security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ when smtp.EnableSsl => SecureSocketOptions.StartTls,
        _ when smtp.Port == 465 => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };

    private async Task FailAllAsync(List<Notification> pending, string reason, CancellationToken cancellationToken)
    {
        foreach (var notification in pending)
        {
            notification.EmailFailed(reason);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static MimeMessage Compose(Notification notification, SmtpOptions smtp)
    {
        var link = notification.Link is null ? null : (smtp.SiteUrl?.TrimEnd('/') ?? "") + notification.Link;
        var body = new StringBuilder(notification.Body);
        if (link is not null)
        {
            body.Append("\r\n\r\nXem trên DanVan: ").Append(link);
        }

        body.Append("\r\n\r\n—\r\nThư tự động từ DanVan, xin không trả lời thư này.");
        var message = new MimeMessage { Subject = "[DanVan] " + notification.Title };
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(MailboxAddress.Parse(notification.EmailTo!));
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = body.ToString(), ContentTransferEncoding = ContentEncoding.Base64 };
        return message;
    }
}
