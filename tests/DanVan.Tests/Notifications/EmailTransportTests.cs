using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Notifications;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Notifications.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVan.Tests.Notifications;

/// <summary>
/// E-mail over MailKit to a real SMTP listener: STARTTLS is used when the server offers it, before the credentials
/// are sent; a server that offers no encryption never receives them (the message waits, the failure is recorded).
/// </summary>
public abstract class EmailTransportTests(DanVanApp app)
{
    private static readonly (string User, string Password) Account = ("danvan-relay", "Mat-khau-thu-2026");

    [Fact]
    public async Task Credentials_go_only_over_the_encrypted_connection_the_server_offers()
    {
        await using var server = new SmtpListener(startTls: true, Account);
        var (sent, notification) = await DeliverAsync(server, new SmtpOptions
        {
            Host = "127.0.0.1", Port = server.Port, UserName = Account.User, Password = Account.Password,
            CertificateThumbprint = server.CertificateThumbprint, From = "danvan@test.vn",
        });

        Assert.Equal(1, sent);
        var login = Assert.Single(server.Logins);
        Assert.Equal((Account.User, Account.Password, true), login);
        var mail = Assert.Single(server.To(notification.EmailTo!));
        Assert.Equal("[DanVan] Thư thử: nhắc hạn báo cáo quý IV", mail.Subject);
        Assert.Contains("Đơn vị Thượng Lâm", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_without_encryption_never_sees_the_password()
    {
        await using var server = new SmtpListener(startTls: false, Account);
        var (sent, notification) = await DeliverAsync(server, new SmtpOptions
        {
            Host = "127.0.0.1", Port = server.Port, UserName = Account.User, Password = Account.Password, From = "danvan@test.vn",
        });

        Assert.Equal(0, sent);
        Assert.Empty(server.Logins);
        Assert.Empty(server.Received);
        var stored = await app.WithDbAsync((db, _) => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == notification.Id));
        Assert.Null(stored.EmailSentAt);
        Assert.Equal(1, stored.EmailAttempts);
    }

    private async Task<(int Sent, Notification Notification)> DeliverAsync(SmtpListener server, SmtpOptions smtp) => await app.WithDbAsync(async (db, services) =>
    {
        // The app's own reminder pass delivers waiting mail too (through the app's listener): it waits while this
        // test holds the pass's lock, so the message below goes only through this test's server.
        await using var pass = await services.GetRequiredService<DatabaseLocks>().AcquireAsync("reminders", CancellationToken.None);
        // The earlier tests' mail is out of the way: only this message waits.
        await db.Notifications.Where(n => n.EmailTo != null && n.EmailSentAt == null).ExecuteDeleteAsync();
        var user = await db.Users.OrderBy(u => u.CreatedAt).FirstAsync();
        var notification = Notification.Create(user.Id, "Thư thử: nhắc hạn báo cáo quý IV", "Đơn vị Thượng Lâm: xin gửi báo cáo.", null, $"nhan.{Guid.NewGuid():N}@test.vn", DateTime.UtcNow);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        var outbox = new EmailOutbox(db, Options.Create(smtp), TimeProvider.System, services.GetRequiredService<DatabaseLocks>(), services.GetRequiredService<ILogger<EmailOutbox>>());
        return (await outbox.DeliverAsync(CancellationToken.None), notification);
    });
}

public sealed class EmailTransportTests_Sqlite(SqliteApp app) : EmailTransportTests(app), IClassFixture<SqliteApp>;

public sealed class EmailTransportTests_Postgres(PostgresApp app) : EmailTransportTests(app), IClassFixture<PostgresApp>;
