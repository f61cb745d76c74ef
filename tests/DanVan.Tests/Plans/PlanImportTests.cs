using System.Net;
using DanVan.Documents;
using DanVan.Documents.Plans;
using DanVan.Tests.Documents;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using DanVan.Web.Modules.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Audit.Contracts;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Tests.Plans;

/// <summary>Upload → review → confirm through the real pages, on each engine.</summary>
public abstract class PlanImportTests(DanVanApp app)
{
    [Fact]
    public async Task Demo_data_imports_both_seed_plans_through_the_importer_parent_to_child()
    {
        var (provincial, commune) = await app.WithDbAsync(async (db, _) =>
        {
            var plans = await db.Plans.Include(p => p.Document).Include(p => p.Organization).Include(p => p.ImplementsDocument)
                .Include(p => p.Tasks).ThenInclude(t => t.Assignments).ThenInclude(a => a.Organization)
                .Where(p => p.IsDemo).AsSplitQuery().ToListAsync();
            return (plans.Single(p => p.Organization!.Code == "TQ.TU"), plans.Single(p => p.Organization!.Code == "TL.DU"));
        });

        Assert.Equal("103-KH/TU", provincial.Document!.Number);
        Assert.Equal(new DateOnly(2026, 4, 1), provincial.Document.IssuedOn);
        Assert.Equal("236-KL/TW", provincial.ImplementsDocument!.Number);
        Assert.True(provincial.ImplementsDocument.IsStub);
        Assert.Equal(["II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III.1", "III.2", "III.3", "III.4", "III.5", "III.5.1", "III.5.2", "III.5.3", "III.6"], provincial.Tasks.OrderBy(t => t.Position).Select(t => t.Number));
        Assert.Equal(["TQ.BTGDV"], Units(provincial, "III.1"));
        Assert.Equal(["TQ.CCB", "TQ.HND", "TQ.HPN", "TQ.LDLD", "TQ.MTTQ", "TQ.TD"], Units(provincial, "III.4"));
        Assert.Equal(["TQ.SNV", "TQ.SVHTTDL"], Units(provincial, "III.5"));
        Assert.Equal(["TL.DU"], Units(provincial, "III.6"));
        Assert.True(provincial.ReportsAnnually);

        Assert.Null(commune.Document!.Number);
        Assert.Equal(provincial.Id, commune.ParentPlanId);
        Assert.Equal(provincial.ImplementsDocumentId, commune.ImplementsDocumentId);
        Assert.Equal(19, commune.Tasks.Count);
        Assert.All(commune.Tasks, t => Assert.NotNull(t.ParentTaskId));
        Assert.Equal(["TL.CB01", "TL.CB02", "TL.CB03", "TL.CCB", "TL.DTN", "TL.HND", "TL.HPN", "TL.MTTQ"], Units(commune, "IV.1"));
        Assert.Equal(["TL.BXDD"], Units(commune, "IV.7"));
        var unlisted = commune.Tasks.Single(t => t.Number == "IV.7").Assignments.Single(a => a.OrganizationId is null);
        Assert.Equal(("các cơ quan, đơn vị liên quan", AssignmentRole.Coordinate), (unlisted.UnitName, unlisted.Role));
        Assert.True(commune.ReportsSixMonthly && commune.ReportsAnnually && commune.ReportsOnRequest);

        var (files, numbers) = await app.WithDbAsync(async (db, _) => (
            await db.SourceFiles.Where(f => f.PlanId == provincial.Id || f.PlanId == commune.Id).ToListAsync(),
            await db.Documents.Where(d => d.Number != null).Select(d => d.Number!).ToListAsync()));
        Assert.Equal(Samples.Bytes(Samples.ProvincialPlan), files.Single(f => f.PlanId == provincial.Id).Content);
        Assert.Equal(Samples.Bytes(Samples.CommunePlan), files.Single(f => f.PlanId == commune.Id).Content);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Contains("55-NQ/TU", numbers);
    }

