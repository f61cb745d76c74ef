using Microsoft.EntityFrameworkCore;
using DanVan.Web.Cli;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Auth;
using DanVan.Web.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Modules.Accounts;

public static class AccountsModule
{
    /// <summary>Users, their memberships and tokens; who the user is (sign-in, two-factor, tokens, the set-up gate).</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddEntityModel(typeof(AccountsModule));
        services.AddAccountsAuthentication(configuration, environment);
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<IStartupTask, FirstAdministratorStartup>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<IDemoAccounts, DemoAccounts>();
        services.AddScoped<IMemberAssignment>(sp => sp.GetRequiredService<UserAdministration>());
        services.AddApiEndpoints<Api.AccountsApi>();
        services.AddCliCommand(AccountCommands.Create);
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
            o.Conventions.AllowAnonymousToPage("/Accounts/SignInTwoFactor");
        });
        services.AddAfterAuthentication(app => app.UseAccountSetupGate());

        services.AddOrganizationPermission(AccountPermissions.MembershipsManage, MembershipRole.OrganizationAdmin);
        services.AddAdministratorPermission(AccountPermissions.UsersManage);
        services.AddNavEntry(new NavEntry("Người dùng", "/Accounts/Users/Index", 180, Permission: AccountPermissions.UsersManage));
        services.AddNavEntry(new NavEntry("Đổi mật khẩu", "/Accounts/ChangePassword", 10, NavZone.Account));
        services.AddNavEntry(new NavEntry("Xác thực hai bước", "/Accounts/TwoFactor", 20, NavZone.Account));
        services.AddNavEntry(new NavEntry("Mã truy cập API", "/Accounts/Tokens/Index", 30, NavZone.Account));
        services.AddRecordName<AppUser>("Người dùng", "/Accounts/Users/Details/{id}", async (db, keys, ct) => await db.Users.Where(u => keys.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct));
        services.AddRecordName<AccessToken>("Mã truy cập API");
        services.AddRecordName<Membership>("Phân công cán bộ");
        return services;
    }
}
