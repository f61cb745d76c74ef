namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>The task-cycle reminders, run by the reminder pass with the report reminders.</summary>
public interface ICycleReminders
{
    /// <summary>Sends the reminders due today; returns how many cycles were reminded.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
