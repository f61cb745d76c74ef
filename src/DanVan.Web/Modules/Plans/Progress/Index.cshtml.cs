using DanVan.Web.Infrastructure.Web;
using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Modules.Plans.Board;
using DanVan.Web.Modules.Plans.Cycles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Plans.Progress;

/// <summary>
/// One unit's part of a task: its cycles (one for a task done once, one per period for a recurring one) with their
/// states, the history of progress updates with evidence, and the form to add one to a cycle. Coordinating units
/// add their part on their own assignment.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, ProgressRecording recording, TimeProvider clock) : PageModel
{
    private const long MaxRequestBytes = (TaskProgress.MaxFiles * EvidenceUpload.MaxBytes) + (1024 * 1024);

    public TaskAssignment Assignment { get; private set; } = null!;

    public IReadOnlyList<ProgressView> History { get; private set; } = [];

    /// <summary>The part's cycles that have begun (at least its first), oldest first.</summary>
    public IReadOnlyList<TaskCycle> Cycles { get; private set; } = [];

    /// <summary>The cycle the form records on: the one asked for, else the oldest not done, else the current one.</summary>
    public TaskCycle Cycle { get; private set; } = null!;

    /// <summary>The latest cycle that has begun: the part's state is its state.</summary>
    public TaskCycle Current => Cycles[^1];

    public bool CanUpdate { get; private set; }

    public DateOnly Today { get; private set; }

    [BindProperty]
    public ProgressInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? cycleId, CancellationToken cancellationToken)
    {
        Input.CycleId = cycleId;
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

            var state = await currentUser.GetStateAsync(cancellationToken);
            await recording.RecordAsync(Cycle.Id, new ProgressEntry(Input.Note, on!.Value, Input.Completes, Input.ExceededTarget), uploads, state.Scope, currentUser.Id!, state.FullName, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            db.ChangeTracker.Clear();
            return Forbid();
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

        TempData["Message"] = Input.Completes ? $"Đã ghi nhận hoàn thành nhiệm vụ trong chu kỳ {Cycle.Label}." : $"Đã cập nhật tiến độ chu kỳ {Cycle.Label}.";
        return RedirectToPage(new { id, cycleId = Cycle.Id });
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

        // Only the cycle is posted: the progress form's fields are not this form's, nor their messages.
        ModelState.Clear();
        var cycle = await db.TaskCycles.SingleAsync(c => c.Id == Cycle.Id, cancellationToken);
        try
        {
            cycle.Reopen();
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

        TempData["Message"] = $"Đã bỏ đánh dấu hoàn thành chu kỳ {Cycle.Label}; chu kỳ trở lại trạng thái chưa hoàn thành.";
        return RedirectToPage(new { id, cycleId = Cycle.Id });
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

    private const string ConcurrentChange = "Trong lúc bạn cập nhật, người khác vừa đánh dấu hoặc bỏ đánh dấu hoàn thành chu kỳ này; chưa có gì được ghi. Hãy tải lại trang để xem, rồi cập nhật lại nếu cần.";

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

        var cycles = await db.TaskCycles.AsNoTracking().Where(c => c.AssignmentId == id).OrderBy(c => c.StartsOn).ToListAsync(cancellationToken);
        if (cycles.Count == 0)
        {
            return false;
        }

        Assignment = assignment;
        Cycles = [cycles[0], .. cycles.Skip(1).Where(c => c.StartsOn <= Today)];
        if (Input.CycleId is { } wanted && Cycles.All(c => c.Id != wanted))
        {
            return false;
        }

        Cycle = Cycles.FirstOrDefault(c => c.Id == Input.CycleId)
            ?? Cycles.FirstOrDefault(c => c.CompletedOn is null && c.DueOn < Today)
            ?? Current;
        CanUpdate = assignment.Organization is { } unit && scope.Allows(PlanPermissions.Manage, unit);
        var labels = cycles.ToDictionary(c => c.Id, c => c.Label);
        History = (await db.TaskProgress.AsNoTracking()
            .Where(p => p.AssignmentId == id).OrderByDescending(p => p.OnDate).ThenByDescending(p => p.CreatedAt)
            .Select(p => new { p.CycleId, View = new ProgressView(p.Note, p.OnDate, p.Completes, p.ExceededTarget, p.AuthorName, p.CreatedAt,
                p.Evidence.Select(e => new EvidenceView(e.Id, e.FileName, e.Size)).ToList(), null) })
            .ToListAsync(cancellationToken))
            .Select(p => p.View with { CycleLabel = p.CycleId is { } cycleId ? labels.GetValueOrDefault(cycleId) : null })
            .ToList();
        return true;
    }
}

public sealed class ProgressInput
{
    /// <summary>The cycle the update is about; the page's default when none is posted.</summary>
    [Display(Name = "Chu kỳ")]
    public Guid? CycleId { get; set; }

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

public sealed record ProgressView(string Note, DateOnly OnDate, bool Completes, bool ExceededTarget, string AuthorName, DateTime CreatedAt, IReadOnlyList<EvidenceView> Files, string? CycleLabel);

public sealed record EvidenceView(Guid Id, string FileName, long Size)
{
    public string SizeText => Infrastructure.Text.VietnameseText.FormatSize(Size);
}
