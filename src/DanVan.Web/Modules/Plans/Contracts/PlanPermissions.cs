namespace DanVan.Web.Modules.Plans.Contracts;

public static class PlanPermissions
{
    public const string View = "plans.view";
    public const string Manage = "plans.manage";
}
