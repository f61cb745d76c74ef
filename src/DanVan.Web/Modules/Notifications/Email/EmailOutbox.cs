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
/// What waits for one address goes in one letter: the notices taken at once as soon as a pass runs, those taken
/// daily after the day's digest hour, so a person gets at most one digest a day however many notices fell.
/// </summary>
internal sealed class EmailOutbox(AppDbContext db, IOptions<SmtpOptions> options, TimeProvider clock, DatabaseLocks locks, ILogger<EmailOutbox> logger)
{
    private const int BatchSize = 500;

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

        var cutoff = smtp.DigestCutoff(clock.GetUtcNow().UtcDateTime);
        var pending = await db.Notifications
            .Where(n => n.EmailTo != null && n.EmailSentAt == null && n.EmailAttempts < Notification.MaxEmailAttempts)
            .Where(n => !n.EmailDaily || n.CreatedAt < cutoff)
            .OrderBy(n => n.CreatedAt).Take(BatchSize).ToListAsync(cancellationToken);
        var letters = await db.Set<Letter>().Where(l => l.SentAt == null && l.Attempts < Letter.MaxAttempts && l.To != "")
            .OrderBy(l => l.CreatedAt).Take(BatchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0 && letters.Count == 0)
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
                    await FailAllAsync(pending, letters, "Máy chủ thư không mã hóa kết nối: không gửi mật khẩu.", cancellationToken);
                    return 0;
                }

                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or SslHandshakeException or AuthenticationException or ProtocolException or CommandException or NotSupportedException)
        {
            logger.LogWarning(e, "SMTP server {Host}:{Port} not reached", smtp.Host, smtp.Port);
            await FailAllAsync(pending, letters, e.Message, cancellationToken);
            return 0;
        }

        var sent = 0;
        foreach (var letter in pending.GroupBy(n => n.EmailTo!.ToLowerInvariant()))
        {
            // Oldest first; those of one moment (one save) by title, the same on every engine.
            var notices = letter.OrderBy(n => n.CreatedAt).ThenBy(n => n.Title, StringComparer.Ordinal).ToList();
            try
            {
                await client.SendAsync(Compose(notices, smtp, clock.GetUtcNow().UtcDateTime), cancellationToken);
                foreach (var notification in notices)
                {
                    notification.EmailSent(clock.GetUtcNow().UtcDateTime);
                }

                sent += notices.Count;
            }
            catch (Exception e) when (e is CommandException or ProtocolException or IOException or FormatException or ParseException)
            {
                logger.LogWarning(e, "E-mail of {Count} notifications to one address not sent (first {Id})", notices.Count, notices[0].Id);
                foreach (var notification in notices)
                {
                    notification.EmailFailed(e.Message);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var letter in letters)
        {
            try
            {
                await client.SendAsync(Compose(letter, smtp), cancellationToken);
                letter.Sent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception e) when (e is CommandException or ProtocolException or IOException or FormatException or ParseException)
            {
                logger.LogWarning(e, "Letter {Id} not sent", letter.Id);
                letter.Failed(e.Message);
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

    private async Task FailAllAsync(List<Notification> pending, List<Letter> letters, string reason, CancellationToken cancellationToken)
    {
        foreach (var notification in pending)
        {
            notification.EmailFailed(reason);
        }

        foreach (var letter in letters)
        {
            letter.Failed(reason);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A letter to a citizen: its text, the site's address put in its link.</summary>
    private static MimeMessage Compose(Letter letter, SmtpOptions smtp)
    {
        var body = letter.Body.Replace("{site}", smtp.SiteUrl?.TrimEnd('/') ?? "", StringComparison.Ordinal)
            + "\r\n\r\n—\r\nThư tự động từ DanVan, xin không trả lời thư này.";
        var message = new MimeMessage { Subject = "[DanVan] " + letter.Subject };
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(MailboxAddress.Parse(letter.To));
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = body, ContentTransferEncoding = ContentEncoding.Base64 };
        return message;
    }

    /// <summary>One notice as its own letter; several as one letter that lists them, oldest first, each with its link.</summary>
    private static MimeMessage Compose(IReadOnlyList<Notification> notices, SmtpOptions smtp, DateTime utcNow)
    {
        var body = new StringBuilder();
        if (notices.Count > 1)
        {
            body.Append($"Anh/chị có {notices.Count} thông báo mới trên DanVan:\r\n");
        }

        for (var k = 0; k < notices.Count; k++)
        {
            var notification = notices[k];
            if (notices.Count > 1)
            {
                body.Append($"\r\n{k + 1}. {notification.Title}\r\n");
            }

            body.Append(notification.Body);
            if (notification.Link is not null)
            {
                body.Append(notices.Count > 1 ? "\r\n" : "\r\n\r\n").Append("Xem trên DanVan: ").Append((smtp.SiteUrl?.TrimEnd('/') ?? "") + notification.Link);
            }

            body.Append("\r\n");
        }

        body.Append("\r\n—\r\nThư tự động từ DanVan, xin không trả lời thư này. Cách nhận thư từng loại thông báo: trang Thông báo → Thư điện tử.");
        var subject = notices.Count == 1
            ? notices[0].Title
            : $"{notices.Count} thông báo mới ngày {Infrastructure.Text.VietnameseText.FormatDate(Infrastructure.Time.VietnamTime.DateOf(utcNow))}";
        var message = new MimeMessage { Subject = "[DanVan] " + subject };
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(MailboxAddress.Parse(notices[0].EmailTo!));
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = body.ToString(), ContentTransferEncoding = ContentEncoding.Base64 };
        return message;
    }
}
