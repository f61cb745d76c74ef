namespace DanVan.Web.Modules.Organizations.Contracts;

public static class OrganizationPermissions
{
    public const string View = "organizations.view";
    public const string Manage = "organizations.manage";

    /// <summary>Reference data every module reads (areas, kinds of organization, indicators): administrators only.</summary>
    public const string ReferenceData = "reference.manage";
}
