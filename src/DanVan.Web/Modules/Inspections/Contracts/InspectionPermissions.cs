namespace DanVan.Web.Modules.Inspections.Contracts;

public static class InspectionPermissions
{
    /// <summary>Read the programmes and inspections of a unit (and, with the subtree, of those below it).</summary>
    public const string View = "inspections.view";

    /// <summary>Plan programmes and inspections of a unit, name the team, tell the units, issue the conclusion, close.</summary>
    public const string Manage = "inspections.manage";

    /// <summary>Answer an inspection of one's unit: its self-report and documents.</summary>
    public const string Respond = "inspections.respond";
}
