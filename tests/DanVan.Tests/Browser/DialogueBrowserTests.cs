using System.Globalization;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Dialogues.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DanVan.Tests.Browser;

/// <summary>
/// A dialogue in Chromium at 1280 and 375 px: the commune committee's officer plans it with the Front, records that
/// it was held, writes a question with its answer and a commitment, and issues the minutes; the commitment shows as a
/// task. The list with the year's view, the dialogue and the public page pass axe and never scroll sideways.
/// </summary>
public abstract class DialogueBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task The_committee_records_a_dialogue_and_issues_its_minutes(Viewport viewport)
    {
        var tag = viewport.ToString().ToLowerInvariant();
        await app.CreateUserAsync($"dialogue.{tag}@test.vn", MembershipRole.Officer, "TL.DU");
        var errors = new List<string>();
        var page = await app.SignedInPageAsync(viewport, $"dialogue.{tag}@test.vn", errors);
        var today = DateTime.UtcNow.AddHours(7);
        string Date(DateTime d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        await page.GotoAsync("/Dialogues");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lên lịch đối thoại" }).ClickAsync();
        var topic = $"Đối thoại về nước sạch cho các thôn ({tag})";
        await page.GetByLabel("Chủ đề đối thoại").FillAsync(topic);
        await page.GetByLabel("Người chủ trì (họ tên)").FillAsync("Nông Văn Hải");
        await page.GetByLabel("Chức vụ").FillAsync("Bí thư Đảng ủy xã");
        await page.GetByLabel("Ngày (dd/MM/yyyy)").FillAsync(Date(today));
        await page.GetByLabel("Địa điểm").FillAsync("Nhà văn hóa thôn Nà Thôm");
        await page.GetByLabel("Thôn Nà Thôm").CheckAsync();
        await page.GetByLabel("Phối hợp tổ chức").SelectOptionAsync(new SelectOptionValue { Label = "Ủy ban Mặt trận Tổ quốc Việt Nam xã Thượng Lâm" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lên lịch" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Chờ tổ chức");
        var id = await app.WithDbAsync((db, _) => db.Dialogues.Where(d => d.Topic == topic).Select(d => d.Id).SingleAsync());

        await page.GetByLabel("Số người tham dự").FillAsync("52");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đã tổ chức" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Đã tổ chức, đang ghi biên bản");
        await page.Locator("#ask-text").FillAsync("Bể nước tự chảy thôn Nà Thôm bị nứt, đề nghị sửa.");
        await page.Locator("#ask-answer").FillAsync("Xã bố trí kinh phí sửa trong tháng tới.");
        await page.Locator("#ask button[type=submit]").ClickAsync();
        await Expect(page.Locator("#questions")).ToContainTextAsync("Bể nước tự chảy thôn Nà Thôm bị nứt");
        await page.Locator("summary", new() { HasText = "Ghi cam kết" }).ClickAsync();
        await page.Locator("#commit-text").FillAsync("Sửa bể nước tự chảy thôn Nà Thôm.");
        await page.Locator("#commit-unit").SelectOptionAsync(new SelectOptionValue { Label = "Ủy ban nhân dân xã Thượng Lâm" });
        await page.Locator("#commit-due").FillAsync(Date(today.AddDays(30)));
        await page.Locator("#commit button[type=submit]").ClickAsync();
        await Expect(page.Locator("#commitments")).ToContainTextAsync("Chưa thành nhiệm vụ (chờ biên bản)");
        await page.Locator("#minutes-text").FillAsync("Đảng ủy xã giao Ủy ban nhân dân xã sửa bể nước trong tháng tới.");
        await page.Locator("#minutes-confirm").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành biên bản" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Đã ban hành biên bản");
        await Expect(page.Locator("#commitments")).ToContainTextAsync("Chưa hoàn thành, trong hạn");

        var demo = await app.WithDbAsync((db, _) => db.Dialogues.Where(d => d.Commitments.Count == 3).Select(d => d.Id).FirstAsync());
        await BrowserApp.CheckPagesAsync(page, $"dialogues-{tag}",
        [
            ("dialogues", $"/Dialogues?year={today.Year}", "#year"),
            ("dialogue", $"/Dialogues/Details/{id}", "#commitments"),
            ("dialogue-demo", $"/Dialogues/Details/{demo}", "#commitments"),
            ("dialogue-plan", "/Dialogues/Edit", "#dialogue-form"),
            ("public-dialogues", "/Public", "#public-dialogues"),
        ]);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

public sealed class DialogueBrowserTests_Postgres(PostgresBrowserApp app) : DialogueBrowserTests(app), IClassFixture<PostgresBrowserApp>;
