using DanVan.Documents.Plans;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>
/// Imports a reviewed plan: the plan, its document (completing a stub of the same number), the documents
/// it cites (stubs for the unknown ones), its tasks and assignments and the original file, in one
/// SaveChanges, so that either all of it exists or none of it. Used by the review page and by the demo data.
/// </summary>
public sealed class PlanImporter(AppDbContext db, TimeProvider clock) : IPlanImport
{
    public async Task<Guid> ImportAcceptingSuggestionsAsync(PlanFile file, Guid organizationId, Guid? parentPlanId, PlanCorrections corrections, CancellationToken cancellationToken)
    {
        var everything = new OrgScope(null, true, []);
        var context = await LoadContextAsync(everything, organizationId, parentPlanId, cancellationToken)
            ?? throw new BusinessRuleException("Không tìm thấy đơn vị ban hành.");
        var text = DanVan.Documents.DocumentReader.ReadText(file.FileName, file.Content);
        var parsed = PlanParser.Parse(text);
        var draft = PlanDraftBuilder.Build(parsed, context.Matcher, context.ParentPlan?.Id, context.ParentTasks);
        draft.Number = corrections.Number ?? draft.Number;
        draft.IssuedOn = corrections.IssuedOn ?? draft.IssuedOn;
        draft.Place = corrections.Place ?? draft.Place;
        foreach (var unit in draft.Units.Where(u => u.OrganizationIds.Count == 0))
        {
            unit.Unlisted = true;
        }

        var result = await ConfirmAsync(context, draft, parsed, new SourceUpload(file.FileName, file.Content, text, file.IsDemo), cancellationToken);
        return result.Plan?.Id ?? throw new BusinessRuleException(string.Join(" ", result.Errors));
    }

    public Task<Guid?> FindPlanAsync(string number, CancellationToken cancellationToken) =>
        db.Plans.Where(p => p.Document!.Number == number).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<ImportContext?> LoadContextAsync(OrgScope scope, Guid organizationId, Guid? parentPlanId, CancellationToken cancellationToken)
    {
        var issuer = await db.Organizations.Include(o => o.Kind).Include(o => o.Area)
            .VisibleTo(scope, PlanPermissions.Manage)
            .SingleOrDefaultAsync(o => o.Id == organizationId && !o.IsArchived, cancellationToken);
        if (issuer is null)
        {
            return null;
        }

        var branch = await db.Organizations.Include(o => o.Kind).Include(o => o.Area)
            .VisibleTo(scope)
            .Where(o => o.Path.StartsWith(issuer.Path) && !o.IsArchived)
            .ToListAsync(cancellationToken);
        var above = issuer.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
        var parentOptions = await db.Plans.VisibleTo(db, scope).Include(p => p.Document).Include(p => p.Organization)
            .Where(p => above.Contains(p.OrganizationId) && p.WithdrawnAt == null)
            .OrderByDescending(p => p.CreatedAt)
            .ToListAsync(cancellationToken);
        var parent = parentOptions.FirstOrDefault(p => p.Id == parentPlanId);
        var parentTasks = parent is null
            ? []
            : await db.PlanTasks.Where(t => t.PlanId == parent.Id).OrderBy(t => t.Position).ToListAsync(cancellationToken);
        return new ImportContext(issuer, branch.OrderBy(o => o.Path.Length).ThenBy(o => o.Name, VietnameseText.Comparer).ToList(), parentOptions, parent, parentTasks,
            MayDelegateReview: scope.Allows(Reporting.Contracts.ReportPermissions.Review, issuer));
    }

    /// <summary>The first draft, and the context it was made in: when no parent plan was chosen, one the document cites by number is suggested.</summary>
    public async Task<(PlanDraft Draft, ImportContext Context)> DraftAsync(ImportContext context, PlanDocument parsed, OrgScope scope, CancellationToken cancellationToken)
    {
        if (context.ParentPlan is null)
        {
            var cited = parsed.Citations.Select(c => c.Number).ToHashSet(StringComparer.Ordinal);
            var suggested = context.ParentOptions.FirstOrDefault(p => p.Document?.Number is { } n && cited.Contains(n));
            if (suggested is not null)
            {
                context = (await LoadContextAsync(scope, context.Issuer.Id, suggested.Id, cancellationToken))!;
            }
        }

        return (PlanDraftBuilder.Build(parsed, context.Matcher, context.ParentPlan?.Id, context.ParentTasks), context);
    }

