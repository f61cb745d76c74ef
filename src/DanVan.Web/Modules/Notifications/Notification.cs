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

    public int EmailAttempts { get; private set; }

    public string? EmailError { get; private set; }

    public bool EmailPending => EmailTo is not null && EmailSentAt is null && EmailAttempts < MaxEmailAttempts;

    /// <param name="emailTo">Null when the user has no address or chose not to receive this kind by e-mail.</param>
    public static Notification Create(string userId, string title, string body, string? link, string? emailTo, DateTime utcNow, string kind = Contracts.NoticeKinds.Other) => new()
    {
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

/// <summary>A person's choice not to receive one kind of notice by e-mail (it still reaches them in the app).</summary>
public sealed class NotificationPreference
{
    private NotificationPreference()
    {
    }

    public string UserId { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public DateTime ChangedAt { get; private set; }

    public static NotificationPreference NoEmail(string userId, string kind, DateTime utcNow) =>
        Contracts.NoticeKinds.IsKnown(kind) ? new() { UserId = userId, Kind = kind, ChangedAt = utcNow }
        : throw new Infrastructure.Errors.BusinessRuleException("Loại thông báo không hợp lệ.");
}
