using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Modules.Notifications.Email;

/// <summary>Sends notifications waiting for e-mail over SMTP (the framework's own client), in small batches.</summary>
public sealed class EmailOutbox(AppDbContext db, IOptions<SmtpOptions> options, TimeProvider clock, DatabaseLocks locks, ILogger<EmailOutbox> logger)
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

        using var client = new SmtpClient(smtp.Host!, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            Timeout = smtp.TimeoutSeconds * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        var sent = 0;
        foreach (var notification in pending)
        {
            try
            {
                using var message = Compose(notification, smtp);
                await client.SendMailAsync(message, cancellationToken);
                notification.EmailSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception e) when (e is SmtpException or InvalidOperationException or FormatException or IOException)
            {
                logger.LogWarning(e, "E-mail for notification {Id} not sent", notification.Id);
                notification.EmailFailed(e.Message);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    private static MailMessage Compose(Notification notification, SmtpOptions smtp)
    {
        var link = notification.Link is null ? null : (smtp.SiteUrl?.TrimEnd('/') ?? "") + notification.Link;
        var body = new StringBuilder(notification.Body);
        if (link is not null)
        {
            body.Append("\r\n\r\nXem trên DanVan: ").Append(link);
        }

        body.Append("\r\n\r\n—\r\nThư tự động từ DanVan, xin không trả lời thư này.");
        var message = new MailMessage
        {
            From = new MailAddress(smtp.From, smtp.FromName, Encoding.UTF8),
            Subject = "[DanVan] " + notification.Title,
            SubjectEncoding = Encoding.UTF8,
            Body = body.ToString(),
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(notification.EmailTo!));
        return message;
    }
}
