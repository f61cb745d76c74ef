namespace DanVan.Web.Modules.Audit.Contracts;

public static class AuditPermissions
{
    public const string View = "audit.view";
}