    [Fact]
    public async Task A_document_already_in_DanVan_is_flagged_before_the_review_by_number_or_by_title_and_text()
    {
        await app.CreateUserAsync("officer.duplicate@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        var commune = await app.OrganizationAsync("TL.DU");
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "officer.duplicate@test.vn");
        var existing = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.OrganizationId == commune.Id).Select(p => p.Id).SingleAsync());

        // Without a number: the same title from the same issuer, the text retyped with a line more: nearly the same.
        var retyped = Samples.Text(Samples.CommunePlan).Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\nBản đánh máy lại.\r\n";
        var (_, _, html) = await PlanUploads.ReviewAsync(client, "ke-hoach-danh-may-lai.txt", System.Text.Encoding.UTF8.GetBytes(retyped), commune.Id);
        Assert.Contains("gần như cùng nội dung", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Plans/Details/{existing}\"", html, StringComparison.Ordinal);

        // Another commune's plan of another title is not flagged; nor is a different text under the same title.
        var other = Samples.Text(Samples.CommunePlan);
        other = other[..(other.Length / 3)] + "\nIII. NHIỆM VỤ KHÁC\n1. Tổ chức hội thi tìm hiểu pháp luật cho đoàn viên, hội viên các thôn.\n";
        (_, _, html) = await PlanUploads.ReviewAsync(client, "ke-hoach-khac.txt", System.Text.Encoding.UTF8.GetBytes(other), commune.Id);
        Assert.DoesNotContain("id=\"duplicates\"", html, StringComparison.Ordinal);

        // With a number: the registry's entry of the same number and issuer.
        var numbered = Samples.Text(Samples.ProvincialPlan);
        var provincial = await app.OrganizationAsync("TQ.TU");
        await app.CreateUserAsync("officer.duplicate.province@test.vn", MembershipRole.Officer, "TQ.TU", subtree: true);
        var province = app.CreateBrowser();
        await Forms.SignInAsync(province, "officer.duplicate.province@test.vn");
        var (url, form, first) = await PlanUploads.ReviewAsync(province, "ke-hoach-tinh.txt", System.Text.Encoding.UTF8.GetBytes(numbered + "\n"), provincial.Id);
        Assert.Contains("gần như cùng nội dung", first, StringComparison.Ordinal);
        var refreshed = await Forms.HtmlAsync(await form.Set("Draft.Number", "103-KH/TU").PostAsync(province, url + "&handler=Refresh"));
        Assert.Contains("cùng số 103-KH/TU và cơ quan ban hành", refreshed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_reviews_merges_splits_and_confirms_and_nothing_is_saved_before_confirmation()
    {
        await app.CreateUserAsync("officer.import@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        var commune = await app.OrganizationAsync("TL.DU");
        var provincial = await ProvincialPlanIdAsync();
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "officer.import@test.vn");
        var before = await CountsAsync();

        var (url, form, html) = await PlanUploads.ReviewAsync(client, "ke-hoach-xa.txt", Samples.Bytes(Samples.CommunePlan), commune.Id);
        Assert.Contains("Chưa có gì được lưu", html, StringComparison.Ordinal);
        Assert.Contains("id=\"L24\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#L24\"", html, StringComparison.Ordinal);
        Assert.Equal(provincial.ToString(), form["Draft.ParentPlanId"]);
        Assert.Equal("II.1", form["Draft.Tasks[0].Number"]);
        Assert.Equal(19, form.Names.Count(n => n.EndsWith("].Text", StringComparison.Ordinal)));

        form = await EditAsync(client, url, form, "Merge", 0);
        Assert.Equal(18, form.Names.Count(n => n.EndsWith("].Text", StringComparison.Ordinal)));
        Assert.Contains("Đẩy mạnh công tác tuyên truyền", form["Draft.Tasks[0].Text"], StringComparison.Ordinal);
        form = await EditAsync(client, url, form.Set("Draft.Tasks[0].Text", "Phần thứ nhất.\n\nPhần thứ hai."), "Split", 0);
        Assert.Equal(("Phần thứ nhất.", "Phần thứ hai.", "II.1.1"), (form["Draft.Tasks[0].Text"], form["Draft.Tasks[1].Text"], form["Draft.Tasks[1].Number"]));
        form = await EditAsync(client, url, form, "Remove", 18);
        Assert.Equal(18, form.Names.Count(n => n.EndsWith("].Text", StringComparison.Ordinal)));
        Assert.Equal(before, await CountsAsync());

        var refused = await form.Set("Draft.IssuedOn", "31/02/2026").PostAsync(client, url + "&handler=Confirm");
        var refusal = await Forms.HtmlAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Ngày ban hành “31/02/2026” không hợp lệ", refusal, StringComparison.Ordinal);
        Assert.Contains("Chưa chọn đơn vị trong DanVan cho “các cơ quan, đơn vị”", refusal, StringComparison.Ordinal);

        // The demo imported this very file: flagged from the first view, and saved only once the officer says it is another.
        Assert.Contains("cùng tệp đã được tải lên trước đây", html, StringComparison.Ordinal);
        Assert.Contains("có vẻ đã có trong DanVan", refusal, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());

        form = HtmlForm.Read(await refused.Content.ReadAsStringAsync(), "review").Set("Draft.Number", "15-KH/ĐU").Set("Draft.IssuedOn", "5/5/2026").Set("Draft.NotDuplicate", "true");
        foreach (var unmatched in UnmatchedUnits(form))
        {
            form.Set(unmatched.Replace(".Name", ".Unlisted", StringComparison.Ordinal), "true", "false");
        }

        var confirmed = await form.PostAsync(client, url + "&handler=Confirm");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.StartsWith("/Plans/Details/", confirmed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var plan = await app.WithDbAsync((db, _) => db.Plans.Include(p => p.Document).Include(p => p.Tasks).ThenInclude(t => t.Assignments)
            .SingleAsync(p => p.Document!.Number == "15-KH/ĐU"));
        Assert.Equal((commune.Id, provincial, new DateOnly(2026, 5, 5), 18), (plan.OrganizationId, plan.ParentPlanId!.Value, plan.Document!.IssuedOn!.Value, plan.Tasks.Count));
        Assert.Equal("Phần thứ nhất.", plan.Tasks.Single(t => t.Position == 1).Text);
        var after = await CountsAsync();
        Assert.Equal((before.Plans + 1, before.Tasks + 18, before.Files + 1), (after.Plans, after.Tasks, after.Files));
        Assert.Equal(Samples.Bytes(Samples.CommunePlan), await app.WithDbAsync((db, _) => db.SourceFiles.Where(f => f.PlanId == plan.Id).Select(f => f.Content).SingleAsync()));
        Assert.True(await app.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Plan) && a.EntityId == plan.Id.ToString())));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Documents.CountAsync(d => d.Number == "236-KL/TW")));

        var page = await Forms.HtmlAsync(await client.GetAsync(confirmed.Headers.Location));
        Assert.Contains("Kế hoạch số 15-KH/ĐU", page, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch số 103-KH/TU", page, StringComparison.Ordinal);
        Assert.Contains("ke-hoach-xa.txt", page, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy tệp đang chờ xác nhận", await Forms.HtmlAsync(await client.GetAsync(url)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directive_numbered_one_two_three_imports_with_its_items_as_tasks_and_their_cycles()
    {
        await app.CreateUserAsync("officer.directive@test.vn", MembershipRole.Officer, "TQ.TU", subtree: true);
        var province = await app.OrganizationAsync("TQ.TU");
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "officer.directive@test.vn");
        var (url, form, html) = await PlanUploads.ReviewAsync(client, "chi-thi.txt", System.Text.Encoding.UTF8.GetBytes(DanVan.Tests.Documents.DirectiveTests.Directive), province.Id);
        // The items are the tasks; the units' duties in "Tổ chức thực hiện" are theirs, as in a plan.
        Assert.Equal(["1", "2", "3", "4.a", "4.b"], Enumerable.Range(0, 5).Select(i => form[$"Draft.Tasks[{i}].Number"]));
        Assert.Null(form["Draft.Tasks[5].Number"]);
        foreach (var unmatched in UnmatchedUnits(form))
        {
            form.Set(unmatched.Replace(".Name", ".Unlisted", StringComparison.Ordinal), "true", "false");
        }

        var confirmed = await form.PostAsync(client, url + "&handler=Confirm");
        Assert.True(confirmed.StatusCode == HttpStatusCode.Redirect, await Forms.HtmlAsync(confirmed));
        var plan = await app.WithDbAsync((db, _) => db.Plans.Include(p => p.Document).Include(p => p.Tasks).ThenInclude(t => t.Assignments)
            .SingleAsync(p => p.Document!.Number == "12-CT/TU"));
        Assert.Equal(["1", "2", "3", "4.a", "4.b"], plan.Tasks.OrderBy(t => t.Position).Select(t => t.Number));
        // Whatever path gave the parts, they have their cycles.
        var parts = plan.Tasks.SelectMany(t => t.Assignments).Select(a => a.Id).ToList();
        Assert.NotEmpty(parts);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.TaskAssignments.CountAsync(a => parts.Contains(a.Id) && !a.Cycles.Any())));
    }

    [Fact]
    public async Task A_regulation_goes_into_the_registry_and_a_programme_can_take_each_bullet_as_a_task()
    {
        await app.CreateUserAsync("officer.shapes@test.vn", MembershipRole.Officer, "TQ.TU", subtree: true);
        var province = await app.OrganizationAsync("TQ.TU");
        var commune = await app.OrganizationAsync("TL.DU");
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "officer.shapes@test.vn");

        // A regulation in chapters and articles holds no tasks: the page says so and offers the registry, never a refusal.
        var plansBefore = await app.WithDbAsync((db, _) => db.Plans.CountAsync());
        var (url, form, html) = await PlanUploads.ReviewAsync(client, "quy-dinh.txt", System.Text.Encoding.UTF8.GetBytes(DanVan.Tests.Documents.DocumentShapeTests.Regulation), province.Id);
        Assert.Contains("không có nhiệm vụ để giao và theo dõi", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("id=\"register-document\"", html, StringComparison.Ordinal);
        // Two clicks at once (a double-click, a second tab): one entry, and the other click is told it was saved.
        var clicks = await Task.WhenAll(form.PostAsync(client, url + "&handler=Register"), form.PostAsync(client, url + "&handler=Register"));
        var registered = Assert.Single(clicks, c => c.StatusCode == HttpStatusCode.Redirect);
        var second = Assert.Single(clicks, c => c.StatusCode != HttpStatusCode.Redirect);
        // Told it was saved: by the save itself, or, when the first had already finished, by the page that no longer finds the file.
        Assert.Matches("Văn bản này đã được lưu|tệp đã được lưu", await Forms.HtmlAsync(second));
        var document = await app.WithDbAsync((db, _) => db.Documents.SingleAsync(d => d.Number == "07-QĐi/TU"));
        Assert.Equal(("Quy định", false, province.Id), (document.Kind, document.IsStub, document.OrganizationId!.Value));
        Assert.True(await app.WithDbAsync((db, _) => db.DocumentCitations.AnyAsync(c => c.CitingId == document.Id && c.Cited!.Number == "100-KL/TW")));
        Assert.Equal(plansBefore, await app.WithDbAsync((db, _) => db.Plans.CountAsync()));
        Assert.Equal($"/Plans/Registry/Details/{document.Id}", registered.Headers.Location!.OriginalString);

        // The entry keeps the file it was made from, as a plan does: its page offers it, the download is the upload.
        var entry = await Forms.HtmlAsync(await client.GetAsync($"/Plans/Registry/Details/{document.Id}"));
        Assert.Contains("quy-dinh.txt</a> (", entry, StringComparison.Ordinal);
        Assert.Matches(@"\(\d+(,\d)? (byte|KB), tải lên", entry);
        var file = await client.GetAsync($"/Plans/Registry/Details/{document.Id}?handler=Source");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(DanVan.Tests.Documents.DocumentShapeTests.Regulation, System.Text.Encoding.UTF8.GetString(await file.Content.ReadAsByteArrayAsync()));

        // A programme in parts, its number on the line after "Số:": one task per bullet when the officer chooses so.
        (url, form, _) = await PlanUploads.ReviewAsync(client, "chuong-trinh.txt", System.Text.Encoding.UTF8.GetBytes(DanVan.Tests.Documents.DocumentShapeTests.Programme), commune.Id);
        Assert.Equal("45-CTr/ĐU", form["Draft.Number"]);
        Assert.Equal(("II.1", "II.2"), (form["Draft.Tasks[0].Number"], form["Draft.Tasks[1].Number"]));
        var split = HtmlForm.Read(await Forms.HtmlAsync(await form.PostAsync(client, url + "&handler=SplitAll")), "review");
        Assert.Equal(["II.1", "II.1.1", "II.1.2", "II.2"], Enumerable.Range(0, 4).Select(i => split[$"Draft.Tasks[{i}].Number"]));
        Assert.Equal("Hoàn thành trong quý II năm 2026.", split["Draft.Tasks[1].Text"]);
    }

    [Fact]
    public async Task Bad_files_get_a_clear_message_and_nothing_is_staged_or_saved()
    {
        await app.CreateUserAsync("officer.badfile@test.vn", MembershipRole.Officer, "TL.UBND");
        var unit = await app.OrganizationAsync("TL.UBND");
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "officer.badfile@test.vn");
        var before = await CountsAsync();
        Task<int> StagedAsync() => app.WithDbAsync((db, _) => db.Set<DanVan.Web.Modules.Plans.Import.StagedImport>().CountAsync());
        var stagedBefore = await StagedAsync();
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);
        var cases = new (string Name, byte[] Content)[]
        {
            ("trong.txt", []),
            ("nhi-phan.txt", binary),
            ("ke-hoach.pdf", "%PDF-1.7 ..."u8.ToArray()),
            ("thu.txt", "Kính gửi các đồng chí, hẹn gặp lại vào tuần sau."u8.ToArray()),
            ("hong.docx", "PK\u0003\u0004 not really a zip"u8.ToArray()),
        };
        foreach (var (name, content) in cases)
        {
            var response = await PlanUploads.UploadAsync(client, name, content, unit.Id);
            var html = await Forms.HtmlAsync(response);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode}");
            Assert.Contains(content.Length == 0 ? "rỗng (0 byte)" : Refusal(name, content), html, StringComparison.Ordinal);
        }

        var huge = await PlanUploads.UploadAsync(client, "qua-lon.txt", new byte[DocumentReader.MaxFileBytes + 1], unit.Id);
        Assert.Contains("quá giới hạn của một kế hoạch", await Forms.HtmlAsync(huge), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(stagedBefore, await StagedAsync());
    }

    [Fact]
    public async Task Plans_reach_the_branch_below_their_issuer_but_never_a_sibling_branch()
    {
        await app.CreateUserAsync("officer.snv.scope@test.vn", MembershipRole.Officer, "TQ.SNV");
        await app.CreateUserAsync("officer.commune.scope@test.vn", MembershipRole.Officer, "TL.DU", subtree: true);
        var (provincial, commune) = (await ProvincialPlanIdAsync(), await CommunePlanIdAsync());
        var communeTask = await app.WithDbAsync((db, _) => db.PlanTasks.Where(t => t.PlanId == commune).Select(t => t.Id).FirstAsync());
        var snv = app.CreateBrowser();
        await Forms.SignInAsync(snv, "officer.snv.scope@test.vn");

        Assert.Equal(HttpStatusCode.OK, (await snv.GetAsync($"/Plans/Details/{provincial}")).StatusCode);
        foreach (var url in new[] { $"/Plans/Details/{commune}", $"/Plans/Details/{commune}?handler=Source", $"/Plans/Tasks/Details/{communeTask}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await snv.GetAsync(url)).StatusCode);
        }

        var list = await Forms.HtmlAsync(await snv.GetAsync("/Plans"));
        Assert.Contains("103-KH/TU", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Đảng ủy xã Thượng Lâm", list, StringComparison.Ordinal);
        var wrongIssuer = await PlanUploads.UploadAsync(snv, "x.txt", Samples.Bytes(Samples.CommunePlan), (await app.OrganizationAsync("TL.DU")).Id);
        Assert.Equal(HttpStatusCode.Forbidden, wrongIssuer.StatusCode);

        var communeClient = app.CreateBrowser();
        await Forms.SignInAsync(communeClient, "officer.commune.scope@test.vn");
        var (url2, _, _) = await PlanUploads.ReviewAsync(communeClient, "xa.txt", Samples.Bytes(Samples.CommunePlan), (await app.OrganizationAsync("TL.DU")).Id);
        var othersDraft = await snv.GetAsync(url2);
        Assert.Equal(HttpStatusCode.NotFound, othersDraft.StatusCode);
        Assert.Contains("Không tìm thấy tệp đang chờ xác nhận", await Forms.HtmlAsync(othersDraft), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await communeClient.GetAsync($"/Plans/Details/{provincial}")).StatusCode);
    }

    [Fact]
    public async Task A_unit_concretizes_its_tasks_into_its_own_plan_and_the_chain_leads_back_to_the_directive()
    {
        await app.CreateUserAsync("officer.snv.cascade@test.vn", MembershipRole.Officer, "TQ.SNV");
        await app.CreateUserAsync("officer.commune.cascade@test.vn", MembershipRole.OrganizationAdmin, "TL.DU", subtree: true);
        var snv = await app.OrganizationAsync("TQ.SNV");
        var provincial = await ProvincialPlanIdAsync();
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "officer.snv.cascade@test.vn");
        Assert.Contains("Cụ thể hóa cho Sở Nội vụ", await Forms.HtmlAsync(await client.GetAsync($"/Plans/Details/{provincial}")), StringComparison.Ordinal);

        var stub = await app.WithDbAsync(async (db, _) =>
        {
            var cited = OfficialDocument.CreateStub("Kế hoạch", "27/KH-SNV", null, null, DateTime.UtcNow);
            db.Documents.Add(cited);
            await db.SaveChangesAsync();
            return cited.Id;
        });
        var url = $"/Plans/Cascade/Create?planId={provincial}&organizationId={snv.Id}";
        var form = HtmlForm.Read(await client.GetStringAsync(url), "cascade");
        Assert.Equal(2, form.Values("Input.TaskIds").Count);
        var created = await form.Set("Input.IssuedOn", "10/05/2026").Set("Input.Number", "27/KH-SNV").PostAsync(client, url);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var plan = await app.WithDbAsync((db, _) => db.Plans.Include(p => p.Tasks).ThenInclude(t => t.ParentTask).SingleAsync(p => p.Document!.Number == "27/KH-SNV"));
        Assert.Equal((snv.Id, provincial, stub), (plan.OrganizationId, plan.ParentPlanId!.Value, plan.DocumentId));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Documents.CountAsync(d => d.Number == "27/KH-SNV")));
        Assert.Equal(["III.5", "III.5.2"], plan.Tasks.OrderBy(t => t.Position).Select(t => t.Number));
        Assert.All(plan.Tasks, t => Assert.Equal((provincial, t.Number), (t.ParentTask!.PlanId, t.ParentTask.Number)));

        var page = await Forms.HtmlAsync(await client.GetAsync($"/Plans/Tasks/Details/{plan.Tasks.Single(t => t.Number == "III.5.2").Id}"));
        var chain = page[page.IndexOf("chain-heading", StringComparison.Ordinal)..];
        Assert.Contains("Kết luận số 236-KL/TW", chain, StringComparison.Ordinal);
        Assert.True(chain.IndexOf("Kế hoạch số 103-KH/TU", StringComparison.Ordinal) < chain.IndexOf("Kế hoạch số 27/KH-SNV", StringComparison.Ordinal));
        var again = await client.GetAsync(url);
        Assert.Equal($"/Plans/Details/{plan.Id}", again.Headers.Location!.OriginalString);

        var other = app.CreateBrowser();
        await Forms.SignInAsync(other, "officer.commune.cascade@test.vn");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);

        var communeTask = await app.WithDbAsync((db, _) => db.PlanTasks.Where(t => t.Plan!.IsDemo && t.Plan.Organization!.Code == "TL.DU" && t.Number == "IV.2").Select(t => t.Id).SingleAsync());
        var hnd = await app.OrganizationAsync("TL.HND");
        var assign = HtmlForm.Read(await other.GetStringAsync($"/Plans/Tasks/Details/{communeTask}"), "assign")
            .Set("AssignOrganizationId", hnd.Id.ToString()).Set("AssignRole", "Coordinate");
        Assert.Equal(HttpStatusCode.Redirect, (await assign.PostAsync(other, $"/Plans/Tasks/Details/{communeTask}?handler=Assign")).StatusCode);
        Assert.True(await app.WithDbAsync((db, _) => db.TaskAssignments.AnyAsync(a => a.TaskId == communeTask && a.OrganizationId == hnd.Id && a.Role == AssignmentRole.Coordinate)));
        var outsider = await Forms.PostAsync(client, "/Plans", new Dictionary<string, string> { ["AssignOrganizationId"] = hnd.Id.ToString(), ["AssignRole"] = "Lead" }, $"/Plans/Tasks/Details/{communeTask}?handler=Assign");
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
    }

    [Fact]
    public async Task A_new_plan_never_takes_over_a_shared_registry_entry_or_a_stub_of_another_kind_or_issuer()
    {
        var provincial = await ProvincialPlanIdAsync();
        var code = await app.WithDbAsync((db, _) => db.TaskAssignments
            .Where(a => a.Task!.PlanId == provincial && a.Organization!.Code != "TQ.SNV" && a.Organization.Code.StartsWith("TQ.")
                && !db.Set<Plan>().Any(p => p.ParentPlanId == provincial && p.OrganizationId == a.OrganizationId))
            .Select(a => a.Organization!.Code).OrderBy(c => c).FirstAsync());
        await app.CreateUserAsync("officer.snv.takeover@test.vn", MembershipRole.Officer, code);
        var snv = await app.OrganizationAsync(code);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "officer.snv.takeover@test.vn");
        var complete = await app.WithDbAsync(async (db, _) =>
        {
            var shared = OfficialDocument.Create("Kế hoạch", "77-KH/TW", "Ban Bí thư", new DateOnly(2026, 2, 1), "Kế hoạch dùng chung", null, DateTime.UtcNow);
            var stub = OfficialDocument.CreateStub("Kế hoạch", "88-KH/TU", null, "Ban Thường vụ Tỉnh ủy", DateTime.UtcNow);
            db.Documents.AddRange(shared, stub);
            await db.SaveChangesAsync();
            return shared.Id;
        });
        static string Describe(OfficialDocument d) => $"{d.Kind}|{d.Number}|{d.Issuer}|{d.Title}|{d.OrganizationId}|{d.IsStub}";
        var before = await app.WithDbAsync(async (db, _) => (await db.Documents.AsNoTracking().ToListAsync()).Select(Describe).Order().ToList());

        var url = $"/Plans/Cascade/Create?planId={provincial}&organizationId={snv.Id}";
        foreach (var number in new[] { "236-KL/TW", "77-KH/TW", "88-KH/TU" })
        {
            var form = HtmlForm.Read(await client.GetStringAsync(url), "cascade");
            var refused = await form.Set("Input.IssuedOn", "10/05/2026").Set("Input.Number", number).PostAsync(client, url);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("đã có trong sổ văn bản", await Forms.HtmlAsync(refused), StringComparison.Ordinal);
        }

        var after = await app.WithDbAsync(async (db, _) => (await db.Documents.AsNoTracking().ToListAsync()).Select(Describe).Order().ToList());
        Assert.Equal(before, after);
        Assert.False(await app.WithDbAsync((db, _) => db.Plans.AnyAsync(p => p.OrganizationId == snv.Id && p.ParentPlanId == provincial)));
        Assert.NotEqual(Guid.Empty, complete);
    }

    [Fact]
    public async Task The_tree_goes_from_236_KL_TW_down_to_commune_units_and_a_commune_task_leads_back_up()
    {
        await app.CreateUserAsync("leader.province.tree@test.vn", MembershipRole.Leader, "TQ.TU", subtree: true);
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "leader.province.tree@test.vn");
        var directive = await app.WithDbAsync((db, _) => db.Documents.Where(d => d.Number == "236-KL/TW").Select(d => d.Id).SingleAsync());
        Assert.Contains("Kết luận số 236-KL/TW", await Forms.HtmlAsync(await client.GetAsync("/Plans/Tree")), StringComparison.Ordinal);

        var tree = await Forms.HtmlAsync(await client.GetAsync($"/Plans/Tree?documentId={directive}"));
        var provincialAt = tree.IndexOf("Tỉnh ủy Tuyên Quang", StringComparison.Ordinal);
        var communeAt = tree.IndexOf("Đảng ủy xã Thượng Lâm</strong>", StringComparison.Ordinal);
        Assert.True(provincialAt >= 0 && communeAt > provincialAt, "the commune plan is drawn under the provincial one");

        // Levels open on demand: the commune plan's line brings its tasks and the units they are assigned to.
        var communePlan = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.Organization!.Code == "TL.DU" && p.IsDemo).Select(p => p.Id).SingleAsync());
        Assert.Contains($"planId={communePlan}", tree, StringComparison.Ordinal);
        var branch = await Forms.HtmlAsync(await client.GetAsync($"/Plans/Tree?handler=Branch&planId={communePlan}"));
        Assert.Contains("Chi bộ thôn Nà Thôm", branch, StringComparison.Ordinal);

        var communeTask = await app.WithDbAsync((db, _) => db.PlanTasks.Where(t => t.Plan!.Organization!.Code == "TL.DU" && t.Number == "IV.1" && t.Plan.IsDemo).Select(t => t.Id).SingleAsync());
        var chain = await Forms.HtmlAsync(await client.GetAsync($"/Plans/Tasks/Details/{communeTask}"));
        Assert.Contains("Kết luận số 236-KL/TW", chain, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch số 103-KH/TU", chain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stubs_of_cited_documents_are_completed_by_an_administrator_only()
    {
        await app.CreateUserAsync("officer.registry@test.vn", MembershipRole.Officer, "TQ.TU", subtree: true);
        var officer = app.CreateBrowser();
        await Forms.SignInAsync(officer, "officer.registry@test.vn");
        var stub = await app.WithDbAsync((db, _) => db.Documents.SingleAsync(d => d.Number == "49-CT/TW"));
        Assert.Contains("49-CT/TW", await Forms.HtmlAsync(await officer.GetAsync("/Plans/Registry?stubs=true&q=chi thi")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/Plans/Registry/Edit/{stub.Id}")).StatusCode);

        await app.CreateUserAsync("admin.registry@test.vn", administrator: true);
        var key = await app.EnableTwoFactorAsync("admin.registry@test.vn");
        var admin = app.CreateBrowser();
        await Forms.SignInAsync(admin, "admin.registry@test.vn", totpKey: key);
        var form = HtmlForm.Read(await admin.GetStringAsync($"/Plans/Registry/Edit/{stub.Id}"), "document");
        var bad = await form.Set("Input.IssuedOn", "20-10-2015x").PostAsync(admin, $"/Plans/Registry/Edit/{stub.Id}");
        Assert.Contains("Ngày ban hành không hợp lệ", await Forms.HtmlAsync(bad), StringComparison.Ordinal);
        var saved = await form.Set("Input.IssuedOn", "20/10/2015").Set("Input.Title", "về tăng cường và đổi mới công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số").PostAsync(admin, $"/Plans/Registry/Edit/{stub.Id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var completed = await app.WithDbAsync((db, _) => db.Documents.SingleAsync(d => d.Id == stub.Id));
        Assert.False(completed.IsStub);
        Assert.Contains("Được trích dẫn trong", await Forms.HtmlAsync(await officer.GetAsync($"/Plans/Registry/Details/{stub.Id}")), StringComparison.Ordinal);
    }

    private static List<string> Units(Plan plan, string number) =>
        plan.Tasks.Single(t => t.Number == number).Assignments.Where(a => a.Organization is not null).Select(a => a.Organization!.Code).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> UnmatchedUnits(HtmlForm form) =>
        form.Names.Where(n => n.StartsWith("Draft.Units[", StringComparison.Ordinal) && n.EndsWith(".Name", StringComparison.Ordinal))
            .Where(n => form[n.Replace(".Name", ".OrganizationIds", StringComparison.Ordinal)] is null)
            .ToList();

    private static async Task<HtmlForm> EditAsync(HttpClient client, string url, HtmlForm form, string handler, int index)
    {
        var response = await form.PostAsync(client, $"{url}&handler={handler}&index={index}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlForm.Read(await response.Content.ReadAsStringAsync(), "review");
    }

    private static string Refusal(string name, byte[] content)
    {
        try
        {
            PlanParser.Parse(DocumentReader.ReadText(name, content));
            throw new InvalidOperationException($"{name} was expected to be refused.");
        }
        catch (DocumentException e)
        {
            return e.Message;
        }
    }

    private Task<Guid> ProvincialPlanIdAsync() => app.WithDbAsync((db, _) => db.Plans.Where(p => p.Document!.Number == "103-KH/TU").Select(p => p.Id).SingleAsync());

    private Task<Guid> CommunePlanIdAsync() => app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync());

    private Task<(int Plans, int Tasks, int Documents, int Files)> CountsAsync() => app.WithDbAsync(async (db, _) =>
        (await db.Plans.CountAsync(), await db.PlanTasks.CountAsync(), await db.Documents.CountAsync(), await db.SourceFiles.CountAsync()));
}

public sealed class PlanImportTests_Sqlite(SqliteApp app) : PlanImportTests(app), IClassFixture<SqliteApp>;

public sealed class PlanImportTests_Postgres(PostgresApp app) : PlanImportTests(app), IClassFixture<PostgresApp>;
