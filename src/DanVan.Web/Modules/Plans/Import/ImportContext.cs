using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>
/// What an import may refer to: the issuing organization, the organizations of its branch that may receive
/// tasks, the plans at or above it that it may concretize, and the chosen parent plan's tasks.
/// </summary>
public sealed record ImportContext(
    Organization Issuer,
    IReadOnlyList<Organization> Branch,
    IReadOnlyList<Plan> ParentOptions,
    Plan? ParentPlan,
    IReadOnlyList<PlanTask> ParentTasks,
    bool MayDelegateReview = false)
{
    public UnitMatcher Matcher { get; } = new(Issuer, Branch);
}

/// <summary>The outcome of a confirmation: the saved plan, or every reason it was refused.</summary>
public sealed record ImportResult(Plan? Plan, IReadOnlyList<string> Errors)
{
    public static ImportResult Refused(IReadOnlyList<string> errors) => new(null, errors);
}
