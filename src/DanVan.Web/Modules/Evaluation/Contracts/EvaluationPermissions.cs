namespace DanVan.Web.Modules.Evaluation.Contracts;

public static class EvaluationPermissions
{
    /// <summary>Read the rounds of a unit (and below it, with the subtree) and their results.</summary>
    public const string View = "evaluation.view";

    /// <summary>Open a round for the units below, appraise, decide.</summary>
    public const string Manage = "evaluation.manage";

    /// <summary>The unit's own self-assessment.</summary>
    public const string Assess = "evaluation.assess";

    /// <summary>Edit the criteria sets (administrators).</summary>
    public const string Criteria = "evaluation.criteria";
}
