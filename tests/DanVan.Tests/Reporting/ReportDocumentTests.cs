using System.Net;
using System.Text;
using DanVan.Documents.Spreadsheets;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Reporting.Periods;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Tests.Reporting;

/// <summary>A report becomes an official document: numbered from the issuer's counter, laid out as a Party document, downloadable as .docx, .xlsx and PDF.</summary>
public abstract class ReportDocumentTests(DanVanApp app)
{
    [Fact]
    public async Task The_commune_issues_its_report_as_a_numbered_party_document()
    {
        await app.CreateUserAsync("document.officer@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        await app.CreateUserAsync("document.viewer@test.vn", MembershipRole.Viewer, "TL.DU");
        await app.CreateUserAsync("document.outsider@test.vn", MembershipRole.Officer, "TQ.SNV");
        var reports = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Organization!.Code == "TL.DU" && r.Period!.Year == 2026)
            .Select(r => new { r.Id, r.Period!.Kind }).ToDictionaryAsync(r => r.Kind, r => r.Id));
        var officer = app.CreateBrowser();
        await Forms.SignInAsync(officer, "document.officer@test.vn");
        var url = $"/Reporting/Reports/Document/{reports[PeriodKind.SixMonth]}";

        var form = HtmlForm.Read(await officer.GetStringAsync(url), "document-form");
        Assert.Equal("T/M Đảng ủy", form["Input.SignatureAuthority"]);
        Assert.Equal("Thượng Lâm", form["Input.Place"]);
        Assert.Contains("(để báo cáo)", form["Input.Recipients"], StringComparison.Ordinal);
        Assert.Contains("ngày/tháng/năm", await Forms.HtmlAsync(await form.Set("Input.IssuedOn", "2026-06-25").PostAsync(officer, url)), StringComparison.Ordinal);
        Assert.Contains("Nơi nhận", await Forms.HtmlAsync(await form.Set("Input.IssuedOn", "25/06/2026").Set("Input.Recipients", " ").PostAsync(officer, url)), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.IssuedDocuments.AnyAsync()));

        form.Set("Input.Recipients", "Ban Thường vụ Tỉnh ủy (để báo cáo)\nLưu Văn phòng Đảng ủy").Set("Input.SignerName", "Nguyễn Văn An");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(officer, url)).StatusCode);
        var issued = await app.WithDbAsync((db, _) => db.IssuedDocuments.SingleAsync(d => d.ReportId == reports[PeriodKind.SixMonth]));
        Assert.Equal(("01-BC/ĐU", "2025-2030"), (issued.Symbol, issued.Term));

        // Saving again changes the details, never the number; the next report of the unit takes 02.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await officer.GetStringAsync(url), "document-form").Set("Input.SignerName", "Lò Văn Bình").PostAsync(officer, url)).StatusCode);
        var annualUrl = $"/Reporting/Reports/Document/{reports[PeriodKind.Annual]}";
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Read(await officer.GetStringAsync(annualUrl), "document-form").PostAsync(officer, annualUrl)).StatusCode);
        var symbols = await app.WithDbAsync((db, _) => db.IssuedDocuments.OrderBy(d => d.Sequence).Select(d => d.Symbol).ToListAsync());
        Assert.Equal(["01-BC/ĐU", "02-BC/ĐU"], symbols);

        // The .docx as LibreOffice reads it: the Party layout with the report's content.
        var docx = await officer.GetByteArrayAsync($"{url}?handler=Docx");
        var text = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(docx, "docx", "txt:Text"));
        foreach (var expected in new[] { "ĐẢNG BỘ TỈNH TUYÊN QUANG", "ĐẢNG ỦY XÃ THƯỢNG LÂM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 01-BC/ĐU", "Thượng Lâm, ngày 25 tháng 06 năm 2026", "BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN", "T/M ĐẢNG ỦY", "Lò Văn Bình", "- Lưu Văn phòng Đảng ủy." })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var figures = XlsxReader.Read(await officer.GetByteArrayAsync($"{url}?handler=Xlsx")).Sheet("Chỉ tiêu")!;
        Assert.Equal("Mã", figures[2, 1]!.Text);
        var hasValues = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == reports[PeriodKind.SixMonth]).SelectMany(r => r.Values).AnyAsync(v => v.Number != null));
        Assert.Equal(hasValues, figures.LastRow > 2);
        var pdf = await officer.GetAsync($"{url}?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var pages = await pdf.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pages[..4]), StringComparison.Ordinal);

        // As printed: each header line whole; each task named once, by its number and short title, with its account beneath.
        var lines = PdfPages.Lines(pages);
        foreach (var whole in new[] { "ĐẢNG BỘ TỈNH TUYÊN QUANG", "ĐẢNG ỦY XÃ THƯỢNG LÂM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 01-BC/ĐU", "Thượng Lâm, ngày 25 tháng 06 năm 2026" })
        {
            Assert.True(lines.Contains(whole), $"'{whole}' is not one line: {string.Join(" | ", lines.Take(8))}");
        }

        var told = await app.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == reports[PeriodKind.SixMonth]).SelectMany(r => r.Narratives)
            .Where(n => n.Results != null || n.Limitations != null || n.Proposals != null)
            .Join(db.PlanTasks, n => n.TaskId, t => t.Id, (n, t) => t.Number).ToListAsync());
        Assert.NotEmpty(told);
        foreach (var number in told)
        {
            Assert.Equal(1, text.Split('\n').Count(l => l.TrimStart().StartsWith($"{number}. ", StringComparison.Ordinal)));
        }

        await PdfPages.SaveImageAsync(pages, $"report-party-{app.Engine.ToString().ToLowerInvariant()}");

        // A reader downloads but does not issue; another branch does not find it.
        var viewer = app.CreateBrowser();
        await Forms.SignInAsync(viewer, "document.viewer@test.vn");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"{url}?handler=Docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(viewer, "/", new Dictionary<string, string> { ["Input.Place"] = "X" }, url)).StatusCode);
        var outsider = app.CreateBrowser();
        await Forms.SignInAsync(outsider, "document.outsider@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
    }
}

public sealed class ReportDocumentTests_Sqlite(SqliteApp app) : ReportDocumentTests(app), IClassFixture<SqliteApp>;

public sealed class ReportDocumentTests_Postgres(PostgresApp app) : ReportDocumentTests(app), IClassFixture<PostgresApp>;
