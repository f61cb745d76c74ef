using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Evaluation;
using DanVan.Web.Modules.Evaluation.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DanVan.Tests.Browser;

/// <summary>
/// An evaluation round in Chromium at 1280 and 375 px: the commune's leader opens a quarter's round, a unit assesses
/// itself on its page, the leader moves it to appraisal, adjusts a computed part with a reason, and decides with the
/// next decision number; the results show the distribution as a chart and the decision as a .docx. An administrator
/// makes a new version of the criteria set. Every page of the module passes axe and never scrolls sideways.
/// </summary>
public abstract class EvaluationBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task A_committee_evaluates_its_units_on_a_desktop_and_a_phone(Viewport viewport)
    {
        var tag = viewport.ToString().ToLowerInvariant();
        var quarter = viewport == Viewport.Desktop ? 1 : 2;
        var child = await app.WithDbAsync((db, _) => db.Organizations.Where(o => o.Parent!.Code == "TL.DU" && !o.IsArchived).OrderBy(o => o.Code).Select(o => o.Code).FirstAsync());
        await app.CreateUserAsync($"eval.leader.{tag}@test.vn", MembershipRole.Leader, "TL.DU");
        await app.CreateUserAsync($"eval.unit.{tag}@test.vn", MembershipRole.Officer, child);
        await app.CreateUserAsync($"eval.admin.{tag}@test.vn", administrator: true);
        var key = await app.EnableTwoFactorAsync($"eval.admin.{tag}@test.vn");
        var errors = new List<string>();

        // The leader opens the quarter's round of the commune's units.
        var leader = await app.SignedInPageAsync(viewport, $"eval.leader.{tag}@test.vn", errors);
        await leader.GotoAsync("/Evaluation");
        await leader.GetByLabel("Năm", new() { Exact = true }).FillAsync("2026");
        await leader.GetByLabel("Quý (để trống: cả năm)").FillAsync($"{quarter}");
        await leader.GetByLabel("Bộ tiêu chí").SelectOptionAsync(new SelectOptionValue { Label = "Quy định 366-QĐ/TW – đánh giá tập thể (thang điểm 100) (hiệu lực từ 30/08/2025)" });
        await leader.GetByRole(AriaRole.Button, new() { Name = "Mở kỳ đánh giá" }).ClickAsync();
        await Expect(leader.Locator("#step")).ToHaveTextAsync("Đơn vị tự đánh giá");
        var roundUrl = new Uri(leader.Url).AbsolutePath;

        // The unit assesses itself on its page.
        var unit = await app.SignedInPageAsync(viewport, $"eval.unit.{tag}@test.vn", errors);
        await unit.GotoAsync("/Evaluation");
        await unit.Locator("#own a", new() { HasText = $"quý {quarter}/2026" }).ClickAsync();
        var unitUrl = new Uri(unit.Url).AbsolutePath;
        var points = unit.GetByLabel("Điểm tự chấm");
        Assert.Equal(3, await points.CountAsync());
        for (var i = 0; i < 3; i++)
        {
            await points.Nth(i).FillAsync(i == 0 ? "9,5" : "9");
            await unit.GetByLabel("Minh chứng").Nth(i).FillAsync("Biên bản sinh hoạt chi bộ quý");
        }

        await unit.GetByRole(AriaRole.Button, new() { Name = "Lưu tự đánh giá" }).ClickAsync();
        await Expect(unit.Locator(".alert-success")).ToContainTextAsync("Đã lưu phần tự đánh giá");

        // Appraisal: a computed part adjusted with its reason; then the decision with the next number.
        await leader.GotoAsync(roundUrl);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Kết thúc tự đánh giá, chuyển sang thẩm định" }).ClickAsync();
        await Expect(leader.Locator("#step")).ToHaveTextAsync("Thẩm định");
        await leader.GotoAsync(unitUrl);
        await leader.Locator("#criteria details summary").First.ClickAsync();
        await leader.Locator("#criteria details").First.GetByLabel("Điểm").FillAsync("40");
        await leader.Locator("#criteria details").First.GetByLabel("Lý do").FillAsync("Một nhiệm vụ lùi hạn theo chỉ đạo của huyện");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Lưu thẩm định" }).ClickAsync();
        await Expect(leader.Locator("#criteria")).ToContainTextAsync("Một nhiệm vụ lùi hạn theo chỉ đạo của huyện");
        await leader.GotoAsync(roundUrl);
        await leader.GetByLabel("Địa danh").FillAsync("Thượng Lâm");
        await leader.GetByLabel("Họ tên người ký").FillAsync("Hoàng Văn Thắng");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Ghi quyết định và khóa kết quả" }).ClickAsync();
        await Expect(leader.Locator("#decision")).ToContainTextAsync("-QĐ/");
        await Expect(leader.Locator("#decision-docx")).ToBeVisibleAsync();
        await Expect(leader.Locator(".chart-box canvas")).ToBeVisibleAsync();

        // Every page of the module, at this width: this round, the demo's round at appraisal, a unit and a head in it.
        var demo = await app.WithDbAsync(async (db, _) =>
        {
            var round = await db.EvaluationRounds.Where(r => r.IsDemo).Select(r => r.Id).SingleAsync();
            var head = await db.Set<HeadEvaluation>().Where(h => h.Unit!.RoundId == round).Select(h => new { h.Id, h.EvaluationId }).FirstAsync();
            return (round, head.Id, head.EvaluationId);
        });
        await BrowserApp.CheckPagesAsync(leader, $"evaluation-{tag}",
        [
            ("evaluation", "/Evaluation", "#rounds"),
            ("evaluation-round", roundUrl, "#decision"),
            ("evaluation-unit", unitUrl, "#criteria"),
            ("evaluation-demo", $"/Evaluation/Rounds/Details/{demo.round}", "#decide-form"),
            ("evaluation-demo-unit", $"/Evaluation/Rounds/Unit/{demo.EvaluationId}", "#score-form"),
            ("evaluation-demo-head", $"/Evaluation/Rounds/Head/{demo.Id}", "#criteria"),
        ]);
        await BrowserApp.CheckPagesAsync(unit, $"evaluated-{tag}", [("evaluation-own", unitUrl, "#criteria")]);

        // The administrator makes a new version of the criteria set from the one in use.
        var admin = await app.SignedInPageAsync(viewport, $"eval.admin.{tag}@test.vn", errors);
        await admin.GetByLabel("Mã xác thực").FillAsync(Totp.Code(key));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        var set = await app.WithDbAsync((db, _) => db.CriteriaSets.OrderBy(s => s.ValidFrom).Select(s => s.Id).FirstAsync());
        await BrowserApp.CheckPagesAsync(admin, $"evaluation-sets-{tag}",
        [
            ("evaluation-sets", "/Evaluation/Sets", "#sets"),
            ("evaluation-set-in-use", $"/Evaluation/Sets/Edit/{set}", "#in-use"),
        ]);
        await admin.GotoAsync($"/Evaluation/Sets/Edit?copy={set}");
        await admin.GetByLabel("Tên bộ tiêu chí").FillAsync($"Chi bộ bốn tốt ({tag})");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu bộ tiêu chí" }).ClickAsync();
        await Expect(admin.Locator($"#sets li[data-set='Chi bộ bốn tốt ({tag})']")).ToBeVisibleAsync();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

public sealed class EvaluationBrowserTests_Postgres(PostgresBrowserApp app) : EvaluationBrowserTests(app), IClassFixture<PostgresBrowserApp>;
