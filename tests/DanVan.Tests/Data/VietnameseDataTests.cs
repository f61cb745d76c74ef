using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Tests.Data;

public abstract class VietnameseDataTests(DanVanApp app)
{
    [Fact]
    public async Task Search_without_diacritics_finds_Vietnamese_names()
    {
        var found = await app.WithDbAsync(async (db, _) =>
        {
            var pattern = VietnameseText.ContainsPattern("tinh uy tuyen quang");
            return await db.Organizations.Where(o => EF.Functions.Like(o.SearchKey, pattern, "\\")).Select(o => o.Name).ToListAsync();
        });
        Assert.Equal(["Tỉnh ủy Tuyên Quang"], found);
    }

    /// <summary>Every search box of the app finds words in any order, without diacritics (a phrase search fails here).</summary>
    [Theory]
    [InlineData("/Organizations/Units?q=quang+tuyen+uy", "Tỉnh ủy Tuyên Quang")]
    [InlineData("/Plans?q=toc+dan+thuong+lam", "Đảng ủy xã Thượng Lâm")]
    [InlineData("/Plans/Registry?q=bi+thu+ket+luan", "236-KL/TW")]
    [InlineData("/Plans/Board?Q=phu+nu+hoi+tuyen+truyen", "Hội Liên hiệp Phụ nữ")]
    [InlineData("/Accounts/Users?q=words+thu+nguoi", "search.words@test.vn")]
    public async Task Every_search_finds_words_in_any_order_without_diacritics(string url, string expected)
    {
        var email = $"search.{Guid.NewGuid():N}@test.vn";
        await app.CreateUserAsync(email, administrator: true);
        var key = await app.EnableTwoFactorAsync(email);
        if (!await app.WithDbAsync((db, _) => db.Users.AnyAsync(u => u.Email == "search.words@test.vn")))
        {
            await app.CreateUserAsync("search.words@test.vn");
        }

        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, email, totpKey: key);
        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await Forms.HtmlAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_sort_in_Vietnamese_order_in_the_database()
    {
        var names = await app.WithDbAsync(async (db, _) =>
        {
            var kind = await db.OrganizationKinds.FirstAsync();
            var area = await db.Areas.FirstAsync(a => a.Level == AreaLevel.Province);
            string[] input = ["Hội Nông dân", "Đoàn Thanh niên", "Dân quân", "Ủy ban", "Ấp Bắc", "An Phú", "Uông Bí"];
            var i = 0;
            foreach (var name in input)
            {
                db.Organizations.Add(Organization.Create($"SORT{i++}", name, null, kind, area, null));
            }

            await db.SaveChangesAsync();
            return await db.Organizations.Where(o => o.Code.StartsWith("SORT")).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync();
        });
        Assert.Equal(["An Phú", "Ấp Bắc", "Dân quân", "Đoàn Thanh niên", "Hội Nông dân", "Uông Bí", "Ủy ban"], names);
    }

    [Fact]
    public async Task Audit_log_refuses_updates_and_deletes_in_the_database_itself()
    {
        await app.WithDbAsync(async (db, _) =>
        {
            Assert.True(await db.AuditEntries.AnyAsync());
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Actor\" = 'x'"));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries"));
            return true;
        });
    }

    [Fact]
    public async Task Every_write_is_audited_with_before_and_after()
    {
        var entry = await app.WithDbAsync(async (db, _) =>
        {
            var organization = await db.Organizations.Include(o => o.Kind).Include(o => o.Area).SingleAsync(o => o.Code == "TL.HND");
            organization.Update(organization.Code, "Hội Nông dân xã Thượng Lâm (đổi tên)", organization.ShortName, organization.Kind!, organization.Area!);
            await db.SaveChangesAsync();
            return await db.AuditEntries.Where(e => e.EntityType == "Organization" && e.EntityId == organization.Id.ToString()).OrderByDescending(e => e.Id).FirstAsync();
        });
        Assert.Equal(DanVan.Web.Modules.Audit.AuditAction.Updated, entry.Action);
        Assert.Contains("Hội Nông dân xã Thượng Lâm\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("(đổi tên)", entry.After, StringComparison.Ordinal);
    }
}

public sealed class VietnameseDataTests_Sqlite(SqliteApp app) : VietnameseDataTests(app), IClassFixture<SqliteApp>;

public sealed class VietnameseDataTests_Postgres(PostgresApp app) : VietnameseDataTests(app), IClassFixture<PostgresApp>;
