namespace DanVan.Web.Modules.Petitions.Contracts;

/// <summary>The reminders before each legal deadline of the open cases, run by the reminder pass.</summary>
public interface IPetitionReminders
{
    /// <summary>Sends the reminders due today; returns how many cases were reminded.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
