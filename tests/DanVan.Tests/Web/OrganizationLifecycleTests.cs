using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Tests.Web;

/// <summary>Move, archive, restore and delete through the real forms, with the rules that protect the tree.</summary>
public abstract class OrganizationLifecycleTests(DanVanApp app)
{
    [Fact]
    public async Task Move_archive_restore_and_delete_follow_the_tree_rules()
    {
        await app.CreateUserAsync("oa.lifecycle@test.vn", MembershipRole.OrganizationAdmin, "TL.DU", subtree: true);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "oa.lifecycle@test.vn");
        var front = await app.OrganizationAsync("TL.MTTQ");
        var upper = await CreateAsync(client, "TL.LC1", "Tổ vòng đời 1", front);
        var lower = await CreateAsync(client, "TL.LC2", "Tổ vòng đời 2", upper);

        var cycle = await PostAsync(client, "Move", upper.Id, new() { ["NewParentId"] = lower.Id.ToString() });
        Assert.Equal(HttpStatusCode.OK, cycle.StatusCode);
        Assert.Contains("vào chính nó hoặc vào đơn vị cấp dưới", await Forms.HtmlAsync(cycle), StringComparison.Ordinal);
        Assert.Equal(front.Id, (await app.OrganizationAsync("TL.LC1")).ParentId);

        var outside = await app.OrganizationAsync("TQ.UBND");
        var refused = await PostAsync(client, "Move", lower.Id, new() { ["NewParentId"] = outside.Id.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(upper.Id, (await app.OrganizationAsync("TL.LC2")).ParentId);

        var busy = await PostAsync(client, "Archive", upper.Id, []);
        Assert.Contains("còn đơn vị trực thuộc đang hoạt động", await Forms.HtmlAsync(busy), StringComparison.Ordinal);
        Assert.False((await app.OrganizationAsync("TL.LC1")).IsArchived);

        var committee = await app.OrganizationAsync("TL.UBND");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "Move", lower.Id, new() { ["NewParentId"] = committee.Id.ToString() })).StatusCode);
        var moved = await app.OrganizationAsync("TL.LC2");
        Assert.Equal(committee.Id, moved.ParentId);
        Assert.StartsWith(committee.Path, moved.Path, StringComparison.Ordinal);
        Assert.Equal(committee.Depth + 1, moved.Depth);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "Archive", upper.Id, [])).StatusCode);
        Assert.True((await app.OrganizationAsync("TL.LC1")).IsArchived);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "Archive", upper.Id, [])).StatusCode);
        Assert.False((await app.OrganizationAsync("TL.LC1")).IsArchived);

        await app.CreateUserAsync("member.lifecycle@test.vn", MembershipRole.Viewer, "TL.LC2");
        var withMember = await PostAsync(client, "Delete", lower.Id, []);
        Assert.Contains("đã có cán bộ được phân công", await Forms.HtmlAsync(withMember), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync((db, _) => db.Organizations.AnyAsync(o => o.Code == "TL.LC2")));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "Delete", upper.Id, [])).StatusCode);
        Assert.False(await app.WithDbAsync((db, _) => db.Organizations.AnyAsync(o => o.Code == "TL.LC1")));
        var audit = await app.WithDbAsync((db, _) => db.AuditEntries.Where(a => a.EntityType == "Organization" && a.EntityId == upper.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains(DanVan.Web.Modules.Audit.AuditAction.Deleted, audit);
    }

    private async Task<DanVan.Web.Modules.Organizations.Organization> CreateAsync(HttpClient client, string code, string name, DanVan.Web.Modules.Organizations.Organization parent)
    {
        var response = await Forms.PostAsync(client, $"/Organizations/Units/Create?parentId={parent.Id}", new Dictionary<string, string>
        {
            ["ParentId"] = parent.Id.ToString(),
            ["Input.Code"] = code,
            ["Input.Name"] = name,
            ["Input.KindId"] = parent.KindId.ToString(),
            ["Input.AreaId"] = parent.AreaId.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.OrganizationAsync(code);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, Guid id, Dictionary<string, string> fields) =>
        Forms.PostAsync(client, $"/Organizations/Units/{page}/{id}", fields);
}

public sealed class OrganizationLifecycleTests_Sqlite(SqliteApp app) : OrganizationLifecycleTests(app), IClassFixture<SqliteApp>;

public sealed class OrganizationLifecycleTests_Postgres(PostgresApp app) : OrganizationLifecycleTests(app), IClassFixture<PostgresApp>;
