using System.Text.RegularExpressions;
using DanVan.Documents.Spreadsheets;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Reporting.Reminders;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Browser;

/// <summary>
/// Issue 4's "done when", in Chromium at desktop width and at 375 px: an officer records progress with evidence,
/// fills and submits a report; the commune returns it with a comment; the officer fixes and resubmits; the
/// commune accepts and it locks; task state and completeness follow; reminders reach the SMTP listener; the
/// Excel form goes out and comes back, a bad file refused cell by cell.
/// </summary>
public abstract class ReportingBrowserTests(BrowserApp app)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Theory]
    [InlineData(Viewport.Desktop, "TL.HND", "TL.HPN")]
    [InlineData(Viewport.Phone, "TL.DTN", "TL.CCB")]
    public async Task A_report_goes_from_task_progress_to_accepted_with_reminders_and_the_excel_round_trip(Viewport viewport, string unitCode, string lateCode)
    {
        var tag = viewport.ToString().ToLowerInvariant();
        var title = $"Báo cáo nhanh kết quả dân vận ({tag})";
        await app.CreateUserAsync($"review.{tag}@test.vn", MembershipRole.Leader, "TL.DU", subtree: true);
        await app.CreateUserAsync($"writer.{tag}@test.vn", MembershipRole.Officer, unitCode);
        await app.CreateUserAsync($"late.{tag}@test.vn", MembershipRole.Officer, lateCode);
        var planId = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync());

        // The commune opens an on-request period.
        var reviewer = await SignInAsync(viewport, $"review.{tag}@test.vn");
        await reviewer.GotoAsync($"/Reporting/Periods?planId={planId}");
        await reviewer.Locator("#Open_Kind").SelectOptionAsync("OnRequest");
        await reviewer.Locator("#Open_Year").FillAsync("2027");
        await reviewer.Locator("#Open_Title").FillAsync(title);
        await reviewer.Locator("#Open_DataFrom").FillAsync("01/01/2027");
        await reviewer.Locator("#Open_DataTo").FillAsync("15/03/2027");
        await reviewer.Locator("#Open_DueOn").FillAsync("20/03/2027");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Mở kỳ và gửi yêu cầu báo cáo" }).ClickAsync();
        var (reportId, periodId, lateId) = await app.WithDbAsync(async (db, _) =>
        {
            var reports = await db.Reports.Where(r => r.Period!.Title == title).Select(r => new { r.Id, r.PeriodId, r.Organization!.Code }).ToListAsync();
            return (reports.Single(r => r.Code == unitCode).Id, reports[0].PeriodId, reports.Single(r => r.Code == lateCode).Id);
        });

        // The officer records progress on a task with a photo as evidence, and marks it done.
        var writer = await SignInAsync(viewport, $"writer.{tag}@test.vn");
        await Assertions.Expect(writer.Locator("#reports-owed")).ToContainTextAsync(title);
        // A part of the unit with a cycle still open (the demo's year has parts done in every cycle too).
        var part = await app.WithDbAsync((db, _) => db.TaskCycles
            .Where(c => c.Assignment!.Organization!.Code == unitCode && c.CompletedOn == null)
            .Select(c => new { OrganizationId = c.Assignment!.OrganizationId!.Value, c.AssignmentId }).FirstAsync());
        await writer.GotoAsync($"/Plans/Board?organizationId={part.OrganizationId}");
        await writer.Locator($"tr[data-assignment='{part.AssignmentId}']").GetByRole(AriaRole.Link, new() { Name = "Tiến độ" }).ClickAsync();
        await writer.Locator("#Input_Note").FillAsync("Đã tổ chức tuyên truyền tại 3 thôn, 150 lượt người nghe.");
        await writer.Locator("#Input_OnDate").FillAsync(DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await writer.Locator("#Files").SetInputFilesAsync(new FilePayload { Name = "anh-tuyen-truyen.png", MimeType = "image/png", Buffer = Png });
        await writer.Locator("#Input_Completes").CheckAsync();
        await writer.GetByRole(AriaRole.Button, new() { Name = "Lưu cập nhật" }).ClickAsync();
        await Assertions.Expect(writer.GetByText("anh-tuyen-truyen.png")).ToBeVisibleAsync();
        await Assertions.Expect(writer.GetByText(new Regex("Hoàn thành (đúng|quá) hạn")).First).ToBeVisibleAsync();

        // Fills and submits the report.
        await writer.GotoAsync($"/Reporting/Reports/Edit/{reportId}");
        await writer.Locator("#Form_Narratives_0__Results").FillAsync("Tuyên truyền Kết luận 236-KL/TW tới 100% chi hội.");
        // A mass organization reports its own figures (the villages' statistics are the People's Committee's).
        await ValueBox(writer, "CB_TONG").FillAsync("12");
        await ValueBox(writer, "CB_DTTS").FillAsync("9");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(writer.GetByText("Đã gửi, chờ duyệt").First).ToBeVisibleAsync();

        // The commune returns it with a comment.
        await reviewer.GotoAsync($"/Reporting/Reports/Details/{reportId}");
        await reviewer.Locator("#Comment").FillAsync("Đề nghị bổ sung số lớp tập huấn kỹ năng số.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Trả lại để sửa" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByText("Bị trả lại").First).ToBeVisibleAsync();

        // The officer sees why, fixes and resubmits.
        await writer.GotoAsync($"/Reporting/Reports/Edit/{reportId}");
        await Assertions.Expect(writer.GetByText("Đề nghị bổ sung số lớp tập huấn kỹ năng số.")).ToBeVisibleAsync();
        await ValueBox(writer, "KY_NANG_SO").FillAsync("3");
        await ValueBox(writer, "MH_DVK").FillAsync("1");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(writer.GetByText("Đã gửi, chờ duyệt").First).ToBeVisibleAsync();

        // The commune accepts; the report locks.
        await reviewer.GotoAsync($"/Reporting/Reports/Details/{reportId}");
        await reviewer.Locator("#ConfirmAccept").CheckAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận (khóa báo cáo)" }).ClickAsync();
        await Assertions.Expect(reviewer.GetByText("Đã tiếp nhận").First).ToBeVisibleAsync();
        await writer.GotoAsync($"/Reporting/Reports/Edit/{reportId}");
        await Assertions.Expect(writer).ToHaveURLAsync(new Regex($"/Reporting/Reports/Details/{reportId}"));
        await Assertions.Expect(writer.GetByText("không sửa được")).ToBeVisibleAsync();

        // Completeness follows: one report in, on time, accepted.
        await reviewer.GotoAsync($"/Reporting/Periods/Details/{periodId}");
        await Assertions.Expect(reviewer.Locator("[data-figure=submitted]").First).ToContainTextAsync("1");
        await Assertions.Expect(reviewer.Locator("[data-figure=accepted]").First).ToHaveTextAsync("1");

        // Reminders: the unit that has not sent hears of it by e-mail the day before the deadline, and in the app.
        using (app.Clock.At(new DateOnly(2027, 3, 19)))
        {
            // Moving the clock wakes the app's own reminder service too: whichever pass runs, the mail goes once.
            while ((await app.WithDbAsync((_, services) => services.GetRequiredService<ReminderRun>().RunAsync(CancellationToken.None))).Skipped)
            {
                await Task.Delay(200);
            }
        }

        var mail = Assert.Single(await app.Mail.WaitForAsync($"late.{tag}@test.vn"));
        Assert.Equal($"[DanVan] Còn 1 ngày đến hạn gửi báo cáo: {title}", mail.Subject);
        // The unit that sent is not reminded; it heard by e-mail that its report was returned and then accepted.
        var writerMail = app.Mail.To($"writer.{tag}@test.vn");
        Assert.DoesNotContain(writerMail, m => m.Subject.StartsWith("[DanVan] Còn", StringComparison.Ordinal));
        // (Each its own letter, or both in one when they waited for the same delivery pass.)
        Assert.Contains(writerMail, m => m.Subject == $"[DanVan] Báo cáo bị trả lại: {title}" || m.Body.Contains($". Báo cáo bị trả lại: {title}", StringComparison.Ordinal));
        Assert.Contains(writerMail, m => m.Subject == $"[DanVan] Báo cáo đã được tiếp nhận: {title}" || m.Body.Contains($". Báo cáo đã được tiếp nhận: {title}", StringComparison.Ordinal));
        var late = await SignInAsync(viewport, $"late.{tag}@test.vn");
        await late.GotoAsync("/Notifications");
        await Assertions.Expect(late.Locator("#notifications")).ToContainTextAsync("Còn 1 ngày đến hạn gửi báo cáo");

        // The Excel round trip: download the form, a bad file is refused cell by cell, a good one is saved.
        await late.GotoAsync($"/Reporting/Reports/Edit/{lateId}");
        await late.Locator("#workbook summary").ClickAsync();
        var download = await late.RunAndWaitForDownloadAsync(() => late.Locator("#workbook-download").ClickAsync());
        var template = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var sheet = XlsxReader.Read(template).Sheet("Chỉ tiêu")!;
        var population = Enumerable.Range(5, sheet.LastRow - 4).First(r => sheet[r, 1]?.Text == "CB_TONG");
        var bad = XlsxEdit.Set(template, "Chỉ tiêu", ($"E{population}", "nhiều"));
        await late.Locator("#workbook-file").SetInputFilesAsync(new FilePayload { Name = "bao-cao.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = bad });
        await late.GetByRole(AriaRole.Button, new() { Name = "Tải lên và kiểm tra" }).ClickAsync();
        await Assertions.Expect(late.Locator("#workbook-errors")).ToContainTextAsync($"Trang “Chỉ tiêu”, dòng {population}, cột E: “nhiều” không phải là số");
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == lateId).Select(r => r.Revision).SingleAsync()));
        var good = XlsxEdit.Set(template, "Chỉ tiêu", ($"E{population}", 980));
        await late.Locator("#workbook summary").ClickAsync();
        await late.Locator("#workbook-file").SetInputFilesAsync(new FilePayload { Name = "bao-cao.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = good });
        await late.GetByRole(AriaRole.Button, new() { Name = "Tải lên và kiểm tra" }).ClickAsync();
        await Assertions.Expect(late.GetByText("Đã nhập nội dung và số liệu từ tệp Excel")).ToBeVisibleAsync();
        await Assertions.Expect(ValueBox(late, "CB_TONG")).ToHaveValueAsync("980");

        var final = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync());
        Assert.Equal(ReportStatus.Accepted, final);
    }

    private async Task<IPage> SignInAsync(Viewport viewport, string email)
    {
        var page = await app.NewPageAsync(viewport);
        await page.GotoAsync("/Accounts/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(TestPasswords.Default);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Xin chào") })).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The first value box of an indicator (the first village for those entered by village).</summary>
    private static ILocator ValueBox(IPage page, string code) => page.Locator($"tr[data-indicator='{code}'] input[name$='.Raw']").First;
}

// The UI does not depend on the engine: the browser tests run on the production one (the data tests run on both).
public sealed class ReportingBrowserTests_Postgres(PostgresBrowserApp app) : ReportingBrowserTests(app), IClassFixture<PostgresBrowserApp>;
