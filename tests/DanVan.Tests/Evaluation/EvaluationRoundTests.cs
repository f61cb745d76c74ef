using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Evaluation;
using DanVan.Web.Modules.Evaluation.Contracts;
using DanVan.Web.Modules.Evaluation.Scoring;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Evaluation;

/// <summary>
/// A round through the pages, on each engine: the province opens it for its units, a unit assesses itself (points
/// beyond the maximum told), the province appraises (an adjustment without a reason refused), decides, and the results
/// are kept and exported; the demo round waits at appraisal with task points from the demo's cycles.
/// </summary>
public abstract class EvaluationRoundTests(DanVanApp app)
{
    [Fact]
    public async Task A_committee_opens_a_round_its_units_assess_themselves_it_appraises_and_decides()
    {
        await app.CreateUserAsync("eval.leader@test.vn", MembershipRole.Leader, "TQ.TU");
        await app.CreateUserAsync("eval.unit@test.vn", MembershipRole.Officer, "TL.DU");
        var commune = await app.OrganizationAsync("TL.DU");
        var province = await app.OrganizationAsync("TQ.TU");
        var leader = app.CreateBrowser();
        await Forms.SignInAsync(leader, "eval.leader@test.vn");

        // The demo's round of the commune is at appraisal, its task points computed from the cycles.
        var demo = await app.WithDbAsync((db, _) => db.EvaluationRounds.Where(r => r.IsDemo).Select(r => new { r.Step, Units = r.Units.Count, Self = r.Units.Count(u => u.SelfAssessedAt != null) }).SingleAsync());
        Assert.Equal(RoundStep.Appraisal, demo.Step);
        Assert.True(demo.Units > 3 && demo.Self == demo.Units);

        // Opened for 2025 (the province's units); the same year twice is refused.
        var open = HtmlForm.Read(await leader.GetStringAsync("/Evaluation"), "open-form").Set("Open.OrganizationId", province.Id.ToString()).Set("Open.Year", "2025").Set("Open.Quarter", "");
        var opened = await open.PostAsync(leader, "/Evaluation");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("đã có kỳ đánh giá năm 2025", await Forms.HtmlAsync(await open.PostAsync(leader, "/Evaluation")), StringComparison.Ordinal);
        var roundUrl = opened.Headers.Location!.OriginalString;
        var unitId = await app.WithDbAsync((db, _) => db.UnitEvaluations.Where(u => u.Round!.OrganizationId == province.Id && u.OrganizationId == commune.Id).Select(u => u.Id).SingleAsync());
        var unitUrl = $"/Evaluation/Rounds/Unit/{unitId}";

        // The commune assesses itself: 12 of 10 is told, then its points and evidence are kept.
        var unit = app.CreateBrowser();
        await Forms.SignInAsync(unit, "eval.unit@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync(roundUrl)).StatusCode); // the other units' results are the committee's
        var form = HtmlForm.Read(await unit.GetStringAsync(unitUrl), "score-form");
        var entered = form.Names.Where(n => n.EndsWith("].Points", StringComparison.Ordinal)).Select(n => n["Entered[".Length..n.IndexOf(']', StringComparison.Ordinal)]).ToList();
        Assert.Equal(3, entered.Count);
        var self = form.Set($"Entered[{entered[0]}].Points", "12").Set($"Entered[{entered[1]}].Points", "9").Set($"Entered[{entered[2]}].Points", "8.5").Set("Comment", "Hoàn thành cơ bản các nhiệm vụ.");
        var told = await Forms.HtmlAsync(await self.PostAsync(unit, $"{unitUrl}?handler=Self"));
        Assert.True(told.Contains("điểm từ 0 đến 10", StringComparison.Ordinal), System.Text.RegularExpressions.Regex.Match(told, "validation-summary[\\s\\S]{0,300}").Value);
        Assert.Equal(HttpStatusCode.Redirect, (await self.Set($"Entered[{entered[0]}].Points", "10").Set($"Entered[{entered[0]}].Evidence", "Nghị quyết chi bộ").PostAsync(unit, $"{unitUrl}?handler=Self")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(unit, unitUrl, new Dictionary<string, string>(), $"{unitUrl}?handler=Appraise")).StatusCode);

        // Appraisal: the computed part adjusted without a reason is refused; then with one.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await leader.GetStringAsync(roundUrl), "appraisal-form").PostAsync(leader, $"{roundUrl}?handler=Appraisal")).StatusCode);
        Assert.Contains("Đã hết thời gian tự đánh giá", await Forms.HtmlAsync(await self.PostAsync(unit, $"{unitUrl}?handler=Self")), StringComparison.Ordinal);
        var appraise = HtmlForm.Read(await leader.GetStringAsync(unitUrl), "score-form");
        var cycles = appraise.Names.First(n => n.StartsWith("Adjust[", StringComparison.Ordinal))["Adjust[".Length..].Split(']')[0];
        appraise.Set($"Adjust[{cycles}].Points", "40").Set($"Adjust[{cycles}].Reason", "").Set("Comment", "Đồng ý với đơn vị.");
        Assert.Contains("phải ghi lý do", await Forms.HtmlAsync(await appraise.PostAsync(leader, $"{unitUrl}?handler=Appraise")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await appraise.Set($"Adjust[{cycles}].Reason", "Hai nhiệm vụ lùi hạn theo chỉ đạo của tỉnh").PostAsync(leader, $"{unitUrl}?handler=Appraise")).StatusCode);
        var page = await Forms.HtmlAsync(await leader.GetAsync(unitUrl));
        Assert.Contains("Hai nhiệm vụ lùi hạn theo chỉ đạo của tỉnh", page, StringComparison.Ordinal);
        Assert.Contains("Công thức: ", page, StringComparison.Ordinal);

        // Decided: kept as computed then, exported, and nothing changes any more.
        var decide = HtmlForm.Read(await leader.GetStringAsync(roundUrl), "decide-form").Set("DecisionSymbol", "15-QĐ/TU").Set("DecidedOn", "15/01/2026");
        Assert.Equal(HttpStatusCode.Redirect, (await decide.PostAsync(leader, $"{roundUrl}?handler=Decide")).StatusCode);
        var decided = await app.WithDbAsync((db, _) => db.UnitEvaluations.SingleAsync(u => u.Id == unitId));
        Assert.NotNull(decided.Total);
        Assert.NotNull(decided.Level);
        Assert.NotNull(decided.Facts);
        var sheet = DanVan.Documents.Spreadsheets.XlsxReader.Read(await leader.GetByteArrayAsync($"{roundUrl}?handler=Xlsx")).Sheet("Kết quả")!;
        var row = Enumerable.Range(1, sheet.LastRow).Single(r => sheet[r, 1]?.Text == commune.Name);
        Assert.Equal(decided.Total!.Value, decimal.Parse(sheet[row, 4]!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(decided.Level, sheet[row, 5]!.Text);
        Assert.Contains("đã có quyết định", await Forms.HtmlAsync(await appraise.PostAsync(leader, $"{unitUrl}?handler=Appraise")), StringComparison.Ordinal);
        Assert.Equal(decided.Total, await app.WithDbAsync((db, _) => db.UnitEvaluations.Where(u => u.Id == unitId).Select(u => u.Total).SingleAsync()));
    }
}

public sealed class EvaluationRoundTests_Sqlite(SqliteApp app) : EvaluationRoundTests(app), IClassFixture<SqliteApp>;

public sealed class EvaluationRoundTests_Postgres(PostgresApp app) : EvaluationRoundTests(app), IClassFixture<PostgresApp>;
