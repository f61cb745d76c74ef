using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Reporting;

/// <summary>The reporting API answers with the pages' permissions, the pages' checks and the same revision guard.</summary>
public abstract class ReportingApiTests(DanVanApp app)
{
    [Fact]
    public async Task A_unit_reads_updates_and_submits_its_report_and_the_receiver_reads_completeness()
    {
        await app.CreateUserAsync("api.reviewer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        await app.CreateUserAsync("api.writer@test.vn", MembershipRole.Officer, "TL.UBND");
        await app.CreateUserAsync("api.viewer@test.vn", MembershipRole.Viewer, "TL.UBND");
        await app.CreateUserAsync("api.outsider@test.vn", MembershipRole.Officer, "TQ.SNV");
        var reviewerPages = app.CreateBrowser();
        await Forms.SignInAsync(reviewerPages, "api.reviewer@test.vn");
        await Periods.OpenOnRequestAsync(app, reviewerPages, "Báo cáo qua API 2027", "01/01/2027", "30/06/2027", "10/07/2027");
        var (reportId, periodId) = await app.WithDbAsync(async (db, _) => await db.Reports.Where(r => r.Period!.Title == "Báo cáo qua API 2027" && r.Organization!.Code == "TL.UBND")
            .Select(r => new Tuple<Guid, Guid>(r.Id, r.PeriodId)).SingleAsync()) is var t ? (t.Item1, t.Item2) : default;

        var writer = await ApiAsync("api.writer@test.vn");
        var report = await writer.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}");
        Assert.Equal("Draft", report.GetProperty("status").GetString());
        Assert.Equal(0, report.GetProperty("revision").GetInt32());
        var taskId = report.GetProperty("narratives")[0].GetProperty("taskId").GetGuid();
        var village = report.GetProperty("values").EnumerateArray().First(v => v.GetProperty("indicator").GetString() == "DAN_SO").GetProperty("areaId").GetGuid();

        // The pages' checks: a value above its limit is refused, naming indicator and village; nothing saved.
        var bad = await writer.PutAsJsonAsync($"/api/v1/reports/{reportId}", new
        {
            revision = 0,
            values = new object[] { new { indicator = "DAN_SO", areaId = village, value = "100" }, new { indicator = "BHYT", areaId = village, value = "150" }, new { indicator = "KHONG_CO", value = "1" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("KHONG_CO", problem, StringComparison.Ordinal);
        Assert.Equal(0, await RevisionAsync(reportId));
        var over = await writer.PutAsJsonAsync($"/api/v1/reports/{reportId}", new { revision = 0, values = new object[] { new { indicator = "DAN_SO", areaId = village, value = "100" }, new { indicator = "BHYT", areaId = village, value = "150" } } });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("số này không được lớn hơn", JsonSerializer.Deserialize<JsonElement>(await over.Content.ReadAsStringAsync()).GetProperty("errors").GetProperty("values")[0].GetString(), StringComparison.Ordinal);

        var saved = await writer.PutAsJsonAsync($"/api/v1/reports/{reportId}", new
        {
            revision = 0,
            narratives = new[] { new { taskId, results = "Đã vận động 95% hộ tham gia bảo hiểm y tế." } },
            values = new object[] { new { indicator = "DAN_SO", areaId = village, value = "1.200" }, new { indicator = "BHYT", areaId = village, value = "1150" } },
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, body.GetProperty("revision").GetInt32());
        Assert.Equal(1200m, body.GetProperty("values").EnumerateArray().First(v => v.GetProperty("indicator").GetString() == "DAN_SO" && v.GetProperty("areaId").GetGuid() == village).GetProperty("number").GetDecimal());

        // A stale revision is a conflict; readers may read but not write; other branches do not find it.
        Assert.Equal(HttpStatusCode.Conflict, (await writer.PutAsJsonAsync($"/api/v1/reports/{reportId}", new { revision = 0 })).StatusCode);
        var viewer = await ApiAsync("api.viewer@test.vn");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/reports/{reportId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/v1/reports/{reportId}", new { revision = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/reports/{reportId}/submit", new { revision = 1 })).StatusCode);
        var outsider = await ApiAsync("api.outsider@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/reports/{reportId}")).StatusCode);
        var put = await outsider.PutAsJsonAsync($"/api/v1/reports/{reportId}", new { revision = 1 });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        // Whatever the method, the API answers JSON that says what was not found.
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Không tìm thấy dữ liệu", JsonSerializer.Deserialize<JsonElement>(await put.Content.ReadAsStringAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/periods/{periodId}/completeness")).StatusCode);

        var submitted = await writer.PostAsJsonAsync($"/api/v1/reports/{reportId}/submit", new { revision = 1 });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var afterSubmit = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Submitted", afterSubmit.GetProperty("status").GetString());
        var again = await writer.PostAsJsonAsync($"/api/v1/reports/{reportId}/submit", new { revision = afterSubmit.GetProperty("revision").GetInt32() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType!.MediaType);

        // The receiver returns it with a comment (required), the writer cannot; then accepts the resubmission; the writer is told.
        var reviewerApi = await ApiAsync("api.reviewer@test.vn");
        var revision = afterSubmit.GetProperty("revision").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsJsonAsync($"/api/v1/reports/{reportId}/return", new { revision, comment = "Sửa" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/reports/{reportId}/accept", new { revision })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await reviewerApi.PostAsJsonAsync($"/api/v1/reports/{reportId}/return", new { revision, comment = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await reviewerApi.PostAsJsonAsync($"/api/v1/reports/{reportId}/return", new { revision = revision - 1, comment = "Sửa" })).StatusCode);
        var returnedByApi = await reviewerApi.PostAsJsonAsync($"/api/v1/reports/{reportId}/return", new { revision, comment = "Bổ sung số hộ theo thôn." });
        Assert.Equal(HttpStatusCode.OK, returnedByApi.StatusCode);
        var afterReturn = await returnedByApi.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Returned", afterReturn.GetProperty("status").GetString());
        Assert.True(await app.WithDbAsync((db, _) => db.Set<DanVan.Web.Modules.Notifications.Notification>().AnyAsync(n => n.Body.Contains("Bổ sung số hộ theo thôn."))));
        var resubmitted = await writer.PostAsJsonAsync($"/api/v1/reports/{reportId}/submit", new { revision = afterReturn.GetProperty("revision").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        var accepted = await reviewerApi.PostAsJsonAsync($"/api/v1/reports/{reportId}/accept", new { revision = (await resubmitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32() });
        Assert.Equal("Accepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // Completeness is the receiving branch's: the reporting unit gets 404, the receiver the figures.
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/api/v1/periods/{periodId}/completeness")).StatusCode);
        var reviewer = await ApiAsync("api.reviewer@test.vn");
        var completeness = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/periods/{periodId}/completeness");
        var figures = completeness.GetProperty("reports");
        Assert.Equal(1, figures.GetProperty("submitted").GetInt32());
        Assert.Equal(1, figures.GetProperty("onTime").GetInt32());
        Assert.Equal(1, figures.GetProperty("accepted").GetInt32());
        Assert.True(figures.GetProperty("expected").GetInt32() > 1);
        Assert.Single(completeness.GetProperty("units").EnumerateArray(), u => u.GetProperty("reports").GetProperty("submitted").GetInt32() == 1);

        var openApi = await reviewer.GetStringAsync("/openapi/v1.json");
        foreach (var operation in new[] { "GetReport", "UpdateReport", "SubmitReport", "ReturnReport", "AcceptReport", "GetPeriodCompleteness" })
        {
            Assert.Contains($"\"operationId\": \"{operation}\"", openApi, StringComparison.Ordinal);
        }
    }

    private Task<int> RevisionAsync(Guid reportId) => app.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == reportId).Select(r => r.Revision).SingleAsync());

    private Task<HttpClient> ApiAsync(string email) => app.ApiClientAsync(email);
}

public sealed class ReportingApiTests_Sqlite(SqliteApp app) : ReportingApiTests(app), IClassFixture<SqliteApp>;

public sealed class ReportingApiTests_Postgres(PostgresApp app) : ReportingApiTests(app), IClassFixture<PostgresApp>;
