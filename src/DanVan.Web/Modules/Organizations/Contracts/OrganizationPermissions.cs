namespace DanVan.Web.Modules.Organizations.Contracts;

public static class OrganizationPermissions
{
    public const string View = "organizations.view";
    public const string Manage = "organizations.manage";

    /// <summary>Change a unit's division of work (who is in charge of which area or field).</summary>
    public const string AssignResponsibilities = "organizations.responsibilities";

    /// <summary>Reference data every module reads (areas, kinds of organization, indicators): administrators only.</summary>
    public const string ReferenceData = "reference.manage";
}
