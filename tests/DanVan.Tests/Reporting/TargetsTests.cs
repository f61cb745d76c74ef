using System.Net;
using System.Text.RegularExpressions;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Reporting.Targets;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Reporting;

/// <summary>Targets a plan sets for its units (chỉ tiêu giao), and the dashboard setting figures against them.</summary>
public abstract class TargetsTests(DanVanApp app)
{
    [Fact]
    public async Task The_plan_manager_sets_a_units_targets_and_the_dashboard_sets_the_figures_against_them()
    {
        await app.CreateUserAsync("targets.officer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        var officer = app.CreateBrowser();
        await Forms.SignInAsync(officer, "targets.officer@test.vn");
        var planId = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync());
        var farmers = await app.OrganizationAsync("TL.HND");
        var url = $"/Reporting/Targets?planId={planId}&unitId={farmers.Id}";
        int Count() => app.WithDbAsync((db, _) => db.IndicatorTargets.CountAsync(t => t.PlanId == planId && t.OrganizationId == farmers.Id)).GetAwaiter().GetResult();
        var before = Count();

        // Every row is checked first: a word, a rate above 100% and a fraction of a dialogue are refused together, nothing saved.
        var refused = await HtmlForm.Read(await officer.GetStringAsync(url), "targets-form")
            .Set("Rows[DAN_SO].Value", "nhiều").Set("Rows[TL_BHYT].Value", "120").Set("Rows[DOI_THOAI].Value", "2,5")
            .PostAsync(officer, url);
        var html = await Forms.HtmlAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("DAN_SO: “nhiều” không phải là số", html, StringComparison.Ordinal);
        Assert.Contains("Mục tiêu của TL_BHYT không được lớn hơn 100.", html, StringComparison.Ordinal);
        Assert.Contains("Mục tiêu của DOI_THOAI phải là số nguyên.", html, StringComparison.Ordinal);
        Assert.Equal(before, Count());

        // Saved: at least 5 dialogues, no school drop-out; the dashboard of the unit shows them with its figures.
        var saved = await HtmlForm.Read(await officer.GetStringAsync(url), "targets-form")
            .Set("Rows[DOI_THOAI].Value", "5").Set("Rows[HS_BO_HOC].Value", "0").Set("Rows[HS_BO_HOC].Direction", nameof(TargetDirection.AtMost))
            .PostAsync(officer, url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var targets = await app.WithDbAsync((db, _) => db.IndicatorTargets.Where(t => t.PlanId == planId && t.OrganizationId == farmers.Id).ToListAsync());
        Assert.Equal(2, targets.Count);
        Assert.Contains(targets, t => t.Value == 0 && t.Direction == TargetDirection.AtMost);
        Assert.True(await app.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(IndicatorTarget))));
        var dashboard = await Forms.HtmlAsync(await officer.GetAsync(saved.Headers.Location!.OriginalString));
        Assert.Contains("id=\"chart-targets\"", dashboard, StringComparison.Ordinal);
        Assert.Matches("data-indicator=\"DOI_THOAI\">[\\s\\S]*?Ít nhất 5", dashboard);
        Assert.Matches("data-indicator=\"HS_BO_HOC\">[\\s\\S]*?Không vượt quá 0", dashboard);

        // The unit's dashboard counts its own reports only (one unit: one report a period).
        var completeness = Regex.Match(dashboard, "id=\"chart-completeness\"[\\s\\S]*?</table>").Value;
        var rows = Regex.Matches(completeness, "<tr><th scope=\"row\">[\\s\\S]*?</tr>");
        Assert.NotEmpty(rows);
        foreach (Match row in rows)
        {
            Assert.Equal(1, Regex.Matches(row.Value, "data-value=\"(\\d+)\"").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        // An empty value removes the target.
        await HtmlForm.Read(await officer.GetStringAsync(url), "targets-form").Set("Rows[HS_BO_HOC].Value", "").PostAsync(officer, url);
        Assert.Equal(1, Count());

        // Readers of the plan cannot set targets; another branch does not find the page.
        await app.CreateUserAsync("targets.viewer@test.vn", MembershipRole.Viewer, "TL.DU", subtree: true);
        var viewer = app.CreateBrowser();
        await Forms.SignInAsync(viewer, "targets.viewer@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(url)).StatusCode);
        Assert.DoesNotContain("Giao mục tiêu", await viewer.GetStringAsync($"/Reporting/Dashboard?planId={planId}"), StringComparison.Ordinal);
        await app.CreateUserAsync("targets.outsider@test.vn", MembershipRole.Officer, "TQ.SNV");
        var outsider = app.CreateBrowser();
        await Forms.SignInAsync(outsider, "targets.outsider@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Targets_can_be_set_before_any_period_has_started()
    {
        await app.CreateUserAsync("targets.early@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        var officer = app.CreateBrowser();
        await Forms.SignInAsync(officer, "targets.early@test.vn");
        var planId = await app.WithDbAsync(async (db, _) =>
        {
            var unit = await db.Organizations.SingleAsync(o => o.Code == "TL.DU");
            var document = OfficialDocument.Create("Kế hoạch", "99-KH/ĐU", unit.Name, new DateOnly(2026, 11, 1), "Kế hoạch kiểm thử chưa có kỳ báo cáo", unit.Id, DateTime.UtcNow);
            var plan = Plan.Create(document, unit, null, null, new PlanReporting(true, true, false), DateTime.UtcNow);
            db.Documents.Add(document);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

        var dashboard = await Forms.HtmlAsync(await officer.GetAsync($"/Reporting/Dashboard?planId={planId}"));
        Assert.Contains("Kế hoạch chưa có kỳ báo cáo nào đã bắt đầu", dashboard, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch chưa giao mục tiêu cho", dashboard, StringComparison.Ordinal);
        Assert.Contains($"/Reporting/Targets?planId={planId}", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_targets_are_set_against_the_commune_figures_and_each_units_dialogues()
    {
        await app.CreateUserAsync("targets.reader@test.vn", MembershipRole.Viewer, "TL.DU", subtree: true);
        var reader = app.CreateBrowser();
        await Forms.SignInAsync(reader, "targets.reader@test.vn");
        var planId = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync());
        var dashboard = await Forms.HtmlAsync(await reader.GetAsync($"/Reporting/Dashboard?planId={planId}&indicator=DOI_THOAI"));
        Assert.Matches("data-indicator=\"TL_BHYT\">[\\s\\S]*?Ít nhất 95[\\s\\S]*?(Đạt|Chưa đạt)</td>", dashboard);
        Assert.Matches("id=\"chart-units\"[\\s\\S]*?Mục tiêu</th>[\\s\\S]*?ít nhất 2</td>", dashboard);
    }
}

public sealed class TargetsTests_Sqlite(SqliteApp app) : TargetsTests(app), IClassFixture<SqliteApp>;

public sealed class TargetsTests_Postgres(PostgresApp app) : TargetsTests(app), IClassFixture<PostgresApp>;
