namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>
/// Work another module asks of units (an inspection's recommendations, a dialogue's commitments) as a document of
/// the issuer with tasks, each given to one unit with a deadline: tracked in cycles on the units' boards like any
/// task, reported on from the progress page, and in the registry of documents.
/// </summary>
public interface IFollowUpTasks
{
    /// <summary>
    /// Adds the document, its plan and tasks to the context under the Plans rules (a number no other document has,
    /// a deadline not before the date of issue); the caller saves them with its own change, and the units are told
    /// then. Throws a business-rule exception naming what is wrong.
    /// </summary>
    Task<FollowUpPlan> CreateAsync(FollowUpRequest request, CancellationToken cancellationToken);
}

/// <param name="Kind">The document's kind as the registry names it ("Thông báo").</param>
/// <param name="Number">The full number and symbol ("05-TB/ĐU").</param>
public sealed record FollowUpRequest(Guid IssuerId, string Kind, string Number, DateOnly IssuedOn, string Title, IReadOnlyList<FollowUpItem> Items, string? Place = null, string? SignerName = null, string? SignerTitle = null);

public sealed record FollowUpItem(string Number, string Text, Guid UnitId, DateOnly DueOn);

/// <param name="TaskIds">The tasks, in the order of the request's items.</param>
public sealed record FollowUpPlan(Guid PlanId, Guid DocumentId, IReadOnlyList<Guid> TaskIds);
