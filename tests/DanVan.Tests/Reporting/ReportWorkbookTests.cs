using System.Net;
using DanVan.Documents.Spreadsheets;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Tests.Reporting;

/// <summary>A unit's report goes out as .xlsx, comes back filled, and is refused cell by cell when anything is wrong.</summary>
public abstract class ReportWorkbookTests(DanVanApp app)
{
    [Fact]
    public async Task The_excel_form_round_trips_and_a_bad_file_is_refused_cell_by_cell_with_nothing_saved()
    {
        await app.CreateUserAsync("workbook.reviewer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        await app.CreateUserAsync("workbook.writer@test.vn", MembershipRole.Officer, "TL.UBND");
        var reviewer = app.CreateBrowser();
        await Forms.SignInAsync(reviewer, "workbook.reviewer@test.vn");
        await Periods.OpenOnRequestAsync(app, reviewer, "Báo cáo chuyên đề nước sạch 2027", "01/01/2027", "30/04/2027", "10/05/2027");
        var reportId = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Period!.Title == "Báo cáo chuyên đề nước sạch 2027" && r.Organization!.Code == "TL.UBND").Select(r => r.Id).SingleAsync());

        var writer = app.CreateBrowser();
        await Forms.SignInAsync(writer, "workbook.writer@test.vn");
        var editUrl = $"/Reporting/Reports/Edit/{reportId}";
        var download = await writer.GetAsync($"{editUrl}?handler=Workbook");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType!.MediaType);
        var template = await download.Content.ReadAsByteArrayAsync();

        // The form: two sheets, the report's stamp, one row per indicator (per village where so entered), Excel's checks.
        var book = XlsxReader.Read(template);
        var values = book.Sheet("Chỉ tiêu")!;
        Assert.Contains(reportId.ToString(), values[2, 1]!.Text, StringComparison.Ordinal);
        Assert.Equal("Giá trị", values[4, 5]!.Text);
        var rows = Enumerable.Range(5, values.LastRow - 4).ToDictionary(r => $"{values[r, 1]!.Text}|{values[r, 4]!.Text}");
        var villageNames = await app.WithDbAsync((db, _) => db.Areas.Where(a => a.Parent!.Code == "02287").OrderBy(a => a.Code).Select(a => a.Name).ToListAsync());
        var (village, second) = (villageNames[0], villageNames[1]);
        Assert.DoesNotContain(rows.Keys, k => k.StartsWith("TL_BHYT|", StringComparison.Ordinal)); // a ratio is computed, not entered
        var narrative = book.Sheet("Nội dung")!;
        using (var document = SpreadsheetDocument.Open(new MemoryStream(template), false))
        {
            Assert.True(document.WorkbookPart!.WorksheetParts.Sum(p => p.Worksheet.Descendants<DataValidation>().Count()) >= rows.Count);
        }

        // A bad file: every problem named by sheet, row, column and reason; nothing saved.
        int Row(string code, string place) => rows[$"{code}|{place}"];
        var bad = XlsxEdit.Set(template, "Chỉ tiêu",
            ($"E{Row("DAN_SO", village)}", "nhiều"),
            ($"E{Row("HS_BO_HOC", village)}", 2.5m),
            ($"D{Row("HO_TONG", village)}", "Thôn Không Có"),
            ($"E{Row("HO_NUOC_SACH", village)}", -4),
            ($"E{Row("DAN_SO", second)}", 300), ($"E{Row("BHYT", second)}", 350),
            ($"A{values.LastRow + 1}", "KHONG_CO"), ($"E{values.LastRow + 1}", 3));
        bad = XlsxEdit.Set(bad, "Nội dung", ("A5", "IX.99"), ("C5", "Kết quả"));
        var refused = await Forms.HtmlAsync(await UploadAsync(writer, editUrl, bad));
        Assert.Contains("Chưa nhập gì từ tệp Excel", refused, StringComparison.Ordinal);
        Assert.Contains($"Trang “Chỉ tiêu”, dòng {Row("DAN_SO", village)}, cột E: “nhiều” không phải là số", refused, StringComparison.Ordinal);
        Assert.Contains($"Trang “Chỉ tiêu”, dòng {Row("HS_BO_HOC", village)}, cột E: phải là số nguyên", refused, StringComparison.Ordinal);
        Assert.Contains($"Trang “Chỉ tiêu”, dòng {Row("HO_TONG", village)}, cột D: “Thôn Không Có” không phải là thôn của đơn vị", refused, StringComparison.Ordinal);
        Assert.Contains($"Trang “Chỉ tiêu”, dòng {values.LastRow + 1}, cột A: không có chỉ tiêu mã “KHONG_CO”", refused, StringComparison.Ordinal);
        Assert.Contains("Trang “Nội dung”, dòng 5, cột A: nhiệm vụ số “IX.99” không phải nhiệm vụ của đơn vị", refused, StringComparison.Ordinal);
        // A rule of the catalog (a count is never negative) is named in the same pass as the cells that are not numbers.
        Assert.Contains($"Trang “Chỉ tiêu”, dòng {Row("HO_NUOC_SACH", village)}, cột E:", refused, StringComparison.Ordinal);
        Assert.Contains($"Trang “Chỉ tiêu”, dòng {Row("BHYT", second)}, cột E: BHYT", refused, StringComparison.Ordinal);
        Assert.DoesNotContain($"dòng {Row("DAN_SO", village)}, cột E: DAN_SO", refused, StringComparison.Ordinal);
        Assert.Equal(0, await RevisionAsync(reportId));

        // A rule across two cells (insured ≤ population) is reported at the row of the value.
        var over = XlsxEdit.Set(template, "Chỉ tiêu", ($"E{Row("DAN_SO", village)}", 400), ($"E{Row("BHYT", village)}", 450));
        Assert.Contains($"Trang “Chỉ tiêu”, dòng {Row("BHYT", village)}, cột E: BHYT", await Forms.HtmlAsync(await UploadAsync(writer, editUrl, over)), StringComparison.Ordinal);
        Assert.Equal(0, await RevisionAsync(reportId));

        // Not a workbook at all.
        Assert.Contains("không phải là bảng tính Excel", await Forms.HtmlAsync(await UploadAsync(writer, editUrl, "xin chào"u8.ToArray())), StringComparison.Ordinal);

        // A good file is saved as the draft: numbers typed as text the Vietnamese way, numbers as numbers, narratives.
        var good = XlsxEdit.Set(template, "Chỉ tiêu", ($"E{Row("DAN_SO", village)}", "1.250"), ($"E{Row("BHYT", village)}", 1180), ($"E{Row("MH_DVK", "Toàn đơn vị")}", 2));
        good = XlsxEdit.Set(good, "Nội dung", ("C5", "Vận động 120 hộ làm bể nước sạch."), ("E5", "Hỗ trợ thêm ống dẫn nước."));
        var accepted = await UploadAsync(writer, editUrl, good);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var saved = await app.WithDbAsync((db, _) => db.Reports.Include(r => r.Values).Include(r => r.Narratives).SingleAsync(r => r.Id == reportId));
        Assert.Equal(1, saved.Revision);
        var codes = await app.WithDbAsync((db, _) => db.Indicators.ToDictionaryAsync(i => i.Id, i => i.Code));
        Assert.Equal(1250m, saved.Values.Single(v => codes[v.IndicatorId] == "DAN_SO").Number);
        Assert.Equal(1180m, saved.Values.Single(v => codes[v.IndicatorId] == "BHYT").Number);
        Assert.Equal("Vận động 120 hộ làm bể nước sạch.", saved.Narratives.Single().Results);
        Assert.Equal("Hỗ trợ thêm ống dẫn nước.", saved.Narratives.Single().Proposals);
        var downloadedAgain = XlsxReader.Read(await writer.GetByteArrayAsync($"{editUrl}?handler=Workbook"));
        Assert.Equal(1250m, downloadedAgain.Sheet("Chỉ tiêu")![Row("DAN_SO", village), 5]!.Number);

        // The first file again: the report changed since it was downloaded, so it is refused rather than overwrite.
        var stale = await Forms.HtmlAsync(await UploadAsync(writer, editUrl, good));
        Assert.Contains("đã được sửa trên DanVan sau khi tải tệp này", stale, StringComparison.Ordinal);
        Assert.Equal(1, await RevisionAsync(reportId));
        Assert.Equal("Kết quả thực hiện", narrative[4, 3]!.Text);
    }

    private Task<int> RevisionAsync(Guid reportId) => app.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == reportId).Select(r => r.Revision).SingleAsync());

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string editUrl, byte[] bytes)
    {
        var token = await Forms.AntiforgeryTokenAsync(client, editUrl);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "workbook", "bao-cao.xlsx" },
        };
        return await client.PostAsync($"{editUrl}?handler=Workbook", form);
    }
}

public sealed class ReportWorkbookTests_Sqlite(SqliteApp app) : ReportWorkbookTests(app), IClassFixture<SqliteApp>;

public sealed class ReportWorkbookTests_Postgres(PostgresApp app) : ReportWorkbookTests(app), IClassFixture<PostgresApp>;
