namespace DanVan.Web.Modules.Notifications;

/// <summary>
/// A message for one user, shown in the app and, when the user has an e-mail address and SMTP is configured,
/// sent by e-mail. The e-mail part is an outbox: it is written with the notification and delivered afterwards,
/// retried a few times, so a mail server that is down loses nothing.
/// </summary>
public sealed class Notification
{
    public const int MaxEmailAttempts = 5;

    private Notification()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string UserId { get; private set; } = "";

    /// <summary>One of <see cref="Contracts.NoticeKinds"/>.</summary>
    public string Kind { get; private set; } = Contracts.NoticeKinds.Other;

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>A path inside DanVan (starting with "/") that the notification is about.</summary>
    public string? Link { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    public string? EmailTo { get; private set; }

    public DateTime? EmailSentAt { get; private set; }

    /// <summary>The e-mail waits for the day's digest instead of the next delivery pass.</summary>
    public bool EmailDaily { get; private set; }

    public int EmailAttempts { get; private set; }

    public string? EmailError { get; private set; }

    public bool EmailPending => EmailTo is not null && EmailSentAt is null && EmailAttempts < MaxEmailAttempts;

    /// <param name="emailTo">Null when the user has no address or chose not to receive this kind by e-mail.</param>
    /// <param name="daily">The e-mail goes in the day's digest.</param>
    public static Notification Create(string userId, string title, string body, string? link, string? emailTo, DateTime utcNow, string kind = Contracts.NoticeKinds.Other, bool daily = false) => new()
    {
        EmailDaily = daily,
        UserId = userId,
        Kind = Contracts.NoticeKinds.IsKnown(kind) ? kind : Contracts.NoticeKinds.Other,
        Title = Cut(title, 300),
        Body = Cut(body, 2000),
        Link = link is { Length: > 0 and <= 500 } && link.StartsWith('/') ? link : null,
        EmailTo = string.IsNullOrWhiteSpace(emailTo) ? null : emailTo.Trim(),
        CreatedAt = utcNow,
    };

    public void MarkRead(DateTime utcNow) => ReadAt ??= utcNow;

    public void EmailSent(DateTime utcNow) => (EmailSentAt, EmailError) = (utcNow, null);

    public void EmailFailed(string error)
    {
        EmailAttempts++;
        EmailError = Cut(error, 500);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

/// <summary>A person's choice of how e-mail brings one kind of notice (it always reaches them in the app); without one, the kind's default.</summary>
public sealed class NotificationPreference
{
    private NotificationPreference()
    {
    }

    public string UserId { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public Contracts.EmailDelivery Delivery { get; private set; } = Contracts.EmailDelivery.None;

    public DateTime ChangedAt { get; private set; }

    public static NotificationPreference Choose(string userId, string kind, Contracts.EmailDelivery delivery, DateTime utcNow) =>
        Contracts.NoticeKinds.IsKnown(kind) && Enum.IsDefined(delivery) ? new() { UserId = userId, Kind = kind, Delivery = delivery, ChangedAt = utcNow }
        : throw new Infrastructure.Errors.BusinessRuleException("Loại thông báo hoặc cách nhận thư không hợp lệ.");

    public void Change(Contracts.EmailDelivery delivery, DateTime utcNow) =>
        (Delivery, ChangedAt) = Enum.IsDefined(delivery) ? (delivery, utcNow) : throw new Infrastructure.Errors.BusinessRuleException("Cách nhận thư không hợp lệ.");
}
