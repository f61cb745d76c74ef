using DanVan.Web.Infrastructure.Text;
using DanVan.Documents.Plans;
using DanVan.Documents;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>
/// Step 2: the source text beside what DanVan understood. Every button posts the whole draft back and the
/// page is drawn again from it; only "Xác nhận" writes to the database.
/// </summary>
public sealed class ReviewModel(AppDbContext db, PlanImporter importer, ImportStaging staging, CurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public PlanDraft Draft { get; set; } = new();

    public bool Expired { get; private set; }

    public string FileName { get; private set; } = "";

    public IReadOnlyList<string> SourceLines { get; private set; } = [];

    public PlanDocument Parsed { get; private set; } = new();

    public ImportContext Context { get; private set; } = null!;

    public IReadOnlySet<string> KnownNumbers { get; private set; } = new HashSet<string>();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Documents of DanVan this one seems to be (same file, number and issuer, or title, issuer and text).</summary>
    public IReadOnlyList<DuplicateMatch> Duplicates { get; private set; } = [];

    public IEnumerable<SelectListItem> RecurrenceOptions => Enum.GetValues<TaskRecurrence>().Select(r => new SelectListItem(r.Vietnamese(), r.ToString()));

    /// <summary>The units below the issuer that may consolidate for it.</summary>
    public IEnumerable<SelectListItem> ConsolidatorOptions => Context.Branch.Where(o => o.ParentId == Context.Issuer.Id).Select(o => new SelectListItem(o.Name, o.Id.ToString()));

    /// <summary>The issuer's branch in the order of the tree (each unit under its parent, siblings alphabetical), for the unit mapping.</summary>
    public IReadOnlyList<Organizations.Organization> UnitTree => unitTree ??= OrganizationTreeOrder.Flatten(Context.Branch);

    private IReadOnlyList<Organizations.Organization>? unitTree;

    public IEnumerable<SelectListItem> ParentPlanOptions => Context.ParentOptions.Select(p => new SelectListItem(OfficialDocument.Describe(p.Document!.Kind, p.Document.Number, p.Document.Title), p.Id.ToString()));

    public IEnumerable<SelectListItem> ParentTaskOptions => Context.ParentTasks.Select(t => new SelectListItem($"{t.Number} – {VietnameseText.Shorten(t.Heading, 80)}", t.Id.ToString()));

    public IEnumerable<SelectListItem> CitationOptions => Parsed.Citations.Select(c => new SelectListItem($"{c.Kind} số {c.Number}", c.Number));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(parentPlanId: null, fromUpload: true, cancellationToken) is not { } staged)
        {
            return Page();
        }

        var scope = await currentUser.GetScopeAsync(cancellationToken);
        (Draft, Context) = await importer.DraftAsync(Context, Parsed, scope, cancellationToken);
        await FlagDuplicatesAsync(staged.Content, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostRefreshAsync(CancellationToken cancellationToken) => EditAsync(_ => true, cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(int index, CancellationToken cancellationToken) => EditAsync(d => DraftEditing.MergeWithNext(d, index), cancellationToken);

    public Task<IActionResult> OnPostSplitAsync(int index, CancellationToken cancellationToken) => EditAsync(
        d => DraftEditing.Split(d, index) || Refuse("Không tách được: hãy để một dòng trống tại chỗ muốn tách, hoặc dùng các ý gạch đầu dòng."),
        cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(int index, CancellationToken cancellationToken) => EditAsync(
        d => DraftEditing.Remove(d, index) || Refuse("Kế hoạch phải còn ít nhất một nhiệm vụ."),
        cancellationToken);

    /// <summary>Every task with bullet lines becomes one task per bullet (how units really report), the item's text the first.</summary>
    public Task<IActionResult> OnPostSplitAllAsync(CancellationToken cancellationToken) => EditAsync(d =>
    {
        var split = false;
        for (var i = d.Tasks.Count - 1; i >= 0; i--)
        {
            split |= d.Tasks[i].Text.Split('\n').Skip(1).Any(l => l.TrimStart().StartsWith('-') || l.TrimStart().StartsWith('+')) && DraftEditing.Split(d, i);
        }

        return split || Refuse("Không có nhiệm vụ nào có các ý gạch đầu dòng để tách.");
    }, cancellationToken);

    /// <summary>A document that holds no tasks is entered in the registry (header and citations), never refused.</summary>
    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        var staged = await LoadAsync(Draft.ParentPlanId, fromUpload: false, cancellationToken);
        if (staged is null)
        {
            return Page();
        }

        var (upload, content) = staged.Value;
        OfficialDocument? document = null;
        if (!await OnceAsync(async () =>
            {
                if (await RefusedAsDuplicateAsync(content, [], cancellationToken))
                {
                    return false;
                }

                (document, var errors) = await importer.RegisterAsync(Context, Draft, Parsed, new SourceUpload(upload.FileName, content, string.Join('\n', SourceLines)), isDemo: false, cancellationToken);
                Errors = errors;
                return document is not null;
            }, cancellationToken))
        {
            return Page();
        }

        TempData["Message"] = $"Đã ghi {document!.Label} vào sổ văn bản (không có nhiệm vụ để theo dõi).";
        return RedirectToPage("/Plans/Registry/Details", new { id = document.Id });
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var staged = await LoadAsync(Draft.ParentPlanId, fromUpload: false, cancellationToken);
        if (staged is null)
        {
            return Page();
        }

        DraftEditing.TidyUnits(Draft, name => PlanDraftBuilder.Suggest(Context.Matcher, name));
        var (upload, content) = staged.Value;
        ImportResult? result = null;
        if (!await OnceAsync(async () =>
            {
                if (await RefusedAsDuplicateAsync(content, PlanImporter.Problems(Context, Draft), cancellationToken))
                {
                    return false;
                }

                result = await importer.ConfirmAsync(Context, Draft, Parsed, new SourceUpload(upload.FileName, content, string.Join('\n', SourceLines)), cancellationToken);
                Errors = result.Errors;
                return result.Plan is not null;
            }, cancellationToken))
        {
            return Page();
        }

        TempData["Message"] = $"Đã lưu {result!.Plan!.Document!.Label} với {result.Plan.Tasks.Count} nhiệm vụ.";
        return RedirectToPage("/Plans/Details", new { id = result.Plan.Id });
    }

    /// <summary>
    /// Saves the review once: the staged file is taken in the same transaction as what is saved, so a second click or
    /// tab waits for the first and is told it was saved, instead of saving the document twice; a save refused for its
    /// errors keeps the staged file for the officer to correct.
    /// </summary>
    private async Task<bool> OnceAsync(Func<Task<bool>> save, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await staging.ClaimAsync(Id!, cancellationToken))
        {
            Errors = ["Văn bản này đã được lưu (có thể do bấm lưu hai lần hoặc lưu ở một thẻ khác). Xem trong danh sách kế hoạch hoặc sổ văn bản."];
            return false;
        }

        if (!await save())
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<IActionResult> EditAsync(Func<PlanDraft, bool> edit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(Draft.ParentPlanId, fromUpload: false, cancellationToken) is not { } staged)
        {
            return Page();
        }

        edit(Draft);
        await FlagDuplicatesAsync(staged.Content, cancellationToken);
        if (Draft.ParentPlanId != Draft.SuggestedForParentPlanId)
        {
            PlanDraftBuilder.SuggestParentTasks(Draft, Context.ParentTasks);
        }

        DraftEditing.TidyUnits(Draft, name => PlanDraftBuilder.Suggest(Context.Matcher, name));

        // The posted values would otherwise be drawn again at their old indexes.
        ModelState.Clear();
        return Page();
    }

    private async Task FlagDuplicatesAsync(byte[] content, CancellationToken cancellationToken) =>
        Duplicates = await DuplicateFinder.FindAsync(db, await currentUser.GetScopeAsync(cancellationToken), Context.Issuer.Id, Draft, content, string.Join('\n', SourceLines), cancellationToken);

    /// <summary>A document that seems to be in DanVan already is saved only once the officer has said it is another one.</summary>
    /// <param name="problems">What else the save would refuse, told at the same time.</param>
    private async Task<bool> RefusedAsDuplicateAsync(byte[] content, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        await FlagDuplicatesAsync(content, cancellationToken);
        if (Duplicates.Count == 0 || Draft.NotDuplicate)
        {
            return false;
        }

        Errors = ["Văn bản này có vẻ đã có trong DanVan (xem bên dưới). Nếu đúng là một văn bản khác, hãy đánh dấu ô “Tôi đã xem: đây là một văn bản khác” rồi lưu lại.", .. problems];
        return true;
    }

    private bool Refuse(string message)
    {
        Errors = [message];
        return false;
    }

    /// <param name="fromUpload">First view: the parent plan is the one chosen on the upload page; afterwards it is the draft's.</param>
    private async Task<(StagedUpload Upload, byte[] Content)?> LoadAsync(Guid? parentPlanId, bool fromUpload, CancellationToken cancellationToken)
    {
        var staged = await staging.LoadAsync(Id, currentUser.Id, cancellationToken);
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var parent = fromUpload ? staged?.Upload.ParentPlanId : parentPlanId;
        var context = staged is null ? null : await importer.LoadContextAsync(scope, staged.Value.Upload.OrganizationId, parent, cancellationToken);
        if (staged is null || context is null)
        {
            // Gone, or not this user's: the page says so, with the status a draft of someone else's must get.
            Expired = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return null;
        }

        Context = context;
        FileName = staged.Value.Upload.FileName;
        try
        {
            var text = DocumentReader.ReadText(FileName, staged.Value.Content);
            SourceLines = text.Split('\n');
            Parsed = PlanParser.Parse(text);
        }
        catch (DocumentException)
        {
            Expired = true;
            return null;
        }

        var numbers = Parsed.Citations.Select(c => c.Number).ToList();
        KnownNumbers = (await db.Documents.AsNoTracking().VisibleTo(db, scope).Where(d => d.Number != null && numbers.Contains(d.Number)).Select(d => d.Number!).ToListAsync(cancellationToken)).ToHashSet();
        return staged;
    }

}
