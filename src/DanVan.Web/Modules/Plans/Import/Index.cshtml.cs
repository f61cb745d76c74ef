using DanVan.Documents.Plans;
using DanVan.Documents;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>Step 1 of an import: the file, the issuing unit and (optionally) the plan above. Nothing is recorded yet.</summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, ImportStaging staging) : PageModel
{
    /// <summary>A little over the document limit, so that a file just too large gets the clear message below.</summary>
    private const long UploadLimit = DocumentReader.MaxFileBytes + (2 * 1024 * 1024);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public Guid? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ParentPlanId { get; set; }

    public List<SelectListItem> Organizations { get; private set; } = [];

    public List<SelectListItem> ParentPlans { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadOptionsAsync(cancellationToken);
        return Organizations.Count == 0 ? StatusCode(StatusCodes.Status403Forbidden) : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadOptionsAsync(cancellationToken);
        if (Organizations.Count == 0)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        // A unit or superior plan outside the lists offered was not chosen but typed in: refused, not corrected.
        if (OrganizationId is { } organizationId && !Organizations.Any(o => o.Value == organizationId.ToString()))
        {
            return Forbid();
        }

        if (ParentPlanId is { } parentPlanId && !ParentPlans.Any(p => p.Value == parentPlanId.ToString()))
        {
            return NotFound();
        }

        if (OrganizationId is null)
        {
            ModelState.AddModelError(nameof(OrganizationId), "Hãy chọn đơn vị ban hành kế hoạch.");
        }

        var content = await ReadUploadAsync(cancellationToken);
        if (!ModelState.IsValid || content is null)
        {
            return Page();
        }

        try
        {
            PlanParser.Parse(DocumentReader.ReadText(Upload!.FileName, content));
        }
        catch (DocumentException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
            return Page();
        }

        var id = await staging.SaveAsync(new StagedUpload(currentUser.Id!, Upload.FileName, OrganizationId!.Value, ParentPlanId), content, cancellationToken);
        return RedirectToPage("Review", new { id });
    }

    private async Task<byte[]?> ReadUploadAsync(CancellationToken cancellationToken)
    {
        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), "Hãy chọn tệp kế hoạch (.docx hoặc .txt).");
            return null;
        }

        if (Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), $"Tệp “{Infrastructure.Text.InputText.FileName(Upload.FileName)}” rỗng (0 byte), không có nội dung để đọc. Hãy mở tệp kiểm tra rồi tải lên lại.");
            return null;
        }

        if (Upload.Length > DocumentReader.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"Tệp “{Upload.FileName}” lớn hơn {DocumentReader.MaxFileBytes / 1024 / 1024} MB, quá giới hạn của một kế hoạch.");
            return null;
        }

        using var buffer = new MemoryStream((int)Upload.Length);
        await Upload.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().VisibleTo(scope, PlanPermissions.Manage)
            .Where(o => !o.IsArchived)
            .Select(o => new { o.Id, o.Name, o.Depth })
            .ToListAsync(cancellationToken);
        Organizations = organizations
            .OrderBy(o => o.Depth).ThenBy(o => o.Name, VietnameseText.Comparer)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToList();
        if (Organizations.Count == 1)
        {
            OrganizationId ??= Guid.Parse(Organizations[0].Value);
        }

        var plans = await db.Plans.AsNoTracking().VisibleTo(db, scope)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new { p.Id, p.Document!.Kind, p.Document.Number, p.Document.Title })
            .Take(200)
            .ToListAsync(cancellationToken);
        ParentPlans = plans.Select(p => new SelectListItem(OfficialDocument.Describe(p.Kind, p.Number, p.Title), p.Id.ToString())).ToList();
    }
}
