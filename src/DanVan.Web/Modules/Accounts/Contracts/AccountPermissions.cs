namespace DanVan.Web.Modules.Accounts.Contracts;

public static class AccountPermissions
{
    public const string MembershipsManage = "memberships.manage";
    public const string UsersManage = "users.manage";
}
