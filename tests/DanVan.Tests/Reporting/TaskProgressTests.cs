using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Plans.Board;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Plans.Cycles;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Reporting.Periods;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Reporting;

/// <summary>Task cycles, progress with evidence and the board, on each engine, on the demo's 2026 (the clock held at 01/12/2026).</summary>
public abstract class TaskProgressTests(DanVanApp app)
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Fact]
    public async Task An_ongoing_task_of_the_commune_plan_shows_its_half_year_overdue_and_recorded_done_late_it_counts_as_late()
    {
        using var _ = app.Clock.At(Today);
        // A unit of the commune whose first-half cycle of an ongoing task was left undone (the demo has some).
        var (assignmentId, h1, code) = await app.WithDbAsync(async (db, _) =>
        {
            var cycle = await db.TaskCycles.Where(c => c.Key == "2026-H1" && c.CompletedOn == null
                    && c.Assignment!.Task!.Recurrence == TaskRecurrence.Ongoing && c.Assignment.Organization!.Code!.StartsWith("TL.")
                    && !db.Set<DanVan.Web.Modules.Plans.Progress.TaskProgress>().Any(p => p.CycleId == c.Id))
                .OrderBy(c => c.AssignmentId).Select(c => new { c.AssignmentId, c.Id, c.Assignment!.Organization!.Code }).FirstAsync();
            return (cycle.AssignmentId, cycle.Id, cycle.Code!);
        });
        var email = $"officer.{code.ToLowerInvariant()}@test.vn";
        await app.CreateUserAsync(email, MembershipRole.Officer, code);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, email);
        var url = $"/Plans/Progress/{assignmentId}";

        // The page opens on the overdue half-year and lists both cycles.
        var page = await Forms.HtmlAsync(await client.GetAsync(url));
        Assert.Contains("Cập nhật tiến độ – chu kỳ 6 tháng đầu năm 2026 (hạn 14/06/2026)", page, StringComparison.Ordinal);
        Assert.Contains("data-cycle=\"2026-H1\"", page, StringComparison.Ordinal);
        Assert.Contains("data-cycle=\"2026-H2\"", page, StringComparison.Ordinal);
        Assert.Contains(TaskState.Overdue.Vietnamese(), page, StringComparison.Ordinal);

        var organizationId = (await app.OrganizationAsync(code)).Id;
        var period = await AnnualPeriodAsync();
        var before = await FiguresAsync(period, organizationId);

        // A text file named .png is refused by its content; a date before the plan was issued is refused; nothing is recorded.
        var refused = await PostProgressAsync(client, url, h1, "Đã tuyên truyền tại 3 thôn.", completes: true, ("anh.png", "not a picture"u8.ToArray()));
        Assert.Contains("không phải ảnh PNG", await Forms.HtmlAsync(refused), StringComparison.Ordinal);
        var tooEarly = await PostProgressAsync(client, url, h1, "Đã tuyên truyền tại 3 thôn.", completes: true, ("anh.png", Png), "01/01/1990");
        Assert.Contains("Ngày cập nhật không được trước ngày ban hành kế hoạch (", await Forms.HtmlAsync(tooEarly), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.TaskProgress.CountAsync(p => p.CycleId == h1)));

        // A cycle that is not an id is named by what it is, and nothing is recorded.
        var updates = await app.WithDbAsync((db, _) => db.TaskProgress.CountAsync(p => p.AssignmentId == assignmentId));
        using (var garbled = new MultipartFormDataContent
        {
            { new StringContent(await Forms.AntiforgeryTokenAsync(client, url)), "__RequestVerificationToken" },
            { new StringContent("xyz"), "Input.CycleId" },
            { new StringContent("Đã tuyên truyền."), "Input.Note" },
            { new StringContent(VietnameseDate(Today)), "Input.OnDate" },
        })
        {
            Assert.Contains("không hợp lệ cho Chu kỳ", await Forms.HtmlAsync(await client.PostAsync(url, garbled)), StringComparison.Ordinal);
        }

        Assert.Equal(updates, await app.WithDbAsync((db, _) => db.TaskProgress.CountAsync(p => p.AssignmentId == assignmentId)));

        // Another part's cycle cannot be written through this page.
        var foreign = await app.WithDbAsync((db, _) => db.TaskCycles.Where(c => c.AssignmentId != assignmentId).Select(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await PostProgressAsync(client, url, foreign, "Nhầm.", completes: true, ("anh.png", Png))).StatusCode);

        var saved = await PostProgressAsync(client, url, h1, "Đã tuyên truyền tại 3 thôn.", completes: true, ("anh.png", Png));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var cycle = await app.WithDbAsync((db, _) => db.TaskCycles.SingleAsync(c => c.Id == h1));
        Assert.Equal(Today, cycle.CompletedOn);
        Assert.Equal(TaskState.DoneLate, cycle.StateOn(Today));
        var file = await app.WithDbAsync((db, _) => db.EvidenceFiles.SingleAsync(f => db.Set<DanVan.Web.Modules.Plans.Progress.TaskProgress>().Any(p => p.Id == f.ProgressId && p.CycleId == h1)));
        Assert.Equal(Png, await client.GetByteArrayAsync($"{url}?handler=File&fileId={file.Id}"));

        // The unit's overview of the year counts one more cycle done late and one fewer overdue, cycles and not tasks.
        var after = await FiguresAsync(period, organizationId);
        Assert.Equal(before.DoneLate + 1, after.DoneLate);
        Assert.Equal(before.Overdue - 1, after.Overdue);
        Assert.Equal(before.Total, after.Total);

        // The board shows the part in its current cycle, with the earlier one done late; the export carries both.
        var board = await Forms.HtmlAsync(await client.GetAsync($"/Plans/Board?organizationId={organizationId}"));
        var row = board[board.IndexOf($"data-assignment=\"{assignmentId}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("6 tháng cuối năm 2026, hạn 14/12/2026", row, StringComparison.Ordinal);
        Assert.Contains("Chu kỳ trước: 1 hoàn thành quá hạn", row, StringComparison.Ordinal);
        var export = await client.GetAsync($"/Plans/Board?handler=Export&organizationId={organizationId}");
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false))
        {
            var text = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
            Assert.Contains("6 tháng cuối năm 2026", text, StringComparison.Ordinal);
            Assert.Contains("Chu kỳ trước: 1 hoàn thành quá hạn", text, StringComparison.Ordinal);
        }

        // A sibling unit does not see this part at all; the commune (issuer) reads it but does not write it.
        var sibling = code == "TL.HND" ? "TL.HPN" : "TL.HND";
        await app.CreateUserAsync($"sibling.{code.ToLowerInvariant()}@test.vn", MembershipRole.Officer, sibling);
        var other = app.CreateBrowser();
        await Forms.SignInAsync(other, $"sibling.{code.ToLowerInvariant()}@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        await app.CreateUserAsync($"viewer.{code.ToLowerInvariant()}@test.vn", MembershipRole.Viewer, "TL.DU", subtree: true);
        var viewer = app.CreateBrowser();
        await Forms.SignInAsync(viewer, $"viewer.{code.ToLowerInvariant()}@test.vn");
        var viewed = await viewer.GetStringAsync(url);
        Assert.Contains("Đã tuyên truyền tại 3 thôn.", WebUtility.HtmlDecode(viewed), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"progress\"", viewed, StringComparison.Ordinal);

        // Taken back by mistake: the cycle is overdue again, the update stays; the demo is left as it was.
        var reopened = await client.PostAsync(url + "?handler=Reopen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await Forms.AntiforgeryTokenAsync(client, url + $"?cycleId={h1}"),
            ["Input.CycleId"] = h1.ToString(),
        }));
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Null(await app.WithDbAsync((db, _) => db.TaskCycles.Where(c => c.Id == h1).Select(c => c.CompletedOn).SingleAsync()));
        // The same from a stale tab: only what is wrong with taking it back, not the progress form's messages.
        var stale = await Forms.HtmlAsync(await client.PostAsync(url + "?handler=Reopen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await Forms.AntiforgeryTokenAsync(client, url + $"?cycleId={h1}"),
            ["Input.CycleId"] = h1.ToString(),
        })));
        Assert.Contains("chưa được đánh dấu hoàn thành", stale, StringComparison.Ordinal);
        Assert.DoesNotContain("Hãy ghi kết quả đã thực hiện", stale, StringComparison.Ordinal);
        Assert.Equal(before, await FiguresAsync(period, organizationId));
    }

    [Fact]
    public async Task An_ongoing_task_undone_in_both_half_years_counts_twice_in_the_year()
    {
        var period = await AnnualPeriodAsync();
        var (unitId, parts, undone) = await app.WithDbAsync(async (db, _) =>
        {
            var unit = await db.TaskAssignments.Where(a => a.Task!.PlanId == period.PlanId && a.OrganizationId != null
                    && a.Cycles.Count(c => c.CompletedOn == null && c.Key.StartsWith("2026-H")) == 2)
                .Select(a => a.Organization!).FirstAsync();
            // The overview of a unit covers its subtree.
            var inSubtree = db.TaskAssignments.Where(a => a.Task!.PlanId == period.PlanId && a.Organization!.Path.StartsWith(unit.Path));
            var assignments = await inSubtree.CountAsync();
            var open = await db.TaskCycles.CountAsync(c => inSubtree.Any(a => a.Id == c.AssignmentId) && c.CompletedOn == null && c.Key.StartsWith("2026-H"));
            return (unit.Id, assignments, open);
        });
        var figures = await FiguresAsync(period, unitId);
        Assert.Equal(2 * parts, figures.Total);
        Assert.Equal(undone, figures.InProgress + figures.Overdue);
        Assert.True(undone >= 2, "a part with both halves undone counts two cycles not done");
    }

    [Fact]
    public async Task The_states_the_database_filters_and_counts_by_are_those_of_the_rule()
    {
        var everyone = new OrgScope("test", true, []);
        var noFilter = new TaskBoardFilter(null, null, false, null, null, null);
        var (all, counts) = await app.WithDbAsync(async (db, _) => (
            await TaskBoardQuery.Rows(db, everyone, noFilter, Today).ToListAsync(),
            await TaskBoardQuery.CountByStateAsync(db, everyone, noFilter, Today, CancellationToken.None)));
        foreach (var state in Enum.GetValues<TaskState>())
        {
            var ids = await app.WithDbAsync((db, _) => TaskBoardQuery.Rows(db, everyone, noFilter with { State = state }, Today).Select(r => r.AssignmentId).ToListAsync());
            Assert.Equal(all.Where(r => r.StateOn(Today) == state).Select(r => r.AssignmentId).Order(), ids.Order());
            Assert.Equal(ids.Count, counts[state]);
        }

        // The parts with an earlier cycle never done, whatever their current state, are found and counted alike.
        var earlier = await app.WithDbAsync((db, _) => TaskBoardQuery.Rows(db, everyone, noFilter with { EarlierUndone = true }, Today).ToListAsync());
        Assert.Equal(all.Where(r => r.EarlierNotDone > 0).Select(r => r.AssignmentId).Order(), earlier.Select(r => r.AssignmentId).Order());
        Assert.NotEmpty(earlier);

        // One row per part: its current cycle; the demo's year has every state among the cycles.
        var parts = await app.WithDbAsync((db, _) => db.TaskAssignments.CountAsync());
        Assert.Equal(parts, all.Count);
        Assert.Equal(parts, all.Select(r => r.AssignmentId).Distinct().Count());
        var cycles = await app.WithDbAsync((db, _) => db.TaskCycles.ToListAsync());
        Assert.All(Enum.GetValues<TaskState>(), s => Assert.Contains(cycles, c => c.StateOn(Today) == s));
    }

    [Fact]
    public async Task Every_part_has_its_cycles_and_periods_that_begin_open_new_ones()
    {
        // Whatever path gave a part (import, cascade, assignment page, demo), it has cycles.
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.TaskAssignments.CountAsync(a => !a.Cycles.Any())));

        // On 10/01/2027 the second half of 2026 has closed: the hourly pass opens 2027's first half (and year) once.
        using (app.Clock.At(new DateOnly(2027, 1, 10)))
        {
            await app.WithDbAsync((_, services) => services.GetRequiredService<CycleRollover>().RunAsync(CancellationToken.None));
            var again = await app.WithDbAsync((_, services) => services.GetRequiredService<CycleRollover>().RunAsync(CancellationToken.None));
            Assert.Equal(0, again);
        }

        var keys = await app.WithDbAsync((db, _) => db.TaskCycles
            .Where(c => c.Assignment!.Task!.Recurrence == TaskRecurrence.Ongoing && c.Assignment.Task.Plan!.IsDemo)
            .GroupBy(c => c.AssignmentId).Select(g => g.OrderByDescending(c => c.StartsOn).First().Key).Distinct().ToListAsync());
        Assert.Equal(["2027", "2027-H1"], keys.Order());
        var first = await app.WithDbAsync((db, _) => db.TaskCycles.FirstAsync(c => c.Key == "2027-H1"));
        Assert.Equal((new DateOnly(2026, 12, 15), new DateOnly(2027, 6, 14), new DateOnly(2027, 6, 14)), (first.StartsOn, first.EndsOn, first.DueOn));

        // Before that day the new cycles are not current: the board still shows 2026's second half.
        var everyone = new OrgScope("test", true, []);
        var rows = await app.WithDbAsync((db, _) => TaskBoardQuery.Rows(db, everyone, new TaskBoardFilter(null, null, false, null, null, null), Today).ToListAsync());
        Assert.DoesNotContain(rows, r => r.CycleKey.StartsWith("2027", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_people_completing_the_same_cycle_at_once_record_it_once()
    {
        var id = await app.WithDbAsync((db, _) => db.TaskCycles
            .Where(c => c.CompletedOn == null && c.Key == "2026-H2" && c.Assignment!.OrganizationId != null && !db.Set<DanVan.Web.Modules.Plans.Progress.TaskProgress>().Any(p => p.CycleId == c.Id))
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var second = await app.WithDbAsync(async (db, services) =>
        {
            using var otherScope = services.CreateScope();
            var other = otherScope.ServiceProvider.GetRequiredService<AppDbContext>();
            var mine = await db.TaskCycles.Include(c => c.Assignment).SingleAsync(c => c.Id == id);
            var theirs = await other.TaskCycles.Include(c => c.Assignment).SingleAsync(c => c.Id == id);
            db.TaskProgress.Add(mine.Report("Xong.", Today, completes: true, exceededTarget: false, "a", "Người thứ nhất", DateTime.UtcNow, Today, null));
            await db.SaveChangesAsync();
            other.TaskProgress.Add(theirs.Report("Cũng xong.", Today.AddDays(-1), completes: true, exceededTarget: false, "b", "Người thứ hai", DateTime.UtcNow, Today, null));
            return await Record.ExceptionAsync(() => other.SaveChangesAsync());
        });
        Assert.IsType<DbUpdateConcurrencyException>(second);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.TaskProgress.CountAsync(p => p.CycleId == id)));
        Assert.Equal(Today, await app.WithDbAsync((db, _) => db.TaskCycles.Where(c => c.Id == id).Select(c => c.CompletedOn).SingleAsync()));

        // Left as the demo had it for the other tests of the class.
        await app.WithDbAsync(async (db, _) =>
        {
            db.TaskProgress.RemoveRange(await db.TaskProgress.Where(p => p.CycleId == id).ToListAsync());
            (await db.TaskCycles.SingleAsync(c => c.Id == id)).Reopen();
            return await db.SaveChangesAsync();
        });
    }

    private Task<ReportingPeriod> AnnualPeriodAsync() => app.WithDbAsync((db, _) => db.ReportingPeriods
        .Where(p => p.Kind == PeriodKind.Annual && p.Year == 2026 && p.Plan!.IsDemo && p.Plan.ParentPlanId != null).SingleAsync());

    private Task<TaskFigures> FiguresAsync(ReportingPeriod period, Guid unitId) => app.WithDbAsync(async (db, services) =>
    {
        var unit = await db.Organizations.SingleAsync(o => o.Id == unitId);
        return (await services.GetRequiredService<CompletenessQuery>().ForAsync(period, unit, Today, CancellationToken.None)).Tasks;
    });

    private static async Task<HttpResponseMessage> PostProgressAsync(HttpClient client, string url, Guid cycleId, string note, bool completes, (string Name, byte[] Bytes) file, string? onDate = null)
    {
        var token = await Forms.AntiforgeryTokenAsync(client, url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(cycleId.ToString()), "Input.CycleId" },
            { new StringContent(note), "Input.Note" },
            { new StringContent(onDate ?? VietnameseDate(Today)), "Input.OnDate" },
            { new StringContent(completes ? "true" : "false"), "Input.Completes" },
            { new ByteArrayContent(file.Bytes), "Files", file.Name },
        };
        return await client.PostAsync(url, form);
    }

    private static string VietnameseDate(DateOnly day) => day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class TaskProgressTests_Sqlite(SqliteApp app) : TaskProgressTests(app), IClassFixture<SqliteApp>;

public sealed class TaskProgressTests_Postgres(PostgresApp app) : TaskProgressTests(app), IClassFixture<PostgresApp>;
