using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Reporting;

/// <summary>The unit and its receiver exchange comments on a report: kept in its history, the other side told, the report unchanged. On each engine.</summary>
public abstract class ReportCommentTests(DanVanApp app)
{
    [Fact]
    public async Task A_comment_reaches_the_other_side_and_changes_nothing_of_the_report()
    {
        var writer = (await app.CreateUserAsync("comment.writer@test.vn", MembershipRole.Officer, "TL.UBND")).Id;
        var reviewer = (await app.CreateUserAsync("comment.reviewer@test.vn", MembershipRole.Officer, "TL.DU")).Id;
        await app.CreateUserAsync("comment.viewer@test.vn", MembershipRole.Viewer, "TL.UBND");
        var report = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Organization!.Code == "TL.UBND" && r.Period!.Plan!.Organization!.Code == "TL.DU")
            .OrderBy(r => r.Period!.DueOn).Select(r => new { r.Id, r.Revision, r.Status }).FirstAsync());
        var url = $"/Reporting/Reports/Details/{report.Id}";

        var unit = app.CreateBrowser();
        await Forms.SignInAsync(unit, "comment.writer@test.vn");
        var empty = await Forms.PostAsync(unit, url, new Dictionary<string, string> { ["CommentText"] = "  " }, $"{url}?handler=Comment");
        Assert.Contains("Hãy viết ý kiến", await Forms.HtmlAsync(empty), StringComparison.Ordinal);
        var asked = await Forms.PostAsync(unit, url, new Dictionary<string, string> { ["CommentText"] = "Xin hướng dẫn cách tính số hộ dùng nước sạch ở thôn Bản Bó." }, $"{url}?handler=Comment");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        var receiver = app.CreateBrowser();
        await Forms.SignInAsync(receiver, "comment.reviewer@test.vn");
        Assert.Contains("Xin hướng dẫn cách tính số hộ", await Forms.HtmlAsync(await receiver.GetAsync(url)), StringComparison.Ordinal);
        var answered = await Forms.PostAsync(receiver, url, new Dictionary<string, string> { ["CommentText"] = "Tính các hộ dùng nước hợp vệ sinh, kể cả giếng khoan." }, $"{url}?handler=Comment");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        // Each side is told of the other's comment; the report keeps its content, status and revision.
        Assert.True(await app.WithDbAsync((db, _) => db.Notifications.AnyAsync(n => n.UserId == reviewer && n.Kind == NoticeKinds.ReportReview && n.Body.Contains("Xin hướng dẫn"))));
        Assert.True(await app.WithDbAsync((db, _) => db.Notifications.AnyAsync(n => n.UserId == writer && n.Body.Contains("giếng khoan"))));
        var after = await app.WithDbAsync((db, _) => db.Reports.Include(r => r.Events).SingleAsync(r => r.Id == report.Id));
        Assert.Equal((report.Revision, report.Status), (after.Revision, after.Status));
        Assert.Equal(2, after.Events.Count(e => e.Action == ReportAction.Commented));

        // A reader of the unit comments on nothing.
        var viewer = app.CreateBrowser();
        await Forms.SignInAsync(viewer, "comment.viewer@test.vn");
        Assert.DoesNotContain("id=\"report-comment\"", await Forms.HtmlAsync(await viewer.GetAsync(url)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(viewer, url, new Dictionary<string, string> { ["CommentText"] = "Thử" }, $"{url}?handler=Comment")).StatusCode);
    }
}

public sealed class ReportCommentTests_Sqlite(SqliteApp app) : ReportCommentTests(app), IClassFixture<SqliteApp>;

public sealed class ReportCommentTests_Postgres(PostgresApp app) : ReportCommentTests(app), IClassFixture<PostgresApp>;
