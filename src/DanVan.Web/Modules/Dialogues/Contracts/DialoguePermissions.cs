namespace DanVan.Web.Modules.Dialogues.Contracts;

public static class DialoguePermissions
{
    /// <summary>Read the dialogues held by a unit's branch, their minutes and commitments.</summary>
    public const string View = "dialogues.view";

    /// <summary>Plan a dialogue of the unit, record it, give its commitments to units, issue its minutes.</summary>
    public const string Manage = "dialogues.manage";
}
