namespace DanVan.Web.Modules.Notifications;

/// <summary>
/// An e-mail to someone without an account (a citizen who gave an address with a petition): what happened and the
/// public page to follow it. It waits in the outbox as a notification does, and only its address is personal.
/// </summary>
public sealed class Letter
{
    public const int MaxAttempts = 5;

    private Letter()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? Error { get; private set; }

    public static Letter Create(string to, string subject, string body, DateTime utcNow) => new()
    {
        To = to.Trim(),
        Subject = Cut(subject, 300),
        Body = Cut(body, 4000),
        CreatedAt = utcNow,
    };

    public void Sent(DateTime utcNow) => (SentAt, Error) = (utcNow, null);

    public void Failed(string error)
    {
        Attempts++;
        Error = Cut(error, 500);
    }

    /// <summary>The address is forgotten (the person asked to be erased); a letter not sent yet is never sent.</summary>
    public void Forget()
    {
        To = "";
        Attempts = MaxAttempts;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
