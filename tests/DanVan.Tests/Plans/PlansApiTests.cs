using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Plans;

/// <summary>Plans, tasks, cycles and progress over the API, with the pages' visibility, permissions and checks. On each engine.</summary>
public abstract class PlansApiTests(DanVanApp app)
{
    /// <summary>The smallest PNG: a signature the evidence check recognises.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_unit_lists_its_plans_and_tasks_reads_cycles_and_records_progress_with_evidence()
    {
        await app.CreateUserAsync("plans.api.officer@test.vn", MembershipRole.Officer, "TL.UBND");
        await app.CreateUserAsync("plans.api.viewer@test.vn", MembershipRole.Viewer, "TL.UBND");
        await app.CreateUserAsync("plans.api.outsider@test.vn", MembershipRole.Officer, "TQ.SNV");
        var officer = await ApiAsync("plans.api.officer@test.vn");
        var viewer = await ApiAsync("plans.api.viewer@test.vn");
        var outsider = await ApiAsync("plans.api.outsider@test.vn");
        var (communePlan, provincePlan) = await app.WithDbAsync(async (db, _) =>
            (await db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync(),
             await db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TQ.TU").Select(p => p.Id).SingleAsync()));

        // Plans: the commune's and the province's reach the commune's unit; a provincial department does not see the commune's.
        var plans = await officer.GetFromJsonAsync<JsonElement>("/api/v1/plans?pageSize=100");
        var listed = plans.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(communePlan, listed);
        Assert.Contains(provincePlan, listed);
        var theirs = await outsider.GetFromJsonAsync<JsonElement>("/api/v1/plans?pageSize=100");
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == communePlan);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/plans/{communePlan}")).StatusCode);
        var plan = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{communePlan}");
        Assert.Equal(await app.WithDbAsync((db, _) => db.PlanTasks.CountAsync(t => t.PlanId == communePlan)), plan.GetProperty("tasks").GetArrayLength());
        Assert.Equal("Ban Xây dựng Đảng Đảng ủy xã Thượng Lâm", plan.GetProperty("consolidator").GetProperty("name").GetString());

        // Tasks as the board lists them, filtered; a filter that means nothing is a 400 that says what it accepts.
        var ubnd = (await app.OrganizationAsync("TL.UBND")).Id;
        var rows = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?planId={communePlan}&unitId={ubnd}&pageSize=100");
        var items = rows.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, r => Assert.Equal(ubnd, r.GetProperty("unitId").GetGuid()));
        var overdue = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?planId={communePlan}&unitId={ubnd}&state=overdue&pageSize=100");
        Assert.All(overdue.GetProperty("items").EnumerateArray(), r => Assert.Equal("Overdue", r.GetProperty("cycle").GetProperty("state").GetString()));
        Assert.Equal(items.Count(r => r.GetProperty("cycle").GetProperty("state").GetString() == "Overdue"), overdue.GetProperty("total").GetInt32());
        var badFilter = await officer.GetAsync("/api/v1/tasks?state=late");
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Contains("DoneLate", await badFilter.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // One task and its cycles: the officer sees its unit's part; the outsider finds neither.
        var row = items.First(r => r.GetProperty("cycle").GetProperty("completedOn").ValueKind == JsonValueKind.Null);
        var taskId = row.GetProperty("taskId").GetGuid();
        var assignmentId = row.GetProperty("assignmentId").GetGuid();
        var task = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{taskId}");
        Assert.Contains(task.GetProperty("units").EnumerateArray(), u => u.GetProperty("assignmentId").GetGuid() == assignmentId);
        var cycles = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{taskId}/cycles");
        var part = cycles.EnumerateArray().Single(p => p.GetProperty("part").GetProperty("assignmentId").GetGuid() == assignmentId);
        Assert.NotEqual(0, part.GetProperty("cycles").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/tasks/{taskId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/tasks/{taskId}/cycles")).StatusCode);

        // Progress: the same checks as the page. A viewer may not; bad evidence is named and nothing is written; another part's cycle is not found.
        var cycleId = row.GetProperty("cycle").GetProperty("id").GetGuid();
        var url = $"/api/v1/assignments/{assignmentId}/progress";
        var before = await ProgressCountAsync(assignmentId);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync(url, new { cycleId, note = "Xem thử", completes = false })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync(url, new { cycleId, note = "Không phải của tôi" })).StatusCode);
        var bad = await officer.PostAsJsonAsync(url, new { cycleId, note = "Có minh chứng", evidence = new[] { new { fileName = "bien-ban.pdf", content = Convert.ToBase64String(Png) }, new { fileName = "x.png", content = "không phải base64" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("bien-ban.pdf", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var otherCycle = await app.WithDbAsync((db, _) => db.TaskCycles.Where(c => c.AssignmentId != assignmentId).Select(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync(url, new { cycleId = otherCycle, note = "Chu kỳ khác" })).StatusCode);
        // A completion names its cycle: a retried call can never close the next one.
        var unnamed = await officer.PostAsJsonAsync(url, new { note = "Đã xong", completes = true });
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Contains("cycleId", await unnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var empty = await officer.PostAsJsonAsync(url, new { cycleId, note = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal(before, await ProgressCountAsync(assignmentId));

        var today = await app.WithDbAsync((_, sp) => Task.FromResult(DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(7).DateTime)));
        var done = await officer.PostAsJsonAsync(url, new
        {
            cycleId,
            note = "Đã tổ chức đối thoại với Nhân dân thôn Nà Thôm; biên bản kèm theo.",
            onDate = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            completes = true,
            evidence = new[] { new { fileName = "anh-doi-thoai.png", content = Convert.ToBase64String(Png) } },
        });
        Assert.Equal(HttpStatusCode.Created, done.StatusCode);
        var recorded = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("anh-doi-thoai.png", recorded.GetProperty("evidence")[0].GetProperty("fileName").GetString());
        Assert.Contains(recorded.GetProperty("cycle").GetProperty("state").GetString(), new[] { "DoneOnTime", "DoneLate" });
        var cycle = await app.WithDbAsync((db, _) => db.TaskCycles.SingleAsync(c => c.Id == cycleId));
        Assert.Equal(today, cycle.CompletedOn);
        Assert.Equal(before + 1, await ProgressCountAsync(assignmentId));
        var progressId = recorded.GetProperty("id").GetGuid();
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.EvidenceFiles.CountAsync(f => f.ProgressId == progressId)));

        // All of it is in the OpenAPI document.
        var openApi = await officer.GetStringAsync("/openapi/v1.json");
        foreach (var operation in new[] { "GetPlans", "GetPlan", "GetTasks", "GetTask", "GetTaskCycles", "AddProgress" })
        {
            Assert.Contains($"\"operationId\": \"{operation}\"", openApi, StringComparison.Ordinal);
        }
    }

    private Task<int> ProgressCountAsync(Guid assignmentId) => app.WithDbAsync((db, _) => db.TaskProgress.CountAsync(p => p.AssignmentId == assignmentId));

    private Task<HttpClient> ApiAsync(string email) => app.ApiClientAsync(email);
}

public sealed class PlansApiTests_Sqlite(SqliteApp app) : PlansApiTests(app), IClassFixture<SqliteApp>;

public sealed class PlansApiTests_Postgres(PostgresApp app) : PlansApiTests(app), IClassFixture<PostgresApp>;
