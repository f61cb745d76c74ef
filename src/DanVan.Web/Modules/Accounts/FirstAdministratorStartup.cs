using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Audit.Contracts;

namespace DanVan.Web.Modules.Accounts;

/// <summary>At start-up, after the demo data: creates the first administrator of an empty system and prints its one-time password.</summary>
internal sealed class FirstAdministratorStartup(StartupConsole console) : IStartupTask
{
    public int Order => 20;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var actor = AuditActor.As("khởi động hệ thống");
        var admin = await services.GetRequiredService<FirstAdministrator>().EnsureAsync(cancellationToken);
        if (admin is { } created)
        {
            await console.Out.WriteLineAsync($"""

                ================================================================
                 DanVan: tài khoản quản trị đầu tiên (first administrator)
                   Email:              {created.Email}
                   Mật khẩu một lần:   {created.Password}
                 Mật khẩu chỉ hiện một lần. Khi đăng nhập lần đầu, hãy đổi mật khẩu
                 và bật xác thực hai bước (TOTP).
                ================================================================

                """);
        }
    }
}