    public async Task<ImportResult> ConfirmAsync(ImportContext context, PlanDraft draft, PlanDocument parsed, SourceUpload source, CancellationToken cancellationToken)
    {
        var errors = Check(context, draft, out var issuedOn);
        if (errors.Count > 0)
        {
            return ImportResult.Refused(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var documents = new DocumentResolver(db, now, source.IsDemo);
            var document = await documents.ForPlanAsync(draft.Kind, draft.Number, draft.Issuer, issuedOn, draft.Title ?? "", context.Issuer.Id, cancellationToken);
            var implements = draft.ImplementsNumber is { Length: > 0 } implemented
                ? await documents.CitedAsync(parsed.Citations.FirstOrDefault(c => c.Number == implemented) ?? new Citation("Văn bản", implemented, null, null), cancellationToken)
                : null;
            var reporting = new PlanReporting(draft.ReportsSixMonthly, draft.ReportsAnnually, draft.ReportsOnRequest, draft.Place, draft.SignerName, draft.SignerTitle);
            var plan = Plan.Create(document, context.Issuer, context.ParentPlan, implements, reporting, now, source.IsDemo);
            plan.SetChain(draft.ReportsTo, draft.ConsolidatorId is { } consolidatorId ? context.Branch.First(o => o.Id == consolidatorId) : null);
            db.Plans.Add(plan);
            AddTasks(context, draft, plan);
            foreach (var citation in parsed.Citations.Where(c => c.Number != document.Number))
            {
                var cited = await documents.CitedAsync(citation, cancellationToken);
                db.DocumentCitations.Add(new DocumentCitation(document.Id, cited.Id));
            }

            db.SourceFiles.Add(new SourceFile(plan, source.FileName, source.Content, source.Text, now));
            await db.SaveChangesAsync(cancellationToken);
            return new ImportResult(plan, []);
        }
        catch (BusinessRuleException e)
        {
            db.ChangeTracker.Clear();
            return ImportResult.Refused([e.Message]);
        }
    }

    /// <summary>
    /// A document that holds no tasks (a decision, a regulation, a report, a notice) goes into the registry with what it
    /// cites, in one save: its header as the officer corrected it. Never a plan.
    /// </summary>
    /// <param name="source">The uploaded file, kept with the entry (as a plan keeps its own) unless the entry already has one.</param>
    public async Task<(OfficialDocument? Document, IReadOnlyList<string> Errors)> RegisterAsync(ImportContext context, PlanDraft draft, PlanDocument parsed, SourceUpload? source, bool isDemo, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (!VietnameseText.TryParseDate(draft.IssuedOn, out var issuedOn))
        {
            errors.Add($"Ngày ban hành “{draft.IssuedOn}” không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.");
        }

        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            errors.Add("Hãy nhập trích yếu (tên) của văn bản.");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var documents = new DocumentResolver(db, now, isDemo);
            var document = await documents.ForRegistryAsync(draft.Kind, draft.Number, draft.Issuer, issuedOn, draft.Title!, context.Issuer.Id, cancellationToken);
            foreach (var citation in parsed.Citations.Where(c => c.Number != document.Number))
            {
                var cited = await documents.CitedAsync(citation, cancellationToken);
                if (!await db.DocumentCitations.AnyAsync(c => c.CitingId == document.Id && c.CitedId == cited.Id, cancellationToken))
                {
                    db.DocumentCitations.Add(new DocumentCitation(document.Id, cited.Id));
                }
            }

            if (source is not null && !await db.SourceFiles.AnyAsync(f => f.DocumentId == document.Id, cancellationToken))
            {
                db.SourceFiles.Add(new SourceFile(document, source.FileName, source.Content, source.Text, now));
            }

            await db.SaveChangesAsync(cancellationToken);
            return (document, []);
        }
        catch (BusinessRuleException e)
        {
            db.ChangeTracker.Clear();
            return (null, [e.Message]);
        }
    }

