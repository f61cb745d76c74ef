using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Tests.Security.Records;

/// <summary>
/// A module's real records in the branch under attack (the demo commune's), for the authorization walk to put
/// into the routes, query strings and forms of that module's handlers. Each module keeps its own fixture; a
/// route value no fixture gives fails the walk, so a new page cannot be walked with made-up ids.
/// </summary>
public interface IRecordFixture
{
    Task LoadAsync(AppDbContext db, IServiceProvider services, VictimBranch victim);

    /// <summary>The value for one parameter of one handler, or null when it is not this module's.</summary>
    string? ValueFor(Probe probe, ProbeValue value);

    /// <summary>Text that only someone who may read these records is shown.</summary>
    IEnumerable<string> Markers { get; }

    /// <summary>What no public page may ever show (a citizen's name, what they wrote): checked on the pages open to anyone.</summary>
    IEnumerable<string> Personal => [];
}

/// <summary>The branch under attack: a commune Party committee and one of its units, with a user of that unit.</summary>
public sealed record VictimBranch(Guid CommuneId, Guid UnitId, string UnitName, string UserId);

public static class RecordFixtures
{
    public static IReadOnlyList<IRecordFixture> All() =>
        [new OrganizationRecords(), new AccountRecords(), new PlanRecords(), new ReportingRecords(), new NotificationRecords(), new InspectionRecords(), new EvaluationRecords(), new PetitionRecords(), new DialogueRecords()];

    /// <summary>The attacked branch (its user, with a token, made once per app) and every module's records in it.</summary>
    public static async Task<IReadOnlyList<IRecordFixture>> LoadAsync(DanVanApp app)
    {
        var victim = await app.WithDbAsync(async (db, sp) =>
        {
            if (!await db.Users.AnyAsync(u => u.Email == "walk.victim@test.vn"))
            {
                await app.CreateUserAsync("walk.victim@test.vn", MembershipRole.Officer, "TL.HND");
                await sp.GetRequiredService<UserAdministration>().IssueTokenAsync((await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("walk.victim@test.vn"))!, "walk", 1, CancellationToken.None);
            }

            var user = await db.Users.SingleAsync(u => u.Email == "walk.victim@test.vn");
            var commune = await db.Organizations.SingleAsync(o => o.Code == "TL.DU");
            var unit = await db.Organizations.SingleAsync(o => o.Code == "TL.HND");
            return new VictimBranch(commune.Id, unit.Id, unit.Name, user.Id);
        });
        var fixtures = All();
        foreach (var fixture in fixtures)
        {
            await app.WithDbAsync(async (db, sp) =>
            {
                await fixture.LoadAsync(db, sp, victim);
                return true;
            });
        }

        return fixtures;
    }

    public static bool Under(this Probe probe, string prefix) => probe.Route.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    public static bool Is(this ProbeValue value, params string[] names) => names.Any(n => string.Equals(n, value.Name, StringComparison.OrdinalIgnoreCase));
}
