using System.Net;
using System.Net.Http.Headers;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Audit.Contracts;

namespace DanVan.Tests.Audit;

/// <summary>Sign-ins, refusals, token use, downloads and reads of personal data are in the audit log, which stays chained.</summary>
public abstract class AuditEventsTests(DanVanApp app)
{
    [Fact]
    public async Task Sign_ins_refusals_token_use_downloads_and_sensitive_reads_are_audited()
    {
        var viewer = await app.CreateUserAsync("audit.viewer@test.vn", MembershipRole.Viewer, "TL.HND");
        await app.CreateUserAsync("audit.admin@test.vn", administrator: true);
        var key = await app.EnableTwoFactorAsync("audit.admin@test.vn");
        Task<List<AuditEntry>> EntriesAsync(AuditAction action) => app.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Action == action).ToListAsync());

        var client = app.CreateBrowser();
        await Forms.PostAsync(client, "/Accounts/SignIn", new Dictionary<string, string> { ["Input.Email"] = "audit.viewer@test.vn", ["Input.Password"] = "Sai-mat-khau" });
        Assert.Contains(await EntriesAsync(AuditAction.SignInFailed), e => e.EntityId == viewer.Id && e.After!.Contains("audit.viewer@test.vn", StringComparison.Ordinal));
        await Forms.SignInAsync(client, "audit.viewer@test.vn");
        Assert.Contains(await EntriesAsync(AuditAction.SignedIn), e => e.EntityId == viewer.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Accounts/Users")).StatusCode);
        Assert.Contains(await EntriesAsync(AuditAction.Denied), e => e.UserId == viewer.Id && e.EntityId == "/Accounts/Users");

        var board = await client.GetAsync("/Plans/Board?handler=Export");
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        Assert.Contains(await EntriesAsync(AuditAction.Exported), e => e.UserId == viewer.Id && e.EntityId.StartsWith("/Plans/Board", StringComparison.Ordinal));

        var token = await app.WithDbAsync(async (db, sp) => await sp.GetRequiredService<UserAdministration>().IssueTokenAsync(await db.Users.SingleAsync(u => u.Id == viewer.Id), "audit", 1, CancellationToken.None));
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.Contains(await EntriesAsync(AuditAction.TokenUsed), e => e.UserId == viewer.Id && e.After!.Contains("/api/v1/me", StringComparison.Ordinal));

        // An administrator reads the viewer's account (e-mail is declared sensitive); their own reads are not counted.
        var admin = app.CreateBrowser();
        await Forms.SignInAsync(admin, "audit.admin@test.vn", totpKey: key);
        Assert.Contains(await EntriesAsync(AuditAction.SignedIn), e => e.After!.Contains("mã xác thực hai bước từ", StringComparison.Ordinal) && e.Actor == "audit.admin@test.vn");
        var reads = (await EntriesAsync(AuditAction.Read)).Count;
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/Accounts/Users/Details/{viewer.Id}")).StatusCode);
        var read = (await EntriesAsync(AuditAction.Read)).Where(e => e.EntityType == nameof(AppUser) && e.EntityId == viewer.Id).ToList();
        Assert.NotEmpty(read);
        Assert.All(read, e => Assert.Contains("Email", e.After!, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Accounts/Users")).StatusCode);
        Assert.Contains(await EntriesAsync(AuditAction.Read), e => e.EntityId == viewer.Id && e.After!.Contains("/Accounts/Users", StringComparison.Ordinal) && !e.After.Contains("Details", StringComparison.Ordinal));
        var audit = await Forms.HtmlAsync(await admin.GetAsync("/Audit"));
        Assert.Contains("AppUser.Email", audit, StringComparison.Ordinal);
        Assert.True((await EntriesAsync(AuditAction.Read)).Count > reads);

        // The log names records as a person would, with a link to the record; its dates read dd/MM/yyyy.
        var today = DanVan.Web.Infrastructure.Text.VietnameseText.FormatDate(DanVan.Web.Infrastructure.Time.VietnamTime.Today(TimeProvider.System));
        var named = await Forms.HtmlAsync(await admin.GetAsync($"/Audit?entity=AppUser&from={today}&to={today}"));
        var viewerName = await app.WithDbAsync((db, _) => db.Users.Where(u => u.Id == viewer.Id).Select(u => u.FullName).SingleAsync());
        Assert.Contains($"href=\"/Accounts/Users/Details/{viewer.Id}\">{viewerName}</a>", named, StringComparison.Ordinal);
        Assert.Contains(">Người dùng</div>", named, StringComparison.Ordinal);
        Assert.Contains($"value=\"{today}\"", named, StringComparison.Ordinal);
        Assert.Contains("“Từ ngày” (2026-11-25) không hợp lệ", await Forms.HtmlAsync(await admin.GetAsync("/Audit?from=2026-11-25")), StringComparison.Ordinal);
        Assert.Contains("“Từ ngày” sau “Đến ngày”", await Forms.HtmlAsync(await admin.GetAsync("/Audit?from=02/12/2026&to=30/11/2026")), StringComparison.Ordinal);
        var unnamed = await app.WithDbAsync((db, sp) =>
        {
            var names = sp.GetRequiredService<DanVan.Web.Infrastructure.Data.RecordNames>();
            return Task.FromResult(db.Model.GetEntityTypes().Where(e => !e.ClrType.IsGenericType && names.Of(e.ClrType.Name) is null).Select(e => e.ClrType.Name).ToList());
        });
        Assert.True(unnamed.Count == 0, "records the audit log cannot name (AddRecordName in their module): " + string.Join(", ", unnamed));

        var verified = await app.WithDbAsync((_, sp) => sp.GetRequiredService<AuditVerification>().VerifyAsync(CancellationToken.None));
        Assert.True(verified.Intact, verified.Problem);
    }
}

public sealed class AuditEventsTests_Sqlite(SqliteApp app) : AuditEventsTests(app), IClassFixture<SqliteApp>;

public sealed class AuditEventsTests_Postgres(PostgresApp app) : AuditEventsTests(app), IClassFixture<PostgresApp>;