    private static void AddTasks(ImportContext context, PlanDraft draft, Plan plan)
    {
        var units = draft.Units.ToDictionary(u => u.Name, StringComparer.Ordinal);
        var organizations = context.Branch.ToDictionary(o => o.Id);
        var parentTasks = context.ParentTasks.ToDictionary(t => t.Id);
        foreach (var row in draft.Tasks)
        {
            VietnameseText.TryParseDate(row.DueOn, out var due);
            var parentTask = row.ParentTaskId is { } parentId ? parentTasks.GetValueOrDefault(parentId) : null;
            var task = plan.AddTask(row.Number, row.Text, new TaskSchedule(row.Recurrence, due), parentTask, row.Line);
            foreach (var unit in row.Units)
            {
                var mapping = units[unit.Name];
                if (mapping.Unlisted)
                {
                    task.Assign(null, unit.Name, unit.Role);
                    continue;
                }

                foreach (var id in mapping.OrganizationIds.Distinct())
                {
                    task.Assign(organizations[id], unit.Name, unit.Role);
                }
            }
        }
    }

    /// <summary>Every problem of the draft at once, in the officer's words.</summary>
    /// <summary>What confirming the draft would refuse, without saving anything.</summary>
    public static IReadOnlyList<string> Problems(ImportContext context, PlanDraft draft) => Check(context, draft, out _);

    private static List<string> Check(ImportContext context, PlanDraft draft, out DateOnly? issuedOn)
    {
        var errors = new List<string>();
        if (!VietnameseText.TryParseDate(draft.IssuedOn, out issuedOn))
        {
            errors.Add($"Ngày ban hành “{draft.IssuedOn}” không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.");
        }

        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            errors.Add("Hãy nhập trích yếu (tên) của kế hoạch.");
        }

        if (draft.ParentPlanId is not null && context.ParentPlan is null)
        {
            errors.Add("Kế hoạch cấp trên đã chọn không còn hoặc không thuộc phạm vi của bạn.");
        }

        if (draft.Tasks.Count == 0)
        {
            errors.Add("Kế hoạch chưa có nhiệm vụ nào.");
        }

        if (draft.ConsolidatorId is { } consolidator)
        {
            if (!context.Branch.Any(o => o.Id == consolidator) || consolidator == context.Issuer.Id)
            {
                errors.Add("Đơn vị giúp tổng hợp đã chọn không thuộc hệ thống tổ chức của đơn vị ban hành.");
            }
            else if (!context.MayDelegateReview)
            {
                // The board acts for the issuer on its incoming reports: only someone who reviews them may hand that on.
                errors.Add("Bạn không có quyền duyệt báo cáo của đơn vị ban hành nên không giao được việc tổng hợp cho đơn vị khác; hãy để trống hoặc nhờ người có quyền.");
            }
        }

        var parentTasks = context.ParentTasks.Select(t => t.Id).ToHashSet();
        foreach (var task in draft.Tasks)
        {
            if (string.IsNullOrWhiteSpace(task.Text))
            {
                errors.Add($"Nhiệm vụ {task.Number} chưa có nội dung.");
            }

            if (!VietnameseText.TryParseDate(task.DueOn, out var due))
            {
                errors.Add($"Hạn của nhiệm vụ {task.Number} “{task.DueOn}” không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.");
            }
            else if (task.Recurrence == TaskRecurrence.Once && due is null)
            {
                errors.Add($"Nhiệm vụ {task.Number} thực hiện một lần: hãy nhập hạn hoàn thành.");
            }

            if (task.ParentTaskId is { } parentId && !parentTasks.Contains(parentId))
            {
                errors.Add($"Nhiệm vụ cấp trên của nhiệm vụ {task.Number} không thuộc kế hoạch cấp trên đã chọn.");
            }
        }

        var branch = context.Branch.Select(o => o.Id).ToHashSet();
        var mapped = draft.Units.ToDictionary(u => u.Name, StringComparer.Ordinal);
        foreach (var name in draft.Tasks.SelectMany(t => t.Units).Select(u => u.Name).Distinct())
        {
            if (!mapped.TryGetValue(name, out var unit) || (!unit.Unlisted && unit.OrganizationIds.Count == 0))
            {
                errors.Add($"Chưa chọn đơn vị trong DanVan cho “{name}”. Hãy chọn một hoặc nhiều đơn vị, hoặc đánh dấu “Không có trong DanVan”.");
            }
            else if (!unit.Unlisted && unit.OrganizationIds.Any(id => !branch.Contains(id)))
            {
                errors.Add($"Đơn vị chọn cho “{name}” không thuộc hệ thống tổ chức của đơn vị ban hành.");
            }
        }

        return errors;
    }
}

/// <summary>The uploaded file as it will be kept with the plan.</summary>
public sealed record SourceUpload(string FileName, byte[] Content, string Text, bool IsDemo = false);
