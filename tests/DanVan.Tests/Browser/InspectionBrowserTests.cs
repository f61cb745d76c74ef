using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Inspections;
using DanVan.Web.Modules.Inspections.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Tests.Browser;

/// <summary>
/// An inspection in Chromium at 1280 and 375 px: the province's inspector plans it on the form (the plan's tasks come
/// with the plan chosen, the units filtered as typed) and tells the commune; the commune's officer sends the
/// self-report with a document; the inspector records a finding and a recommendation and issues the conclusion; the
/// recommendation is on the commune's board. Every page of the module passes axe and never scrolls sideways.
/// </summary>
public abstract class InspectionBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task A_committee_inspects_the_commune_on_a_desktop_and_a_phone(Viewport viewport)
    {
        var tag = viewport.ToString().ToLowerInvariant();
        await app.CreateUserAsync($"inspector.{tag}@test.vn", MembershipRole.Inspector, "TQ.TU", subtree: true);
        await app.CreateUserAsync($"inspected.{tag}@test.vn", MembershipRole.Officer, "TL.DU");
        var today = DanVan.Web.Infrastructure.Time.VietnamTime.Today(app.Clock);
        var date = today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var ids = await app.WithDbAsync(async (db, _) =>
        {
            var demo = await db.Inspections.Where(i => i.IsDemo).Select(i => new { i.Id, i.ProgrammeId }).SingleAsync();
            var plan = await db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync();
            return (demo.Id, demo.ProgrammeId, plan);
        });
        var errors = new List<string>();
        var inspector = await app.SignedInPageAsync(viewport, $"inspector.{tag}@test.vn", errors);

        // The inspector makes this year's programme and plans the inspection on its form.
        await inspector.GotoAsync("/Inspections/Programmes/Create");
        await inspector.GetByLabel("Năm").FillAsync($"{today.Year}");
        await inspector.GetByLabel("Tên chương trình").FillAsync($"Chương trình kiểm tra, giám sát ({tag})");
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Lập chương trình" }).ClickAsync();
        await inspector.Locator("#add-inspection").ClickAsync();
        await inspector.GetByLabel("Tên cuộc kiểm tra, giám sát").FillAsync($"Kiểm tra việc thực hiện Kết luận 236 tại xã ({tag})");
        await inspector.Locator("#Input_SubjectPlanId").SelectOptionAsync(ids.plan.ToString());
        await Expect(inspector.Locator("#plan-tasks input[name='Input.ContentTaskIds']").First).ToBeVisibleAsync(); // htmx brought the plan's tasks
        await inspector.Locator("#plan-tasks input[name='Input.ContentTaskIds']").First.CheckAsync();
        await inspector.GetByLabel("Tìm đơn vị được kiểm tra").FillAsync("dang uy thuong lam");
        await inspector.Locator("#unit-tree li:not([hidden]) input").First.CheckAsync();
        foreach (var field in new[] { "Input_CoversFrom", "Input_CoversTo", "Input_StartsOn", "Input_EndsOn" })
        {
            await inspector.Locator($"#{field}").FillAsync(date);
        }

        await inspector.GetByLabel("Trưởng đoàn (email tài khoản DanVan)").FillAsync($"inspector.{tag}@test.vn");
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Lập cuộc kiểm tra" }).ClickAsync();
        await Expect(inspector.Locator("#status")).ToHaveTextAsync("Đã lập kế hoạch");
        var detailsUrl = new Uri(inspector.Url).AbsolutePath;
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Thông báo cho đơn vị và đoàn" }).ClickAsync();
        await Expect(inspector.Locator("#status")).ToHaveTextAsync("Đang kiểm tra");

        // The commune's officer reads the notice and sends the self-report with a document.
        var unit = await app.SignedInPageAsync(viewport, $"inspected.{tag}@test.vn", errors);
        await unit.GotoAsync("/Notifications");
        await unit.Locator("#notifications li", new() { HasText = $"Kết luận 236 tại xã ({tag})" }).GetByRole(AriaRole.Button, new() { Name = "Mở" }).ClickAsync();
        await unit.Locator("textarea[name='Report.Text']").FillAsync("Đảng ủy xã đã quán triệt Kết luận 236 đến 100% chi bộ.");
        await unit.Locator("input[name='Uploads']").SetInputFilesAsync(new FilePayload { Name = "bao-cao-tu-kiem-tra.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF"u8.ToArray() });
        await unit.GetByRole(AriaRole.Button, new() { Name = "Gửi đoàn kiểm tra" }).ClickAsync();
        await Expect(unit.Locator(".alert-success")).ToContainTextAsync("Đã gửi báo cáo tự kiểm tra");
        await Expect(unit.GetByRole(AriaRole.Link, new() { Name = "bao-cao-tu-kiem-tra.pdf" })).ToBeVisibleAsync();

        // The inspector records a finding, a recommendation, and issues the conclusion.
        await inspector.GotoAsync(detailsUrl);
        await inspector.GetByLabel("Hạn chế, khuyết điểm").FillAsync("Biên bản sinh hoạt chi bộ chưa ghi nội dung quán triệt.");
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Ghi kết quả" }).ClickAsync();
        await inspector.Locator(".finding details summary").First.ClickAsync();
        await inspector.GetByLabel("Nội dung kiến nghị").FillAsync($"Bổ sung biên bản sinh hoạt chi bộ ({tag}).");
        await inspector.GetByLabel("Hạn khắc phục (dd/MM/yyyy)").FillAsync(today.AddDays(20).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Thêm kiến nghị" }).ClickAsync();
        await Expect(inspector.Locator(".recommendation")).ToContainTextAsync($"Bổ sung biên bản sinh hoạt chi bộ ({tag}).");
        await inspector.Locator("#conclude-link").ClickAsync();
        await BrowserApp.CheckPagesAsync(inspector, $"inspection-{tag}", [("conclude", new Uri(inspector.Url).PathAndQuery, "#conclusion-form")]);
        await inspector.GetByLabel("Họ tên người ký").FillAsync("Nguyễn Văn Hùng");
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Ban hành và giao việc khắc phục" }).ClickAsync();
        await Expect(inspector.Locator("#conclusion")).ToContainTextAsync("-TB/TU");
        await Expect(inspector.Locator("#conclusion-docx")).ToBeVisibleAsync();

        // The recommendation is a task on the commune's board, with its next action.
        await unit.GotoAsync("/Plans/Board");
        var card = unit.Locator("tbody.task-group", new() { HasText = $"Bổ sung biên bản sinh hoạt chi bộ ({tag})." });
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.Locator(".task-action a").First).ToBeVisibleAsync();

        // Every page of the module, at this width.
        var inspection = await app.WithDbAsync((db, _) => db.Inspections.Where(i => i.Title.Contains($"({tag})")).Select(i => new { i.Id, i.ProgrammeId }).SingleAsync());
        await BrowserApp.CheckPagesAsync(inspector, $"inspection-{tag}",
        [
            ("inspections", $"/Inspections?year={today.Year}", "main h1"),
            ("inspections-2026", "/Inspections?year=2026", "#overdue"),
            ("inspection-demo", $"/Inspections/Details/{ids.Id}", "#recommendation-states"),
            ("inspection", $"/Inspections/Details/{inspection.Id}", "#recommendation-states"),
            ("programme", $"/Inspections/Programmes/Details/{ids.ProgrammeId}", "#inspections"),
            ("plan-inspection", $"/Inspections/Plan?programmeId={inspection.ProgrammeId}", "#inspection-form"),
            ("inspected-units", "/Inspections/Units?year=2026", "#unit-counts"),
        ]);
        await BrowserApp.CheckPagesAsync(unit, $"inspected-{tag}", [("inspection-unit", $"/Inspections/Details/{inspection.Id}", "#conclusion")]);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

public sealed class InspectionBrowserTests_Postgres(PostgresBrowserApp app) : InspectionBrowserTests(app), IClassFixture<PostgresBrowserApp>;
