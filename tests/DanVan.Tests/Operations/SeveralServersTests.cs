using System.Net;
using DanVan.Tests.Documents;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Plans;
using DanVan.Tests.Reporting;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Reporting.Reminders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Tests.Operations;

/// <summary>
/// Two servers started together on one empty PostgreSQL database: one migrates and seeds while the other waits;
/// a sign-in on one is a sign-in on the other and a sign-out on one ends it on both; a reminder pass run on both at
/// once sends each e-mail once; a plan uploaded on one is confirmed on the other.
/// </summary>
public sealed class SeveralServersTests : IAsyncLifetime
{
    private readonly string connection = PostgresServer.CreateDatabase();
    private DanVanApp one = null!;
    private DanVanApp two = null!;

    public async Task InitializeAsync()
    {
        one = new DanVanApp(Engine.Postgres, connection);
        two = new DanVanApp(Engine.Postgres, connection);
        await Task.WhenAll(Task.Run(() => one.Services), Task.Run(() => two.Services));
    }

    public async Task DisposeAsync()
    {
        await one.DisposeAsync();
        await two.DisposeAsync();
    }

    [Fact]
    public async Task Two_servers_share_one_database_without_doing_anything_twice()
    {
        Assert.Equal(1, await one.WithDbAsync((db, _) => db.Plans.CountAsync(p => p.IsDemo && p.Organization!.Code == "TL.DU")));
        Assert.Equal(1, await two.WithDbAsync((db, _) => db.Users.CountAsync(u => u.Email == "admin@danvan.local")));

        // Signed in on one, the same cookie is a session on the other; signing out on the other ends it on both.
        await one.CreateUserAsync("servers.reviewer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        await one.CreateUserAsync("servers.writer@test.vn", MembershipRole.Officer, "TL.HND");
        var jar = new CookieContainer();
        var onOne = one.CreateDefaultClient(new CookieContainerHandler(jar));
        var onTwo = two.CreateDefaultClient(new CookieContainerHandler(jar));
        await Forms.SignInAsync(onOne, "servers.reviewer@test.vn");
        Assert.Equal(HttpStatusCode.OK, (await onTwo.GetAsync("/Organizations/Units")).StatusCode);

        // An upload made on one is reviewed and confirmed on the other.
        var unit = await one.OrganizationAsync("TL.UBND");
        var (url, form, _) = await PlanUploads.ReviewAsync(onOne, "ke-hoach-ubnd.txt", Samples.Bytes(Samples.CommunePlan), unit.Id);
        foreach (var unlisted in form.Names.Where(n => n.StartsWith("Draft.Units[", StringComparison.Ordinal) && n.EndsWith(".Name", StringComparison.Ordinal)).ToList())
        {
            form.Set(unlisted.Replace(".Name", ".Unlisted", StringComparison.Ordinal), "true", "false");
        }

        // The demo imported this very file for the Party committee: the officer says this is another document.
        var confirmed = await form.Set("Draft.Number", "99-KH/UBND").Set("Draft.IssuedOn", "05/05/2026").Set("Draft.NotDuplicate", "true").PostAsync(onTwo, url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Confirm");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.True(await two.WithDbAsync((db, _) => db.Plans.AnyAsync(p => p.OrganizationId == unit.Id)));

        // A reminder pass on both servers at the same moment: every e-mail is sent once.
        await Periods.OpenOnRequestAsync(one, onTwo, "Báo cáo hai máy chủ 2027", "01/01/2027", "15/03/2027", "20/03/2027");
        using (one.Clock.At(new DateOnly(2027, 3, 19)))
        using (two.Clock.At(new DateOnly(2027, 3, 19)))
        {
            await Task.WhenAll(
                Task.Run(() => one.WithDbAsync((_, sp) => sp.GetRequiredService<ReminderRun>().RunAsync(CancellationToken.None))),
                Task.Run(() => two.WithDbAsync((_, sp) => sp.GetRequiredService<ReminderRun>().RunAsync(CancellationToken.None))));
            await one.WithDbAsync((_, sp) => sp.GetRequiredService<ReminderRun>().RunAsync(CancellationToken.None));
        }

        var expected = await one.WithDbAsync((db, _) => db.Notifications.CountAsync(n => n.EmailTo != null));
        Assert.True(expected >= 2, $"{expected} e-mails expected");
        await WaitForAsync(() => one.Mail.Received.Count + two.Mail.Received.Count >= expected);
        var mails = one.Mail.Received.Concat(two.Mail.Received).ToList();
        Assert.Equal(expected, mails.Count);
        Assert.Equal(expected, mails.Select(m => (string.Join(',', m.Recipients), m.Subject)).Distinct().Count());
        Assert.Equal(expected, await one.WithDbAsync((db, _) => db.Notifications.CountAsync(n => n.EmailSentAt != null)));

        // Signing out on the second server ends the session on the first.
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(onTwo, "/Accounts/ChangePassword", new Dictionary<string, string>(), "/Accounts/SignOut")).StatusCode);
        var after = await onOne.GetAsync("/Organizations/Units");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Accounts/SignIn", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++)
        {
            await Task.Delay(100);
        }
    }
}
