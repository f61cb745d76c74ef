using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Organizations.Responsibilities;
using DanVan.Web.Modules.Plans;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Tests.Organizations;

/// <summary>
/// A Party committee divides its work: which member is in charge of which village or field. Its leaders change the
/// table (nobody else), it is shown on the village's units and on the task, and the person in charge is told when a
/// task reaches the village or its field changes deadline. On each engine.
/// </summary>
public abstract class ResponsibilityTests(DanVanApp app)
{
    [Fact]
    public async Task The_member_in_charge_of_a_village_or_field_is_shown_and_told_of_its_tasks()
    {
        // The provincial committee (the demo already divides the commune committee's work: see the second test).
        var committee = await app.OrganizationAsync("TQ.TU");
        var cell = await app.OrganizationAsync("TL.CB01");
        var village = await app.WithDbAsync((db, _) => db.Areas.SingleAsync(a => a.Id == cell.AreaId));
        await app.CreateUserAsync("resp.leader@test.vn", MembershipRole.Leader, "TQ.TU", subtree: true);
        var villageMember = (await app.CreateUserAsync("resp.village@test.vn", MembershipRole.Officer, "TQ.TU")).Id;
        var fieldMember = (await app.CreateUserAsync("resp.field@test.vn", MembershipRole.Viewer, "TQ.TU")).Id;
        var outsider = (await app.CreateUserAsync("resp.outsider@test.vn", MembershipRole.Officer, "TL.HND")).Id;
        var url = $"/Organizations/Responsibilities/{committee.Id}";

        // An officer reads the table but may not change it.
        var officer = app.CreateBrowser();
        await Forms.SignInAsync(officer, "resp.village@test.vn");
        Assert.Contains("Chưa phân công ai phụ trách", await officer.GetStringAsync(url), StringComparison.Ordinal);
        var refused = await Forms.PostAsync(officer, url, new Dictionary<string, string> { ["Input.UserId"] = villageMember, ["Input.AreaId"] = village.Id.ToString() }, url + "?handler=Add");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        // The leader: bad choices get a clear message and nothing is written.
        var leader = app.CreateBrowser();
        await Forms.SignInAsync(leader, "resp.leader@test.vn");
        async Task<string> AddAsync(string userId, string? areaId, string? field, HttpStatusCode expected)
        {
            var response = await Forms.PostAsync(leader, url, new Dictionary<string, string> { ["Input.UserId"] = userId, ["Input.AreaId"] = areaId ?? "", ["Input.Field"] = field ?? "" }, url + "?handler=Add");
            Assert.Equal(expected, response.StatusCode);
            return await Forms.HtmlAsync(response);
        }

        Assert.Contains("Hãy chọn một địa bàn hoặc ghi một lĩnh vực", await AddAsync(villageMember, null, null, HttpStatusCode.OK), StringComparison.Ordinal);
        Assert.Contains("phải là cán bộ được phân công tại chính đơn vị này", await AddAsync(outsider, village.Id.ToString(), null, HttpStatusCode.OK), StringComparison.Ordinal);
        // (An area of another province is not within this one.)
        var elsewhere = await app.WithDbAsync(async (db, _) =>
        {
            var other = DanVan.Web.Modules.Organizations.Area.Create("96", "Cà Mau", DanVan.Web.Modules.Organizations.AreaLevel.Province, null);
            db.Areas.Add(other);
            await db.SaveChangesAsync();
            return other.Id;
        });
        Assert.Contains("Hãy chọn một địa bàn thuộc địa bàn của đơn vị", await AddAsync(villageMember, elsewhere.ToString(), null, HttpStatusCode.OK), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Set<Responsibility>().CountAsync(r => r.OrganizationId == committee.Id)));

        // Then the village and a field; the same field spelled otherwise is the same field.
        await AddAsync(villageMember, village.Id.ToString(), null, HttpStatusCode.Redirect);
        await AddAsync(fieldMember, null, "Công tác  dân vận", HttpStatusCode.Redirect);
        Assert.Contains("đã có người phụ trách", await AddAsync(villageMember, null, "cong tac dan van.", HttpStatusCode.OK), StringComparison.Ordinal);
        await AddAsync(villageMember, null, "Văn hóa – xã hội", HttpStatusCode.Redirect);
        Assert.Contains("đã có người phụ trách", await AddAsync(fieldMember, null, "văn hoá - xã hội", HttpStatusCode.OK), StringComparison.Ordinal);
        Assert.Contains("một địa bàn hoặc một lĩnh vực", await AddAsync(fieldMember, village.Id.ToString(), "Quốc phòng", HttpStatusCode.OK), StringComparison.Ordinal);
        var table = await leader.GetStringAsync(url);
        Assert.Contains(village.Name, table, StringComparison.Ordinal);
        Assert.Contains("Công tác dân vận", table, StringComparison.Ordinal);

