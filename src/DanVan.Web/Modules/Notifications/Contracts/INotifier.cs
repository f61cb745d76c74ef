namespace DanVan.Web.Modules.Notifications.Contracts;

/// <summary>What other modules may ask of Notifications.</summary>
public interface INotifier
{
    /// <summary>
    /// Adds a notification for every active member of the unit itself whose role grants <paramref name="permission"/>;
    /// the caller saves, so the notifications commit together with what caused them. Returns how many were added.
    /// </summary>
    Task<int> NotifyUnitAsync(Guid organizationId, string permission, NotificationMessage message, CancellationToken cancellationToken);

    /// <summary>The same for many units at once, with one read of their members; returns how many were told, notice by notice.</summary>
    Task<IReadOnlyList<int>> NotifyUnitsAsync(IReadOnlyList<(Guid OrganizationId, NotificationMessage Message)> notices, string permission, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a notification for each named person (when active), e.g. the member in charge of a task's village or field;
    /// nobody gets the same notice twice in one save. Returns how many were added.
    /// </summary>
    Task<int> NotifyUsersAsync(IReadOnlyList<(string UserId, NotificationMessage Message)> notices, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a letter to someone without an account (a citizen's address, given with a petition), sent by the outbox
    /// like any notice; the caller saves. The link is a public path of DanVan ("/Public/Petitions/Status?code=…").
    /// </summary>
    void WriteLetter(string emailTo, string subject, string body, string? link);

    /// <summary>Forgets an address (its person was erased): the letters still waiting for it are never sent; the caller saves.</summary>
    Task ForgetLettersAsync(string emailTo, CancellationToken cancellationToken);

    /// <summary>Sends the e-mails still waiting (when SMTP is configured); returns how many were sent.</summary>
    Task<int> DeliverEmailsAsync(CancellationToken cancellationToken);
}

/// <param name="Link">A path inside DanVan, e.g. "/Reporting/Reports/Edit/…".</param>
/// <param name="Kind">One of <see cref="NoticeKinds"/>: what a person may choose not to receive by e-mail.</param>
public sealed record NotificationMessage(string Title, string Body, string? Link, string Kind = NoticeKinds.Other);
