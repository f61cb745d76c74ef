using System.Net;
using System.Text;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

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
    public async Task Pickers_and_the_tree_answer_a_screenful_within_the_users_branch()
    {
        await app.CreateUserAsync("oa.pickers@test.vn", MembershipRole.OrganizationAdmin, "TL.DU", subtree: true);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "oa.pickers@test.vn");
        var front = await app.OrganizationAsync("TL.MTTQ");

        // The parent picker of the move form: typed words in any order, without diacritics; only the user's branch,
        // never the unit itself or what is under it.
        var parents = await Forms.HtmlAsync(await client.GetAsync($"/Organizations/Units/Move/{front.Id}?handler=ParentOptions&q=" + Uri.EscapeDataString("lam thuong")));
        Assert.Contains("Đảng ủy xã Thượng Lâm (TL.DU)", parents, StringComparison.Ordinal);
        Assert.DoesNotContain("TL.MTTQ", parents, StringComparison.Ordinal);
        Assert.DoesNotContain("TL.HND", parents, StringComparison.Ordinal);
        Assert.DoesNotContain("TQ.", parents, StringComparison.Ordinal);
        Assert.DoesNotContain("Cấp cao nhất", parents, StringComparison.Ordinal);

        // The area picker of the edit form (the unit's own route) and of the create form.
        var areas = await Forms.HtmlAsync(await client.GetAsync($"/Organizations/Units/Edit/{front.Id}?handler=AreaOptions&q=" + Uri.EscapeDataString("na thom")));
        Assert.Contains("Thôn Nà Thôm (02287.01, Thôn, tổ dân phố)", areas, StringComparison.Ordinal);
        Assert.DoesNotContain("Khau Củm", areas, StringComparison.Ordinal);
        var none = await Forms.HtmlAsync(await client.GetAsync("/Organizations/Units/Create?handler=AreaOptions&q=" + Uri.EscapeDataString("khong co thon nay")));
        Assert.Contains("Không có lựa chọn nào khớp.", none, StringComparison.Ordinal);
        var edit = await Forms.HtmlAsync(await client.GetAsync($"/Organizations/Units/Edit/{front.Id}"));
        Assert.Contains($"/Organizations/Units/Edit/{front.Id}?handler=AreaOptions", edit, StringComparison.Ordinal);

        // The tree: the top of the branch, each level opened on demand.
        var tree = await Forms.HtmlAsync(await client.GetAsync("/Organizations/Units"));
        Assert.Contains("Đảng ủy xã Thượng Lâm", tree, StringComparison.Ordinal);
        Assert.DoesNotContain("Hội Nông dân xã Thượng Lâm", tree, StringComparison.Ordinal);
        var opened = await Forms.HtmlAsync(await client.GetAsync($"/Organizations/Units?handler=Children&id={front.Id}&level=2"));
        Assert.Contains("Hội Nông dân xã Thượng Lâm", opened, StringComparison.Ordinal);
        Assert.Contains("đã mở", opened, StringComparison.Ordinal);
        var province = await app.OrganizationAsync("TQ.TU");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/Units?handler=Children&id={province.Id}&level=1")).StatusCode);
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

    [Fact]
    public async Task An_admin_of_one_unit_grants_nothing_beyond_it_and_revokes_nothing_wider()
    {
        var admin = await app.CreateUserAsync("oa.one.unit@test.vn", MembershipRole.OrganizationAdmin, "TL.DU", subtree: false);
        await app.CreateUserAsync("oa.grantee@test.vn");
        var wide = await app.CreateUserAsync("oa.wide@test.vn", MembershipRole.Leader, "TL.DU", subtree: true);
        var unit = await app.OrganizationAsync("TL.DU");
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "oa.one.unit@test.vn");
        var page = $"/Organizations/Units/Details/{unit.Id}";
        Task<HttpResponseMessage> AssignAsync(string email, MembershipRole role, bool subtree) => Forms.PostAsync(client, page, new Dictionary<string, string>
        {
            ["NewMember.Email"] = email,
            ["NewMember.Role"] = role.ToString(),
            ["NewMember.IncludesSubtree"] = subtree ? "true" : "false",
        }, page + "?handler=AddMember");
        Task<int> MembershipsAsync() => app.WithDbAsync((db, _) => db.Memberships.CountAsync(m => m.OrganizationId == unit.Id));
        var before = await MembershipsAsync();

        foreach (var (email, role) in new[] { ("oa.one.unit@test.vn", MembershipRole.Leader), ("oa.grantee@test.vn", MembershipRole.OrganizationAdmin), ("oa.grantee@test.vn", MembershipRole.Viewer) })
        {
            var refused = await AssignAsync(email, role, subtree: true);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("trong phạm vi và với vai trò bạn đang nắm giữ", await Forms.HtmlAsync(refused), StringComparison.Ordinal);
        }

        Assert.Equal(before, await MembershipsAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await AssignAsync("oa.grantee@test.vn", MembershipRole.Officer, subtree: false)).StatusCode);
        Assert.Equal(before + 1, await MembershipsAsync());

        // The subtree of the unit stays out of reach: a child unit's page and a wider membership's removal.
        var child = await app.OrganizationAsync("TL.HND");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/Units/Details/{child.Id}")).StatusCode);
        var wideId = await app.WithDbAsync((db, _) => db.Memberships.Where(m => m.UserId == wide.Id).Select(m => m.Id).SingleAsync());
        var remove = $"/Organizations/Units/RemoveMember/{wideId}";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(remove)).StatusCode);
        var token = await Forms.AntiforgeryTokenAsync(client, page);
        var post = await client.PostAsync(remove, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.True(await app.WithDbAsync((db, _) => db.Memberships.AnyAsync(m => m.Id == wideId)));
        Assert.NotNull(admin);
    }

    [Fact]
    public async Task The_csv_import_places_units_by_the_same_rule_as_the_move_and_create_pages()
    {
        await app.CreateUserAsync("oa.csv.move@test.vn", MembershipRole.OrganizationAdmin, "TL.DU", subtree: true);
        var unit = await app.OrganizationAsync("TL.HND");
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "oa.csv.move@test.vn");
        string Row(string code, string parent) => $"ma,ten,ten_viet_tat,loai,dia_ban,ma_cap_tren\n{code},{unit.Name},,{unit.Kind!.Code},{unit.Area!.Code},{parent}\n";

        // To the top level: refused by the Move page (403), and by the import with the same reason.
        var move = await Forms.PostAsync(client, $"/Organizations/Units/Move/{unit.Id}", new Dictionary<string, string> { ["NewParentId"] = "" });
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
        foreach (var csv in new[] { Row("TL.HND", ""), Row("TL.NEW.TOP", ""), Row("TL.HND", "TQ.SNV") })
        {
            var response = await PostFileAsync(client, csv);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await Forms.HtmlAsync(response);
            Assert.Contains("Dòng 2:", body, StringComparison.Ordinal);
            Assert.True(body.Contains("Chỉ quản trị hệ thống được đặt một tổ chức ở cấp cao nhất", StringComparison.Ordinal)
                || body.Contains("tổ chức cấp trên 'TQ.SNV'", StringComparison.Ordinal) || body.Contains("không có quyền quản lý", StringComparison.Ordinal), body);
        }

        var after = await app.OrganizationAsync("TL.HND");
        Assert.Equal(unit.ParentId, after.ParentId);
        Assert.Equal(unit.Path, after.Path);
        Assert.False(await app.WithDbAsync((db, _) => db.Organizations.AnyAsync(o => o.Code == "TL.NEW.TOP")));
    }

    [Fact]
    public async Task Revoking_a_membership_ends_the_members_sessions()
    {
        await app.CreateUserAsync("oa.revoker@test.vn", MembershipRole.OrganizationAdmin, "TL.DU", subtree: true);
        var member = await app.CreateUserAsync("revoked.member@test.vn", MembershipRole.Officer, "TL.HPN");
        var session = app.CreateBrowser();
        await Forms.SignInAsync(session, "revoked.member@test.vn");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Organizations/Units")).StatusCode);
        var admin = app.CreateBrowser();
        await Forms.SignInAsync(admin, "oa.revoker@test.vn");
        var id = await app.WithDbAsync((db, _) => db.Memberships.Where(m => m.UserId == member.Id).Select(m => m.Id).SingleAsync());
        var page = $"/Organizations/Units/RemoveMember/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, page, new Dictionary<string, string>())).StatusCode);
        var after = await session.GetAsync("/Organizations/Units");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Accounts/SignIn", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
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
