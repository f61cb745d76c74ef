using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Plans.Board;
using DanVan.Web.Modules.Plans.Contracts;
using DocumentFormat.OpenXml.Packaging;
using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Reporting;

/// <summary>Progress with evidence on the task board, on each engine.</summary>
public abstract class TaskProgressTests(DanVanApp app)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Fact]
    public async Task A_unit_records_progress_with_evidence_completes_its_part_and_the_board_shows_it()
    {
        await app.CreateUserAsync("women.officer@test.vn", MembershipRole.Officer, "TL.HPN");
        var assignmentId = await app.WithDbAsync((db, _) => db.TaskAssignments
            .Where(a => a.Organization!.Code == "TL.HPN" && a.Task!.Plan!.IsDemo).OrderBy(a => a.Task!.Position).Select(a => a.Id).FirstAsync());
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "women.officer@test.vn");
        var url = $"/Plans/Progress/{assignmentId}";

        // A text file named .png is refused by its content, and nothing is recorded.
        var refused = await PostProgressAsync(client, url, "Đã tuyên truyền tại 3 thôn.", completes: true, ("anh.png", "not a picture"u8.ToArray()));
        Assert.Contains("không phải Ảnh PNG", await Forms.HtmlAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.TaskProgress.CountAsync(p => p.AssignmentId == assignmentId)));

        // A date before the plan was issued is refused with the plan's date, and nothing is recorded.
        var tooEarly = await PostProgressAsync(client, url, "Đã tuyên truyền tại 3 thôn.", completes: true, ("anh.png", Png), "01/01/1990");
        Assert.Contains("Ngày cập nhật không được trước ngày ban hành kế hoạch (", await Forms.HtmlAsync(tooEarly), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.TaskProgress.CountAsync(p => p.AssignmentId == assignmentId)));

        var saved = await PostProgressAsync(client, url, "Đã tuyên truyền tại 3 thôn.", completes: true, ("anh.png", Png));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await Forms.HtmlAsync(await client.GetAsync(url));
        Assert.Contains(TaskState.DoneOnTime.Vietnamese(), page, StringComparison.Ordinal);
        Assert.Contains("anh.png", page, StringComparison.Ordinal);
        var file = await app.WithDbAsync((db, _) => db.EvidenceFiles.SingleAsync(f => db.Set<DanVan.Web.Modules.Plans.Progress.TaskProgress>().Any(p => p.Id == f.ProgressId && p.AssignmentId == assignmentId)));
        Assert.Equal(Png, await client.GetByteArrayAsync($"{url}?handler=File&fileId={file.Id}"));

        // The board filtered by unit and state lists it; search ignores diacritics; the export opens as a workbook.
        var organizationId = (await app.OrganizationAsync("TL.HPN")).Id;
        var board = await Forms.HtmlAsync(await client.GetAsync($"/Plans/Board?organizationId={organizationId}&state=DoneOnTime"));
        Assert.Contains($"data-assignment=\"{assignmentId}\"", board, StringComparison.Ordinal);
        var none = await Forms.HtmlAsync(await client.GetAsync($"/Plans/Board?organizationId={organizationId}&state=Overdue&q=tuyen%20truyen"));
        Assert.DoesNotContain($"data-assignment=\"{assignmentId}\"", none, StringComparison.Ordinal);
        var export = await client.GetAsync($"/Plans/Board?handler=Export&organizationId={organizationId}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false))
        {
            var text = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
            Assert.Contains("Hội Liên hiệp Phụ nữ xã Thượng Lâm", text, StringComparison.Ordinal);
            Assert.Contains(TaskState.DoneOnTime.Vietnamese(), text, StringComparison.Ordinal);
        }

        // A sibling unit does not see this unit's part at all; the commune (issuer) reads it but does not write it.
        await app.CreateUserAsync("farmers.progress@test.vn", MembershipRole.Officer, "TL.HND");
        var other = app.CreateBrowser();
        await Forms.SignInAsync(other, "farmers.progress@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        await app.CreateUserAsync("commune.viewer@test.vn", MembershipRole.Viewer, "TL.DU", subtree: true);
        var viewer = app.CreateBrowser();
        await Forms.SignInAsync(viewer, "commune.viewer@test.vn");
        var viewed = await viewer.GetStringAsync(url);
        Assert.Contains("Đã tuyên truyền tại 3 thôn.", System.Net.WebUtility.HtmlDecode(viewed), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"progress\"", viewed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_states_the_database_filters_and_counts_by_are_those_of_the_rule()
    {
        // Give two parts a completion date, one after a deadline, so that more than one state is present.
        await app.WithDbAsync(async (db, _) =>
        {
            var parts = await db.TaskAssignments.Include(a => a.Task).Where(a => a.OrganizationId != null && a.CompletedOn == null && a.Organization!.Code != "TL.HPN").OrderBy(a => a.Id).Take(2).ToListAsync();
            parts[0].Report("Xong.", new DateOnly(2026, 3, 1), completes: true, exceededTarget: false, "test", "Kiểm thử", DateTime.UtcNow, new DateOnly(2026, 3, 1), null);
            parts[1].Report("Xong muộn.", new DateOnly(2026, 9, 1), completes: true, exceededTarget: false, "test", "Kiểm thử", DateTime.UtcNow, new DateOnly(2026, 9, 1), null);
            return await db.SaveChangesAsync();
        });
        var everyone = new OrgScope("test", true, []);
        var today = new DateOnly(2026, 11, 22);
        var noFilter = new TaskBoardFilter(null, null, false, null, null, null);
        var (all, counts) = await app.WithDbAsync(async (db, _) => (
            await TaskBoardQuery.Rows(db, everyone, noFilter, today).ToListAsync(),
            await TaskBoardQuery.CountByStateAsync(db, everyone, noFilter, today, CancellationToken.None)));
        foreach (var state in Enum.GetValues<TaskState>())
        {
            var ids = await app.WithDbAsync((db, _) => TaskBoardQuery.Rows(db, everyone, noFilter with { State = state }, today).Select(r => r.AssignmentId).ToListAsync());
            Assert.Equal(all.Where(r => r.StateOn(today) == state).Select(r => r.AssignmentId).Order(), ids.Order());
            Assert.Equal(ids.Count, counts[state]);
        }

        Assert.True(counts[TaskState.DoneOnTime] + counts[TaskState.DoneLate] >= 2);
    }

    [Fact]
    public async Task Two_people_completing_the_same_part_at_once_record_it_once()
    {
        var id = await app.WithDbAsync((db, _) => db.TaskAssignments.Where(a => a.OrganizationId != null && a.CompletedOn == null && a.Organization!.Code == "TL.DTN").OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var second = await app.WithDbAsync(async (db, services) =>
        {
            using var otherScope = services.CreateScope();
            var other = otherScope.ServiceProvider.GetRequiredService<AppDbContext>();
            var mine = await db.TaskAssignments.SingleAsync(a => a.Id == id);
            var theirs = await other.TaskAssignments.SingleAsync(a => a.Id == id);
            var today = new DateOnly(2026, 11, 22);
            db.TaskProgress.Add(mine.Report("Xong.", today, completes: true, exceededTarget: false, "a", "Người thứ nhất", DateTime.UtcNow, today, null));
            await db.SaveChangesAsync();
            other.TaskProgress.Add(theirs.Report("Cũng xong.", today.AddDays(-1), completes: true, exceededTarget: false, "b", "Người thứ hai", DateTime.UtcNow, today, null));
            return await Record.ExceptionAsync(() => other.SaveChangesAsync());
        });
        Assert.IsType<DbUpdateConcurrencyException>(second);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.TaskProgress.CountAsync(p => p.AssignmentId == id)));
        Assert.Equal(new DateOnly(2026, 11, 22), await app.WithDbAsync((db, _) => db.TaskAssignments.Where(a => a.Id == id).Select(a => a.CompletedOn).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> PostProgressAsync(HttpClient client, string url, string note, bool completes, (string Name, byte[] Bytes) file, string? onDate = null)
    {
        var token = await Forms.AntiforgeryTokenAsync(client, url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(note), "Input.Note" },
            { new StringContent(onDate ?? DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy")), "Input.OnDate" },
            { new StringContent(completes ? "true" : "false"), "Input.Completes" },
            { new ByteArrayContent(file.Bytes), "Files", file.Name },
        };
        return await client.PostAsync(url, form);
    }
}

public sealed class TaskProgressTests_Sqlite(SqliteApp app) : TaskProgressTests(app), IClassFixture<SqliteApp>;

public sealed class TaskProgressTests_Postgres(PostgresApp app) : TaskProgressTests(app), IClassFixture<PostgresApp>;
