using System.Net;
using System.Text;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Web;

public abstract class OrganizationFormsTests(DanVanApp app)
{
    [Fact]
    public async Task First_start_prints_a_one_time_administrator_password_that_must_be_changed()
    {
        var printed = app.StartupOutput.ToString();
        var password = printed.Split('\n').Single(l => l.Contains("Mật khẩu một lần", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "admin@danvan.local", password);
        var home = await client.GetAsync("/Organizations/Units");
        Assert.Equal("/Accounts/ChangePassword", home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_organization_admin_creates_a_unit_through_the_form()
    {
        await app.CreateUserAsync("oa.create@test.vn", MembershipRole.OrganizationAdmin, "TL.DU", subtree: true);
        var parent = await app.OrganizationAsync("TL.MTTQ");
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "oa.create@test.vn");
        var kind = parent.KindId.ToString();
        var response = await Forms.PostAsync(client, $"/Organizations/Units/Create?parentId={parent.Id}", new Dictionary<string, string>
        {
            ["ParentId"] = parent.Id.ToString(),
            ["Input.Code"] = "TL.HCT",
            ["Input.Name"] = "Hội Chữ thập đỏ xã Thượng Lâm",
            ["Input.KindId"] = kind,
            ["Input.AreaId"] = parent.AreaId.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.OrganizationAsync("TL.HCT");
        Assert.Equal(parent.Id, created.ParentId);

        var duplicate = await Forms.PostAsync(client, $"/Organizations/Units/Create?parentId={parent.Id}", new Dictionary<string, string>
        {
            ["ParentId"] = parent.Id.ToString(),
            ["Input.Code"] = "TL.HCT",
            ["Input.Name"] = "Trùng mã",
            ["Input.KindId"] = kind,
            ["Input.AreaId"] = parent.AreaId.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("đã được dùng", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var outside = await app.OrganizationAsync("TQ.UBND");
        var refused = await Forms.PostAsync(client, $"/Organizations/Units/Create", new Dictionary<string, string>
        {
            ["ParentId"] = outside.Id.ToString(),
            ["Input.Code"] = "TQ.X",
            ["Input.Name"] = "Ngoài phạm vi",
            ["Input.KindId"] = kind,
            ["Input.AreaId"] = outside.AreaId.ToString(),
        });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.False(await app.WithDbAsync((db, _) => db.Organizations.AnyAsync(o => o.Code == "TQ.X")));
    }

    [Fact]
    public async Task Csv_import_names_every_bad_line_and_saves_nothing()
    {
        await app.CreateUserAsync("oa.import@test.vn", MembershipRole.OrganizationAdmin, "TL.DU", subtree: true);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "oa.import@test.vn");
        var csv = "ma,ten,ten_viet_tat,loai,dia_ban,ma_cap_tren\n" +
                  "TL.NEW1,Tổ công tác mới,,ct-xh,02287,TL.DU\n" +
                  "TL.NEW2,Tổ sai loại,,khong-co,02287,TL.DU\n" +
                  "TL.NEW3,Tổ sai cấp trên,,ct-xh,02287,KHONG.CO\n" +
                  "TL.NEW1,Trùng mã,,ct-xh,02287,TL.DU\n";
        var response = await PostFileAsync(client, csv);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dòng 3: loại tổ chức 'khong-co'", body, StringComparison.Ordinal);
        Assert.Contains("Dòng 4: tổ chức cấp trên 'KHONG.CO'", body, StringComparison.Ordinal);
        Assert.Contains("Dòng 5: mã 'TL.NEW1' đã xuất hiện ở dòng 2", body, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.Organizations.AnyAsync(o => o.Code.StartsWith("TL.NEW"))));

        var good = await PostFileAsync(client, "ma,ten,ten_viet_tat,loai,dia_ban,ma_cap_tren\nTL.NEW9,\"Tổ công tác, mới\",,ct-xh,02287,TL.DU\n");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("Tổ công tác, mới", (await app.OrganizationAsync("TL.NEW9")).Name);
    }

    [Fact]
    public async Task Assigning_a_member_refuses_unknown_emails_and_repeated_roles_with_a_message()
    {
        await app.CreateUserAsync("oa.members@test.vn", MembershipRole.OrganizationAdmin, "TL.DU", subtree: true);
        await app.CreateUserAsync("member.twice@test.vn");
        var unit = await app.OrganizationAsync("TL.HPN");
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "oa.members@test.vn");
        var page = $"/Organizations/Units/Details/{unit.Id}";
        Task<HttpResponseMessage> AssignAsync(string email) => Forms.PostAsync(client, page, new Dictionary<string, string>
        {
            ["NewMember.Email"] = email,
            ["NewMember.Role"] = nameof(MembershipRole.Officer),
        }, page + "?handler=AddMember");

        var unknown = await AssignAsync("khong.ton.tai@test.vn");
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("Không có người dùng nào với email này", await Forms.HtmlAsync(unknown), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await AssignAsync("member.twice@test.vn")).StatusCode);
        var again = await AssignAsync("member.twice@test.vn");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("đã có vai trò này tại tổ chức này", await Forms.HtmlAsync(again), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Memberships.CountAsync(m => m.OrganizationId == unit.Id)));
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string csv)
    {
        var token = await Forms.AntiforgeryTokenAsync(client, "/Organizations/Transfer/Import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "to-chuc.csv" },
        };
        return await client.PostAsync("/Organizations/Transfer/Import", content);
    }
}

public sealed class OrganizationFormsTests_Sqlite(SqliteApp app) : OrganizationFormsTests(app), IClassFixture<SqliteApp>;

public sealed class OrganizationFormsTests_Postgres(PostgresApp app) : OrganizationFormsTests(app), IClassFixture<PostgresApp>;
