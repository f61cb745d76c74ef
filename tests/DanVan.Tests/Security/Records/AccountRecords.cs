using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Tests.Security.Records;

/// <summary>Accounts: the victim user and their access token.</summary>
public sealed class AccountRecords : IRecordFixture
{
    private string user = "", token = "";

    public IEnumerable<string> Markers => [];

    public async Task LoadAsync(AppDbContext db, IServiceProvider services, VictimBranch victim)
    {
        user = victim.UserId;
        token = (await db.AccessTokens.AsNoTracking().Where(t => t.UserId == victim.UserId).Select(t => t.Id).FirstAsync()).ToString();
    }

    public string? ValueFor(Probe probe, ProbeValue value) => value switch
    {
        _ when value.Is("id") && probe.Under("/Accounts/Users") => user,
        _ when value.Is("tokenId") => token,
        _ => null,
    };
}