        // The village's Party cell shows its member in charge.
        var cellPage = System.Net.WebUtility.HtmlDecode(await leader.GetStringAsync($"/Organizations/Units/Details/{cell.Id}"));
        Assert.Matches("data-in-charge>[^<]*<span[^>]*>\\(Tỉnh ủy Tuyên Quang phân công phụ trách " + System.Text.RegularExpressions.Regex.Escape(village.Name), cellPage);

        // A task of the committee's plan given to the village's cell: the member in charge of the village is told,
        // and the task page names them.
        var task = await app.WithDbAsync((db, _) => db.PlanTasks.Where(t => t.Plan!.OrganizationId == committee.Id && !t.Assignments.Any(a => a.OrganizationId == cell.Id))
            .OrderBy(t => t.Position).Select(t => new { t.Id, t.Number }).FirstAsync());
        var taskUrl = $"/Plans/Tasks/Details/{task.Id}";
        var assign = HtmlForm.Read(await leader.GetStringAsync(taskUrl), "assign").Set("AssignOrganizationId", cell.Id.ToString()).Set("AssignRole", "Lead");
        Assert.Equal(HttpStatusCode.Redirect, (await assign.PostAsync(leader, taskUrl + "?handler=Assign")).StatusCode);
        var told = await app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == villageMember && n.Title.StartsWith("Nhiệm vụ mới được giao")).ToListAsync());
        var notice = Assert.Single(told);
        Assert.StartsWith($"(Anh/chị phụ trách địa bàn {village.Name}) Chi bộ thôn Nà Thôm được giao 1 nhiệm vụ", notice.Body, StringComparison.Ordinal);
        Assert.NotNull(notice.EmailTo);
        var taskPage = System.Net.WebUtility.HtmlDecode(await leader.GetStringAsync(taskUrl));
        Assert.Contains($"phụ trách địa bàn {village.Name}: {await NameAsync(villageMember)}", taskPage, StringComparison.Ordinal);

        // The task is put in the field (only a field of the committee's table is accepted); its deadline then changes:
        // the member in charge of the field is told.
        var field = HtmlForm.Read(taskPage, "task-field-form");
        Assert.Contains("Chưa xếp vào lĩnh vực", taskPage, StringComparison.Ordinal);
        var wrong = await field.Set("Field", "Lĩnh vực bịa ra").PostAsync(leader, taskUrl + "?handler=Field");
        Assert.Contains("Hãy chọn một lĩnh vực trong bảng phân công", await Forms.HtmlAsync(wrong), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await field.Set("Field", "Công tác dân vận").PostAsync(leader, taskUrl + "?handler=Field")).StatusCode);
        Assert.Contains($"– phụ trách: {await NameAsync(fieldMember)}", System.Net.WebUtility.HtmlDecode(await leader.GetStringAsync(taskUrl)), StringComparison.Ordinal);
        await app.WithDbAsync(async (db, _) =>
        {
            var tracked = await db.PlanTasks.SingleAsync(t => t.Id == task.Id);
            tracked.Update(tracked.Number, tracked.Text, new TaskSchedule(TaskRecurrence.Once, new DateOnly(2026, 12, 20)));
            return await db.SaveChangesAsync();
        });
        var changed = Assert.Single(await app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == fieldMember && n.Title.StartsWith("Hạn nhiệm vụ thay đổi")).ToListAsync()));
        Assert.StartsWith("(Anh/chị phụ trách lĩnh vực Công tác dân vận) Nhiệm vụ " + task.Number, changed.Body, StringComparison.Ordinal);

        // The field can be taken off again.
        var clear = HtmlForm.Read(await leader.GetStringAsync(taskUrl), "task-field-form").Set("Field", "");
        Assert.Equal(HttpStatusCode.Redirect, (await clear.PostAsync(leader, taskUrl + "?handler=Field")).StatusCode);
        Assert.Null(await app.WithDbAsync((db, _) => db.PlanTasks.Where(t => t.Id == task.Id).Select(t => t.Field).SingleAsync()));

        // Removing asks first, then the village has nobody in charge.
        var row = await app.WithDbAsync((db, _) => db.Set<Responsibility>().SingleAsync(r => r.OrganizationId == committee.Id && r.AreaId == village.Id));
        Assert.Contains("Gỡ phân công", await leader.GetStringAsync($"{url}?remove={row.Id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(leader, url, new Dictionary<string, string> { ["responsibilityId"] = row.Id.ToString() }, url + "?handler=Remove")).StatusCode);
        Assert.DoesNotContain("Tỉnh ủy Tuyên Quang phân công phụ trách", System.Net.WebUtility.HtmlDecode(await leader.GetStringAsync($"/Organizations/Units/Details/{cell.Id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_commune_divides_its_villages_and_fields_among_members_who_cannot_sign_in_or_be_mailed()
    {
        var committee = await app.OrganizationAsync("TL.DU");
        var rows = await app.WithDbAsync((db, _) => db.Set<Responsibility>().Where(r => r.OrganizationId == committee.Id).Include(r => r.Area).ToListAsync());
        Assert.Equal(3, rows.Count(r => r.AreaId != null));
        Assert.Equal(2, rows.Count(r => r.Field != null));
        var people = await app.WithDbAsync((db, _) => db.Users.Where(u => u.Email!.EndsWith("@thuonglam.invalid")).ToListAsync());
        Assert.Equal(4, people.Count);
        Assert.All(people, p => Assert.True(p.PasswordHash is null && !p.EmailConfirmed));

        // A commune plan task in a field names its member in charge; the village's cell names its own.
        var reader = app.CreateBrowser();
        await app.CreateUserAsync("resp.reader@test.vn", MembershipRole.Viewer, "TL.DU", subtree: true);
        await Forms.SignInAsync(reader, "resp.reader@test.vn");
        var task = await app.WithDbAsync((db, _) => db.PlanTasks.Where(t => t.Plan!.OrganizationId == committee.Id && t.Field == DemoFields.MassMobilization).Select(t => t.Id).FirstAsync());
        Assert.Contains("– phụ trách: La Thị Hương", System.Net.WebUtility.HtmlDecode(await reader.GetStringAsync($"/Plans/Tasks/Details/{task}")), StringComparison.Ordinal);
        var cell = await app.OrganizationAsync("TL.CB02");
        Assert.Contains("Ma Thị Lan <span class=\"text-muted small\">(Đảng ủy xã Thượng Lâm phân công phụ trách Thôn Khau Củm)", System.Net.WebUtility.HtmlDecode(await reader.GetStringAsync($"/Organizations/Units/Details/{cell.Id}")), StringComparison.Ordinal);
        Assert.Contains("Mặt trận Tổ quốc và các đoàn thể", System.Net.WebUtility.HtmlDecode(await reader.GetStringAsync($"/Organizations/Responsibilities/{committee.Id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entity_refuses_an_area_outside_the_unit_and_a_person_outside_it()
    {
        await app.WithDbAsync(async (db, _) =>
        {
            var commune = await db.Organizations.SingleAsync(o => o.Code == "TL.DU");
            var provinceAreaId = await db.Organizations.Where(o => o.Code == "TQ.TU").Select(o => o.AreaId).SingleAsync();
            var province = await db.Areas.SingleAsync(a => a.Id == provinceAreaId);
            var members = new HashSet<string> { "u1" };
            var error = Assert.Throws<DanVan.Web.Infrastructure.Errors.BusinessRuleException>(() => Responsibility.Create(commune, "u1", members, province, null, DateTime.UtcNow));
            Assert.Contains("không thuộc địa bàn", error.Message, StringComparison.Ordinal);
            Assert.Throws<DanVan.Web.Infrastructure.Errors.BusinessRuleException>(() => Responsibility.Create(commune, "u2", members, null, "Dân vận", DateTime.UtcNow));
            Assert.Throws<DanVan.Web.Infrastructure.Errors.BusinessRuleException>(() => Responsibility.Create(commune, "u1", members, null, new string('x', 151), DateTime.UtcNow));
            return 0;
        });
    }

    private Task<string> NameAsync(string userId) => app.WithDbAsync((db, _) => db.Users.Where(u => u.Id == userId).Select(u => u.FullName).SingleAsync());
}

public sealed class ResponsibilityTests_Sqlite(SqliteApp app) : ResponsibilityTests(app), IClassFixture<SqliteApp>;

public sealed class ResponsibilityTests_Postgres(PostgresApp app) : ResponsibilityTests(app), IClassFixture<PostgresApp>;
