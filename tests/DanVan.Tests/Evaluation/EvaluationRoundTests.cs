using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Evaluation;
using DanVan.Web.Modules.Evaluation.Contracts;
using DanVan.Web.Modules.Evaluation.Scoring;
using DanVan.Web.Modules.Accounts.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        await app.CreateUserAsync("eval.head@test.vn", MembershipRole.Leader, "TL.DU");
        var commune = await app.OrganizationAsync("TL.DU");
        var province = await app.OrganizationAsync("TQ.TU");
        var leader = app.CreateBrowser();
        await Forms.SignInAsync(leader, "eval.leader@test.vn");

        // The demo's round of the commune is at appraisal, its task points computed from the cycles.
        var demo = await app.WithDbAsync((db, _) => db.EvaluationRounds.Where(r => r.IsDemo).Select(r => new { r.Step, Units = r.Units.Count, Self = r.Units.Count(u => u.SelfAssessedAt != null) }).SingleAsync());
        Assert.Equal(RoundStep.Appraisal, demo.Step);
        Assert.True(demo.Units > 3 && demo.Self == demo.Units);

        // The commune's new leader is made its head on the unit page by the commune's administrator.
        await app.CreateUserAsync("eval.admin@test.vn", MembershipRole.OrganizationAdmin, "TL.DU");
        var admin = app.CreateBrowser();
        await Forms.SignInAsync(admin, "eval.admin@test.vn");
        var membership = await app.WithDbAsync((db, _) => db.Memberships.Where(m => m.User!.Email == "eval.head@test.vn").Select(m => m.Id).SingleAsync());
        var unitPage = $"/Organizations/Units/Details/{commune.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, unitPage, new Dictionary<string, string>(), $"{unitPage}?handler=Head&membershipId={membership}")).StatusCode);
        Assert.Contains("Người đứng đầu</span>", await admin.GetStringAsync(unitPage), StringComparison.Ordinal);

        // Opened for 2025 (the province's units); the same year twice is refused.
        var open = HtmlForm.Read(await leader.GetStringAsync("/Evaluation"), "open-form").Set("Open.OrganizationId", province.Id.ToString()).Set("Open.Year", "2025").Set("Open.Quarter", "");
        var opened = await open.PostAsync(leader, "/Evaluation");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("đã có kỳ đánh giá năm 2025", await Forms.HtmlAsync(await open.PostAsync(leader, "/Evaluation")), StringComparison.Ordinal);
        var roundUrl = opened.Headers.Location!.OriginalString;
        var unitId = await app.WithDbAsync((db, _) => db.UnitEvaluations.Where(u => u.Round!.OrganizationId == province.Id && u.OrganizationId == commune.Id).Select(u => u.Id).SingleAsync());
        var unitUrl = $"/Evaluation/Rounds/Unit/{unitId}";
        var headId = await app.WithDbAsync((db, _) => db.Set<HeadEvaluation>().Where(h => h.EvaluationId == unitId).Select(h => h.Id).SingleAsync());
        var headUrl = $"/Evaluation/Rounds/Head/{headId}";

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

        // The head assesses themself (a colleague of the unit may read it, not write it): 10 on each general criterion.
        var head = app.CreateBrowser();
        await Forms.SignInAsync(head, "eval.head@test.vn");
        Assert.Contains(headUrl, await head.GetStringAsync("/Evaluation"), StringComparison.Ordinal);
        var headForm = HtmlForm.Read(await head.GetStringAsync(headUrl), "score-form");
        foreach (var criterion in entered)
        {
            headForm.Set($"Entered[{criterion}].Points", "10").Set($"Entered[{criterion}].Evidence", "Chương trình công tác năm");
        }

        Assert.Contains("Điểm phải là một số", await Forms.HtmlAsync(await headForm.Set($"Entered[{entered[0]}].Points", "mười").PostAsync(head, $"{headUrl}?handler=Self")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await headForm.Set($"Entered[{entered[0]}].Points", "10").Set("Comment", "Lãnh đạo đơn vị hoàn thành kế hoạch.").PostAsync(head, $"{headUrl}?handler=Self")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await unit.GetAsync(headUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(unit, headUrl, new Dictionary<string, string> { [$"Entered[{entered[0]}].Points"] = "1" }, $"{headUrl}?handler=Self")).StatusCode);

        // Appraisal: the computed part adjusted without a reason is refused; then with one.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await leader.GetStringAsync(roundUrl), "appraisal-form").PostAsync(leader, $"{roundUrl}?handler=Appraisal")).StatusCode);
        Assert.Contains("Đã hết thời gian tự đánh giá", await Forms.HtmlAsync(await self.PostAsync(unit, $"{unitUrl}?handler=Self")), StringComparison.Ordinal);
        var appraise = HtmlForm.Read(await leader.GetStringAsync(unitUrl), "score-form");
        var cycles = appraise.Names.First(n => n.StartsWith("Adjust[", StringComparison.Ordinal))["Adjust[".Length..].Split(']')[0];
        appraise.Set($"Adjust[{cycles}].Points", "40").Set($"Adjust[{cycles}].Reason", "").Set("Comment", "Đồng ý với đơn vị.");
        foreach (var criterion in entered)
        {
            appraise.Set($"Entered[{criterion}].Points", "1");
        }

        Assert.Contains("phải ghi lý do", await Forms.HtmlAsync(await appraise.PostAsync(leader, $"{unitUrl}?handler=Appraise")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await appraise.Set($"Adjust[{cycles}].Reason", "Hai nhiệm vụ lùi hạn theo chỉ đạo của tỉnh").PostAsync(leader, $"{unitUrl}?handler=Appraise")).StatusCode);
        var page = await Forms.HtmlAsync(await leader.GetAsync(unitUrl));
        Assert.Contains("Hai nhiệm vụ lùi hạn theo chỉ đạo của tỉnh", page, StringComparison.Ordinal);
        Assert.Contains("Công thức: ", page, StringComparison.Ordinal);

        // The unit has 3 general points and falls below "tốt"; its head, with 30, is bounded by the unit's level.
        var unitLevel = await app.WithDbAsync(async (db, services) => (await services.GetRequiredService<DanVan.Web.Modules.Evaluation.Rounds.RoundWork>().ScoresAsync(
            await db.EvaluationRounds.Include(r => r.Set!).ThenInclude(s => s.Criteria).Include(r => r.Set!).ThenInclude(s => s.Levels).Include(r => r.Units).ThenInclude(u => u.Scores).Include(r => r.Units).ThenInclude(u => u.Heads).ThenInclude(h => h.Scores).SingleAsync(r => r.Units.Any(u => u.Id == unitId)), CancellationToken.None)));
        Assert.True(unitLevel[headId].Result.Total > unitLevel[unitId].Result.Total + 20);
        Assert.Equal(unitLevel[unitId].Result.Level?.Name, unitLevel[headId].Result.Level?.Name);
        Assert.Contains("xếp loại người đứng đầu không cao hơn xếp loại của đơn vị", await Forms.HtmlAsync(await leader.GetAsync(headUrl)), StringComparison.Ordinal);

        // Decided: kept as computed then, exported, and nothing changes any more.
        // Without a number the province's next decision number is taken; without a place or signer it is refused.
        var decide = HtmlForm.Read(await leader.GetStringAsync(roundUrl), "decide-form").Set("DecisionSymbol", "").Set("DecidedOn", "15/01/2026").Set("SignerName", "");
        Assert.Contains("Địa danh: hãy nhập", await Forms.HtmlAsync(await decide.PostAsync(leader, $"{roundUrl}?handler=Decide")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"{roundUrl}?handler=Docx")).StatusCode);
        decide.Set("DecisionPlace", "Tuyên Quang").Set("SignerName", "Nguyễn Văn Sơn");
        Assert.Equal(HttpStatusCode.Redirect, (await decide.PostAsync(leader, $"{roundUrl}?handler=Decide")).StatusCode);
        var symbol = await app.WithDbAsync((db, _) => db.EvaluationRounds.Where(r => r.Units.Any(u => u.Id == unitId)).Select(r => r.DecisionSymbol).SingleAsync());
        Assert.Matches(@"^\d+-QĐ/TU$", symbol);
        var decided = await app.WithDbAsync((db, _) => db.UnitEvaluations.SingleAsync(u => u.Id == unitId));
        Assert.NotNull(decided.Total);
        Assert.NotNull(decided.Level);
        Assert.NotNull(decided.Facts);
        var sheet = DanVan.Documents.Spreadsheets.XlsxReader.Read(await leader.GetByteArrayAsync($"{roundUrl}?handler=Xlsx")).Sheet("Kết quả")!;
        var row = Enumerable.Range(1, sheet.LastRow).Single(r => sheet[r, 1]?.Text == commune.Name);
        Assert.Equal(decided.Total!.Value, decimal.Parse(sheet[row, 4]!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(decided.Level, sheet[row, 5]!.Text);
        Assert.Contains("đã có quyết định", await Forms.HtmlAsync(await appraise.PostAsync(leader, $"{unitUrl}?handler=Appraise")), StringComparison.Ordinal);
        var decidedHead = await app.WithDbAsync((db, _) => db.Set<HeadEvaluation>().SingleAsync(h => h.Id == headId));
        Assert.Equal((decided.Level, unitLevel[headId].Result.Total), (decidedHead.Level, decidedHead.Total));
        var heads = DanVan.Documents.Spreadsheets.XlsxReader.Read(await leader.GetByteArrayAsync($"{roundUrl}?handler=Xlsx")).Sheet("Người đứng đầu")!;
        var headRow = Enumerable.Range(1, heads.LastRow).Single(r => heads[r, 2]?.Text == commune.Name);
        Assert.Equal(decidedHead.Level, heads[headRow, 4]!.Text);

        // The decision opens in LibreOffice with its number and the list: the unit's and the head's score and level as on the page.
        var text = System.Text.Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await leader.GetByteArrayAsync($"{roundUrl}?handler=Docx"), "docx", "txt:Text"));
        Assert.Contains($"Số {symbol}", text, StringComparison.Ordinal);
        Assert.Contains("QUYẾT ĐỊNH", text, StringComparison.Ordinal);
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var at = lines.IndexOf(commune.Name);
        Assert.True(at > 0, text);
        Assert.Equal([Scorecard.Number(decided.Total!.Value), decided.Level], lines.Skip(at + 1).Where(l => l.Length > 0).Take(2));
        Assert.Contains(Scorecard.Number(decidedHead.Total!.Value), lines.Skip(lines.IndexOf("Người thử eval.head@test.vn")).Take(8));
        var printed = await leader.GetByteArrayAsync($"{roundUrl}?handler=Pdf");
        Assert.Contains(PdfPages.Lines(printed), l => l.Contains("QUYẾT ĐỊNH", StringComparison.Ordinal));
        await PdfPages.SaveImageAsync(printed, $"decision-{app.Engine.ToString().ToLowerInvariant()}");
        var results = await leader.GetStringAsync(roundUrl);
        Assert.Contains($">{Scorecard.Number(decided.Total!.Value)}</td>", results, StringComparison.Ordinal);

        // Changed only by a new decision: without a reason refused; with one the old decision and its results are kept,
        // the round is appraised again, and the next decision takes the next number.
        var revise = HtmlForm.Read(results, "revise-form").Set("RevisionReason", "sai");
        Assert.Contains("Lý do điều chỉnh kết quả: ghi rõ căn cứ", await Forms.HtmlAsync(await revise.PostAsync(leader, $"{roundUrl}?handler=Revise")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await revise.Set("RevisionReason", "Kết luận kiểm tra số 02-TB/TU xác định một nhiệm vụ đã hoàn thành đúng hạn").PostAsync(leader, $"{roundUrl}?handler=Revise")).StatusCode);
        var revised = await Forms.HtmlAsync(await leader.GetAsync(roundUrl));
        Assert.Contains($"Quyết định số {symbol} ngày 15/01/2026, điều chỉnh ngày", revised, StringComparison.Ordinal);
        Assert.Contains($"{commune.Name}: {Scorecard.Number(decided.Total!.Value)} điểm, {decided.Level}", revised, StringComparison.Ordinal);
        Assert.Contains("id=\"decide-form\"", revised, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync((db, _) => db.UnitEvaluations.Where(u => u.Id == unitId).Select(u => u.Level).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await decide.Set("DecidedOn", "20/01/2026").PostAsync(leader, $"{roundUrl}?handler=Decide")).StatusCode);
        var again = await app.WithDbAsync((db, _) => db.EvaluationRounds.Where(r => r.Units.Any(u => u.Id == unitId)).Select(r => new { r.DecisionSymbol, r.Step }).SingleAsync());
        Assert.Equal(RoundStep.Decided, again.Step);
        Assert.NotEqual(symbol, again.DecisionSymbol);
        Assert.Equal(decided.Total, await app.WithDbAsync((db, _) => db.UnitEvaluations.Where(u => u.Id == unitId).Select(u => u.Total).SingleAsync()));
    }
    [Fact]
    public async Task An_administrator_edits_criteria_sets_as_data_and_a_set_in_use_keeps_its_criteria()
    {
        await app.CreateUserAsync("sets.admin@test.vn", administrator: true);
        var key = await app.EnableTwoFactorAsync("sets.admin@test.vn");
        await app.CreateUserAsync("sets.leader@test.vn", MembershipRole.Leader, "TL.DU");
        var admin = app.CreateBrowser();
        await Forms.SignInAsync(admin, "sets.admin@test.vn", totpKey: key);
        var leader = app.CreateBrowser();
        await Forms.SignInAsync(leader, "sets.leader@test.vn");
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync("/Evaluation/Sets")).StatusCode);

        // A new framework: 60 points are refused (a 100-point scale), a maximum that is no number is told, then saved.
        var form = HtmlForm.Read(await admin.GetStringAsync("/Evaluation/Sets/Edit"), "set-form")
            .Set("Input.Name", "Chi bộ bốn tốt").Set("Input.ValidFrom", "01/01/2026").Set("Input.ValidTo", "").Set("Input.FailedLevel", "Chưa đạt")
            .Set("Input.Criteria[0].Name", "Tư tưởng chính trị tốt").Set("Input.Criteria[0].MaxPoints", "30").Set("Input.Criteria[0].Measure", "Entered")
            .Set("Input.Criteria[1].Name", "Nhiệm vụ đúng hạn").Set("Input.Criteria[1].MaxPoints", "30").Set("Input.Criteria[1].Measure", "CyclesOnTime")
            .Set("Input.Levels[0].Name", "Chi bộ bốn tốt").Set("Input.Levels[0].MinScore", "85").Set("Input.Levels[0].AllOnTime", "true")
            .Set("Input.Levels[1].Name", "Chi bộ hoàn thành").Set("Input.Levels[1].MinScore", "50");
        Assert.Contains("tổng điểm tối đa các tiêu chí đang là 60", await Forms.HtmlAsync(await form.PostAsync(admin, "/Evaluation/Sets/Edit")), StringComparison.Ordinal);
        form.Set("Input.Criteria[2].Name", "Báo cáo đúng hạn").Set("Input.Criteria[2].MaxPoints", "bốn mươi").Set("Input.Criteria[2].Measure", "ReportsOnTime");
        Assert.Contains("“Báo cáo đúng hạn”: điểm tối đa phải là một số", await Forms.HtmlAsync(await form.PostAsync(admin, "/Evaluation/Sets/Edit")), StringComparison.Ordinal);
        form.Set("Input.Criteria[2].MaxPoints", "40").Set("Input.Criteria[2].Measure", "CyclesOnTime");
        Assert.Contains("Hai tiêu chí cùng tính từ", await Forms.HtmlAsync(await form.PostAsync(admin, "/Evaluation/Sets/Edit")), StringComparison.Ordinal);
        form.Set("Input.Criteria[2].Measure", "ReportsOnTime");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(admin, "/Evaluation/Sets/Edit")).StatusCode);
        var created = await app.WithDbAsync((db, _) => db.CriteriaSets.Include(s => s.Criteria).Include(s => s.Levels).SingleAsync(s => s.Name == "Chi bộ bốn tốt"));
        Assert.Equal([30m, 30m, 40m], created.Criteria.OrderBy(c => c.Position).Select(c => c.MaxPoints));
        Assert.Equal(["Chi bộ bốn tốt", "Chi bộ hoàn thành"], created.Levels.OrderBy(l => l.Position).Select(l => l.Name));

        // Rounds open on it; from then on its criteria stay, its end may not come before the last round's.
        var open = HtmlForm.Read(await leader.GetStringAsync("/Evaluation"), "open-form").Set("Open.Year", "2026").Set("Open.Quarter", "3").Set("Open.SetId", created.Id.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await open.PostAsync(leader, "/Evaluation")).StatusCode);
        var edit = $"/Evaluation/Sets/Edit/{created.Id}";
        var page = await Forms.HtmlAsync(await admin.GetAsync(edit));
        Assert.Contains("chỉ sửa được tên và ngày hết hiệu lực", page, StringComparison.Ordinal);
        var locked = HtmlForm.Read(page, "set-form").Set("Input.ValidTo", "01/08/2026").Set("Input.Criteria[0].MaxPoints", "100");
        Assert.Contains("không được trước ngày đó", await Forms.HtmlAsync(await locked.PostAsync(admin, edit)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await locked.Set("Input.ValidTo", "31/12/2027").Set("Input.Name", "Chi bộ bốn tốt (2026–2027)").PostAsync(admin, edit)).StatusCode);
        var kept = await app.WithDbAsync((db, _) => db.CriteriaSets.Include(s => s.Criteria).SingleAsync(s => s.Id == created.Id));
        Assert.Equal(("Chi bộ bốn tốt (2026–2027)", new DateOnly(2027, 12, 31)), (kept.Name, kept.ValidTo!.Value));
        Assert.Equal([30m, 30m, 40m], kept.Criteria.OrderBy(c => c.Position).Select(c => c.MaxPoints));

        // A new version starts from the set, criteria and levels filled in.
        var copy = HtmlForm.Read(await admin.GetStringAsync($"/Evaluation/Sets/Edit?copy={created.Id}"), "set-form");
        Assert.Equal("Tư tưởng chính trị tốt", copy["Input.Criteria[0].Name"]);
        Assert.Equal(HttpStatusCode.Redirect, (await copy.Set("Input.Name", "Chi bộ bốn tốt 2028").PostAsync(admin, "/Evaluation/Sets/Edit")).StatusCode);
    }
}

public sealed class EvaluationRoundTests_Sqlite(SqliteApp app) : EvaluationRoundTests(app), IClassFixture<SqliteApp>;

public sealed class EvaluationRoundTests_Postgres(PostgresApp app) : EvaluationRoundTests(app), IClassFixture<PostgresApp>;
