using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Plans.Board;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Plans.Progress;

/// <summary>
/// One unit's part of a task: its state, the history of progress updates with evidence, and the form to
/// add one. Coordinating units add their part on their own assignment.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    private const long MaxRequestBytes = (TaskProgress.MaxFiles * EvidenceUpload.MaxBytes) + (1024 * 1024);

    public TaskAssignment Assignment { get; private set; } = null!;

    public IReadOnlyList<ProgressView> History { get; private set; } = [];

    public bool CanUpdate { get; private set; }

    public DateOnly Today { get; private set; }

    [BindProperty]
    public ProgressInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.OnDate ??= VietnameseText.FormatDate(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanUpdate)
        {
            return Forbid();
        }

        if (!VietnameseText.TryParseDate(Input.OnDate, out var on))
        {
            ModelState.AddModelError("Input.OnDate", "Ngày cập nhật phải có dạng ngày/tháng/năm, ví dụ 15/06/2026.");
        }

        if (Files.Count > TaskProgress.MaxFiles)
        {
            ModelState.AddModelError(nameof(Files), $"Mỗi lần cập nhật đính kèm không quá {TaskProgress.MaxFiles} tệp.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var uploads = new List<EvidenceUpload>();
            foreach (var file in Files)
            {
                await using var stream = file.OpenReadStream();
                uploads.Add(await EvidenceUpload.ReadAsync(file.FileName, file.Length, stream, cancellationToken));
            }

            var assignment = await db.TaskAssignments.Include(a => a.Task).SingleAsync(a => a.Id == id, cancellationToken);
            // Nothing was done under a plan before it was issued; a plan without a date of issue (a commune's draft
            // number "Số -KH/ĐU") is bounded by the superior plan it carries out.
            var planId = assignment.Task!.PlanId;
            var issuedOn = await db.Plans.Where(p => p.Id == planId)
                .Select(p => p.Document!.IssuedOn ?? db.Set<Plan>().Where(q => q.Id == p.ParentPlanId).Select(q => q.Document!.IssuedOn).FirstOrDefault())
                .SingleAsync(cancellationToken);
            var state = await currentUser.GetStateAsync(cancellationToken);
            var progress = assignment.Report(Input.Note ?? "", on!.Value, Input.Completes, Input.ExceededTarget, currentUser.Id!, state.FullName, clock.GetUtcNow().UtcDateTime, Today, issuedOn);
            foreach (var upload in uploads)
            {
                progress.Attach(upload);
            }

            db.TaskProgress.Add(progress);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", ConcurrentChange);
            return Page();
        }

        TempData["Message"] = Input.Completes ? "Đã ghi nhận hoàn thành nhiệm vụ." : "Đã cập nhật tiến độ.";
        return RedirectToPage(new { id });
    }

    /// <summary>Takes back a completion recorded by mistake (after confirmation on the page).</summary>
    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanUpdate)
        {
            return Forbid();
        }

        var assignment = await db.TaskAssignments.SingleAsync(a => a.Id == id, cancellationToken);
        try
        {
            assignment.Reopen();
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", ConcurrentChange);
            return Page();
        }

        TempData["Message"] = "Đã bỏ đánh dấu hoàn thành; nhiệm vụ trở lại trạng thái chưa hoàn thành.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var file = await db.EvidenceFiles.AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == fileId && db.Set<TaskProgress>().Any(p => p.Id == f.ProgressId && p.AssignmentId == id), cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    private const string ConcurrentChange = "Trong lúc bạn cập nhật, người khác vừa đánh dấu hoặc bỏ đánh dấu hoàn thành phần việc này; chưa có gì được ghi. Hãy tải lại trang để xem, rồi cập nhật lại nếu cần.";

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        Today = clock.Today();
        var assignment = await TaskBoardQuery.VisibleAssignments(db, scope).AsNoTracking()
            .Include(a => a.Organization)
            .Include(a => a.Task).ThenInclude(t => t!.Plan).ThenInclude(p => p!.Document)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null)
        {
            return false;
        }

        Assignment = assignment;
        CanUpdate = assignment.Organization is { } unit && scope.Allows(PlanPermissions.Manage, unit);
        History = await db.TaskProgress.AsNoTracking()
            .Where(p => p.AssignmentId == id).OrderByDescending(p => p.OnDate).ThenByDescending(p => p.CreatedAt)
            .Select(p => new ProgressView(p.Note, p.OnDate, p.Completes, p.ExceededTarget, p.AuthorName, p.CreatedAt,
                p.Evidence.Select(e => new EvidenceView(e.Id, e.FileName, e.Size)).ToList()))
            .ToListAsync(cancellationToken);
        return true;
    }
}

public sealed class ProgressInput
{
    [Display(Name = "Kết quả đã thực hiện")]
    [Required(ErrorMessage = "Hãy ghi kết quả đã thực hiện.")]
    [StringLength(TaskProgress.MaxNoteLength, ErrorMessage = "Nội dung cập nhật không quá {1} ký tự.")]
    public string? Note { get; set; }

    [Display(Name = "Ngày")]
    [Required(ErrorMessage = "Hãy nhập ngày cập nhật.")]
    public string? OnDate { get; set; }

    [Display(Name = "Đã hoàn thành nhiệm vụ")]
    public bool Completes { get; set; }

    [Display(Name = "Vượt chỉ tiêu, kế hoạch đề ra")]
    public bool ExceededTarget { get; set; }
}

public sealed record ProgressView(string Note, DateOnly OnDate, bool Completes, bool ExceededTarget, string AuthorName, DateTime CreatedAt, IReadOnlyList<EvidenceView> Files);

public sealed record EvidenceView(Guid Id, string FileName, long Size)
{
    public string SizeText => Size < 1024 * 1024 ? $"{Math.Max(1, Size / 1024)} KB" : $"{Size / 1024.0 / 1024.0:0.#} MB";
}
