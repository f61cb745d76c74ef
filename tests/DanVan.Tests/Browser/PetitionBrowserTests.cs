using DanVan.Tests.Infrastructure;
using DanVan.Tests.Petitions;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Petitions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DanVan.Tests.Browser;

/// <summary>
/// A petition in Chromium at 1280 and 375 px: a citizen, without an account, finds the commune, files on the form
/// (no script needed) and gets the code; the commune's officer classifies, accepts and answers it; the citizen rates
/// it from the status page. The public pages and the staff's pages pass axe and never scroll sideways.
/// </summary>
public abstract class PetitionBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task A_citizen_files_on_a_phone_and_rates_the_answer(Viewport viewport)
    {
        var tag = viewport.ToString().ToLowerInvariant();
        await app.CreateUserAsync($"petition.{tag}@test.vn", MembershipRole.Officer, "TL.DU");
        var errors = new List<string>();
        var citizen = await app.NewPageAsync(viewport);
        citizen.PageError += (_, error) => errors.Add(error);

        // The citizen finds the commune by name, without diacritics, and files on the form.
        await citizen.GotoAsync("/Public");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Gửi đơn" }).ClickAsync();
        await citizen.GetByLabel("Xã, phường nơi xảy ra vụ việc").FillAsync("thuong lam");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Thượng Lâm, Tuyên Quang" }).ClickAsync();
        await citizen.GetByLabel("Thôn, xóm nơi xảy ra").SelectOptionAsync(new SelectOptionValue { Label = "Thôn Khau Củm" });
        await citizen.GetByLabel("Tóm tắt vụ việc").FillAsync($"Cống thoát nước thôn Khau Củm bị tắc ({tag})");
        await citizen.Locator("#Input_Content").FillAsync("Mưa to là nước tràn vào ba nhà ven đường vì cống qua đường bị đất đá lấp.");
        await citizen.GetByLabel("Họ và tên").FillAsync("Hoàng Văn Dân");
        await citizen.Locator("#Input_Consent").CheckAsync();
        var question = await citizen.Locator("label[for=Answer]").InnerTextAsync();
        await citizen.Locator("#Answer").FillAsync(PetitionForms.AnswerOf(question));
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi đơn" }).ClickAsync();
        await Expect(citizen.Locator("#new-code")).ToBeVisibleAsync();
        var code = await citizen.Locator("#new-code").InnerTextAsync();
        var id = await app.WithDbAsync((db, _) => db.Petitions.Where(p => p.Code == code).Select(p => p.Id).SingleAsync());

        // The commune's officer classifies, accepts and answers it.
        var officer = await app.SignedInPageAsync(viewport, $"petition.{tag}@test.vn", errors);
        await officer.GotoAsync($"/Petitions/Details/{id}");
        await Expect(officer.Locator("#person")).ToContainTextAsync("Hoàng Văn Dân");
        await officer.Locator("#Step_Kind").SelectOptionAsync("Suggestion");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Lưu phân loại" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Thụ lý" }).ClickAsync();
        await Expect(officer.Locator("#status")).ToHaveTextAsync("Đang giải quyết");
        await officer.Locator("#Step_Answer").FillAsync("Ủy ban nhân dân xã đã cho nạo vét cống qua đường và làm rãnh thoát nước hai bên.");
        await officer.Locator("#Step_Summary").FillAsync("Cống đã được nạo vét, rãnh thoát nước đã làm xong.");
        await officer.Locator("#respond").ClickAsync();
        await Expect(officer.Locator("#status")).ToHaveTextAsync("Đã trả lời");

        // The citizen reads the answer on the status page and says they are satisfied.
        await citizen.GotoAsync($"/Public/Petitions/Status?code={code}");
        await Expect(citizen.Locator("#updates")).ToContainTextAsync("Cống đã được nạo vét");
        await citizen.GetByLabel("Hài lòng", new() { Exact = true }).CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await Expect(citizen.Locator("#public-status")).ToHaveTextAsync("Đã kết thúc");

        var commune = await app.WithDbAsync((db, _) => db.Petitions.Where(p => p.Id == id).Select(p => p.Area!.ParentId).SingleAsync());
        await BrowserApp.CheckPagesAsync(citizen, $"public-{tag}",
        [
            ("public", "/Public", "#receptions"),
            ("public-new", $"/Public/Petitions/New?commune={commune}", "#petition-form"),
            ("public-status", $"/Public/Petitions/Status?code={code}", "#updates"),
        ]);
        await BrowserApp.CheckPagesAsync(officer, $"petitions-{tag}",
        [
            ("petitions", "/Petitions?all=true", "#petitions"),
            ("petition", $"/Petitions/Details/{id}", "#history"),
            ("petition-intake", "/Petitions/Intake", "#intake-form"),
            ("receptions", "/Petitions/Receptions?month=2026-12", "#sessions"),
        ]);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

public sealed class PetitionBrowserTests_Postgres(PostgresBrowserApp app) : PetitionBrowserTests(app), IClassFixture<PostgresBrowserApp>;
