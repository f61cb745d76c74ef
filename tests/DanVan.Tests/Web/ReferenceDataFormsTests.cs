using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Organizations;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Web;

/// <summary>Administrators maintain areas and organization kinds; nobody else may.</summary>
public abstract class ReferenceDataFormsTests(DanVanApp app)
{
    [Fact]
    public async Task An_administrator_adds_and_edits_areas_with_official_codes_and_dates()
    {
        var client = await AdministratorAsync("admin.areas@test.vn");
        var province = await app.WithDbAsync((db, _) => db.Areas.SingleAsync(a => a.Code == "08"));

        // A parent that cannot be read is not found, never a new province.
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/Organizations/Areas/Edit?parentId=khong-phai-ma")).StatusCode);
        var malformed = await Forms.PostAsync(client, $"/Organizations/Areas/Edit?parentId={province.Id}", Fields("02291", "Xã Sai Liên Kết", "01/07/2025", ""), "/Organizations/Areas/Edit?parentId=khong-phai-ma");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.False(await app.WithDbAsync((db, _) => db.Areas.AnyAsync(a => a.Code == "02291")));
        var planId = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo).Select(p => p.Id).FirstAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/Reporting/Targets?planId={planId}&unitId=khong-phai-ma")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/Reporting/Targets?planId={planId}")).StatusCode);

        var badCode = await Forms.PostAsync(client, $"/Organizations/Areas/Edit?parentId={province.Id}", Fields("2290", "Xã Minh Quang", "01/07/2025", ""));
        Assert.Contains("Mã xã gồm đúng 5 chữ số", await Forms.HtmlAsync(badCode), StringComparison.Ordinal);

        var badDate = await Forms.PostAsync(client, $"/Organizations/Areas/Edit?parentId={province.Id}", Fields("02290", "Xã Minh Quang", "2025-07-01", ""));
        Assert.Contains("ngày/tháng/năm", await Forms.HtmlAsync(badDate), StringComparison.Ordinal);

        var backwards = await Forms.PostAsync(client, $"/Organizations/Areas/Edit?parentId={province.Id}", Fields("02290", "Xã Minh Quang", "01/07/2025", "30/06/2025"));
        Assert.Contains("không được trước ngày có hiệu lực", await Forms.HtmlAsync(backwards), StringComparison.Ordinal);

        var duplicate = await Forms.PostAsync(client, $"/Organizations/Areas/Edit?parentId={province.Id}", Fields("02287", "Trùng mã", "", ""));
        Assert.Contains("đã được dùng cho địa bàn khác", await Forms.HtmlAsync(duplicate), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.Areas.AnyAsync(a => a.Code == "02290")));

        var created = await Forms.PostAsync(client, $"/Organizations/Areas/Edit?parentId={province.Id}", Fields("02290", "Xã Minh Quang", "1/7/2025", ""));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var commune = await app.WithDbAsync((db, _) => db.Areas.SingleAsync(a => a.Code == "02290"));
        Assert.Equal(AreaLevel.Commune, commune.Level);
        Assert.Equal(province.Id, commune.ParentId);
        Assert.Equal(new DateOnly(2025, 7, 1), commune.ValidFrom);

        var village = await Forms.PostAsync(client, $"/Organizations/Areas/Edit?parentId={commune.Id}", Fields("02290.01", "Thôn Khuổi Củng", "", ""));
        Assert.Equal(HttpStatusCode.Redirect, village.StatusCode);
        Assert.Equal(AreaLevel.Village, (await app.WithDbAsync((db, _) => db.Areas.SingleAsync(a => a.Code == "02290.01"))).Level);

        var renamed = await Forms.PostAsync(client, $"/Organizations/Areas/Edit/{commune.Id}", Fields("02290", "Xã Minh Quang (mới)", "01/07/2025", "31/12/2030"), $"/Organizations/Areas/Edit/{commune.Id}");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var edited = await app.WithDbAsync((db, _) => db.Areas.SingleAsync(a => a.Code == "02290"));
        Assert.Equal("Xã Minh Quang (mới)", edited.Name);
        Assert.Equal(new DateOnly(2030, 12, 31), edited.ValidTo);

        // The list opens a level at a time, or finds an area by name or code (any word order, no diacritics needed).
        var provinces = await Forms.HtmlAsync(await client.GetAsync("/Organizations/Areas"));
        Assert.DoesNotContain("Xã Minh Quang", provinces, StringComparison.Ordinal);
        var found = await Forms.HtmlAsync(await client.GetAsync("/Organizations/Areas?q=" + Uri.EscapeDataString("quang minh moi")));
        Assert.Contains("từ 01/07/2025 đến 31/12/2030", found, StringComparison.Ordinal);
        var opened = await Forms.HtmlAsync(await client.GetAsync($"/Organizations/Areas?handler=Children&id={province.Id}"));
        Assert.Contains("Xã Minh Quang (mới)", opened, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_adds_and_renames_organization_kinds()
    {
        var client = await AdministratorAsync("admin.kinds@test.vn");
        var bad = await Forms.PostAsync(client, "/Organizations/Kinds/Edit", new Dictionary<string, string> { ["Input.Code"] = "Hội Đặc Thù", ["Input.Name"] = "Hội đặc thù", ["Input.SortOrder"] = "200" });
        Assert.Contains("chữ thường không dấu", await Forms.HtmlAsync(bad), StringComparison.Ordinal);

        var notNumber = await Forms.PostAsync(client, "/Organizations/Kinds/Edit", new Dictionary<string, string> { ["Input.Code"] = "hoi-dac-thu", ["Input.Name"] = "Hội đặc thù", ["Input.SortOrder"] = "abc" });
        Assert.Contains("không hợp lệ", await Forms.HtmlAsync(notNumber), StringComparison.Ordinal);

        var duplicate = await Forms.PostAsync(client, "/Organizations/Kinds/Edit", new Dictionary<string, string> { ["Input.Code"] = "chi-bo", ["Input.Name"] = "Chi bộ 2", ["Input.SortOrder"] = "5" });
        Assert.Contains("đã được dùng cho loại tổ chức khác", await Forms.HtmlAsync(duplicate), StringComparison.Ordinal);

        var created = await Forms.PostAsync(client, "/Organizations/Kinds/Edit", new Dictionary<string, string> { ["Input.Code"] = "hoi-dac-thu", ["Input.Name"] = "Hội đặc thù", ["Input.SortOrder"] = "200" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var kind = await app.WithDbAsync((db, _) => db.OrganizationKinds.SingleAsync(k => k.Code == "hoi-dac-thu"));

        var renamed = await Forms.PostAsync(client, $"/Organizations/Kinds/Edit/{kind.Id}", new Dictionary<string, string> { ["Input.Code"] = "hoi-dac-thu", ["Input.Name"] = "Hội quần chúng đặc thù", ["Input.SortOrder"] = "210" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Hội quần chúng đặc thù", (await app.WithDbAsync((db, _) => db.OrganizationKinds.SingleAsync(k => k.Id == kind.Id))).Name);
        Assert.Contains("Hội quần chúng đặc thù", await Forms.HtmlAsync(await client.GetAsync("/Organizations/Kinds")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_keeps_the_indicator_catalog_with_its_rules()
    {
        var client = await AdministratorAsync("admin.indicators@test.vn");
        var ids = await app.WithDbAsync((db, _) => db.Indicators.ToDictionaryAsync(i => i.Code, i => i.Id));

        Dictionary<string, string> Indicator(string code, string type, string aggregation, string? numerator = null, string? denominator = null) => new()
        {
            ["Input.Code"] = code, ["Input.Name"] = "Tỷ lệ thôn có nhà văn hóa", ["Input.Unit"] = "%", ["Input.Type"] = type, ["Input.Aggregation"] = aggregation,
            ["Input.NumeratorId"] = numerator ?? "", ["Input.DenominatorId"] = denominator ?? "", ["Input.ByVillage"] = "true", ["Input.IsActive"] = "true",
        };

        // A percentage is never summed; a ratio needs two summed parts; the code is unique.
        var summedPercent = await Forms.PostAsync(client, "/Reporting/Indicators/Edit", Indicator("TL_NVH", "Percent", "Sum"));
        Assert.Contains("Không cộng các tỷ lệ phần trăm", await Forms.HtmlAsync(summedPercent), StringComparison.Ordinal);
        var noParts = await Forms.PostAsync(client, "/Reporting/Indicators/Edit", Indicator("TL_NVH", "Percent", "Ratio"));
        Assert.Contains("cần tử số và mẫu số", await Forms.HtmlAsync(noParts), StringComparison.Ordinal);
        var badBound = Indicator("TL_NVH", "Decimal", "Max");
        badBound["Input.MaxValue"] = "mười";
        Assert.Contains("Giá trị lớn nhất: “mười” không phải là số", await Forms.HtmlAsync(await Forms.PostAsync(client, "/Reporting/Indicators/Edit", badBound)), StringComparison.Ordinal);
        var duplicate = await Forms.PostAsync(client, "/Reporting/Indicators/Edit", Indicator("ho_tong", "Integer", "Sum"));
        Assert.Contains("Mã chỉ tiêu HO_TONG đã có", await Forms.HtmlAsync(duplicate), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.Indicators.AnyAsync(i => i.Code == "TL_NVH")));

        var created = await Forms.PostAsync(client, "/Reporting/Indicators/Edit", Indicator("tl_nvh", "Percent", "Ratio", ids["HO_NUOC_SACH"].ToString(), ids["HO_TONG"].ToString()));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var indicator = await app.WithDbAsync((db, _) => db.Indicators.SingleAsync(i => i.Code == "TL_NVH"));
        Assert.Equal((0m, 100m, ids["HO_TONG"]), (indicator.MinValue!.Value, indicator.MaxValue!.Value, indicator.DenominatorId!.Value));

        // Renamed and retired; the list finds it without diacritics and shows it as retired.
        var fields = Indicator("TL_NVH", "Percent", "Ratio", ids["HO_NUOC_SACH"].ToString(), ids["HO_TONG"].ToString());
        fields["Input.Name"] = "Tỷ lệ thôn có nhà văn hóa đạt chuẩn";
        fields["Input.IsActive"] = "false";
        fields["Input.MaxValue"] = "99,5";
        var edited = await Forms.PostAsync(client, $"/Reporting/Indicators/Edit/{indicator.Id}", fields);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(99.5m, (await app.WithDbAsync((db, _) => db.Indicators.SingleAsync(i => i.Code == "TL_NVH"))).MaxValue);
        // A statistic of the villages names the one kind of unit that reports it; an activity the kinds that carry it out.
        var villageStatistic = Indicator("THON_NVH", "Integer", "Sum");
        var noReporter = await Forms.PostAsync(client, "/Reporting/Indicators/Edit", villageStatistic);
        Assert.Contains("hãy chọn đúng một loại đơn vị báo cáo", await Forms.HtmlAsync(noReporter), StringComparison.Ordinal);
        var unknownKind = await client.PostAsync("/Reporting/Indicators/Edit", new FormUrlEncodedContent(
            [.. villageStatistic, new("Input.ReporterKinds", "khong-co"), new("__RequestVerificationToken", await Forms.AntiforgeryTokenAsync(client, "/Reporting/Indicators/Edit"))]));
        Assert.Contains("không còn trong danh mục", await Forms.HtmlAsync(unknownKind), StringComparison.Ordinal);
        var reported = await client.PostAsync("/Reporting/Indicators/Edit", new FormUrlEncodedContent(
            [.. villageStatistic, new("Input.ReporterKinds", "ubnd"), new("__RequestVerificationToken", await Forms.AntiforgeryTokenAsync(client, "/Reporting/Indicators/Edit"))]));
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var statistic = await app.WithDbAsync((db, _) => db.Indicators.SingleAsync(i => i.Code == "THON_NVH"));
        Assert.Equal(("ubnd", 0m), (statistic.ReporterKinds, statistic.MinValue!.Value)); // a count is not negative
        Assert.True(statistic.IsReportedBy("ubnd"));
        Assert.False(statistic.IsReportedBy("ct-xh"));

        var list = await Forms.HtmlAsync(await client.GetAsync("/Reporting/Indicators?q=nha van hoa dat chuan"));
        Assert.Contains("TL_NVH", list, StringComparison.Ordinal);
        Assert.Contains("Ngừng dùng", list, StringComparison.Ordinal);
        Assert.DoesNotContain("HO_TONG</code>", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reporting/Indicators/Edit/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task An_organization_admin_may_not_change_reference_data()
    {
        await app.CreateUserAsync("oa.reference@test.vn", MembershipRole.OrganizationAdmin, "TQ.TU", subtree: true);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "oa.reference@test.vn");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Organizations/Areas/Edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Organizations/Kinds/Edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Reporting/Indicators")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(client, "/Organizations/Units", new Dictionary<string, string> { ["Input.Code"] = "X1" }, "/Reporting/Indicators/Edit")).StatusCode);
    }

    private async Task<HttpClient> AdministratorAsync(string email)
    {
        await app.CreateUserAsync(email, administrator: true);
        var key = await app.EnableTwoFactorAsync(email);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, email, totpKey: key);
        return client;
    }

    private static Dictionary<string, string> Fields(string code, string name, string from, string to) => new()
    {
        ["Input.Code"] = code,
        ["Input.Name"] = name,
        ["Input.ValidFrom"] = from,
        ["Input.ValidTo"] = to,
    };
}

public sealed class ReferenceDataFormsTests_Sqlite(SqliteApp app) : ReferenceDataFormsTests(app), IClassFixture<SqliteApp>;

public sealed class ReferenceDataFormsTests_Postgres(PostgresApp app) : ReferenceDataFormsTests(app), IClassFixture<PostgresApp>;
