using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Correction;

/// <summary>
/// Correcting a confirmed plan (its issuer's officers): the document's details, a task added; each change with its
/// reason, told to the units concerned and kept in the plan's history of corrections.
/// </summary>
public sealed class EditModel(AppDbContext db, CurrentUser currentUser, PlanCorrections corrections) : CorrectionPage
{
    public Plan Plan { get; private set; } = null!;

    public IReadOnlyList<PlanCorrection> History { get; private set; } = [];

    [BindProperty]
    public PlanInput Input { get; set; } = new();


    [BindProperty]
    public TaskInput NewTask { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var document = Plan.Document!;
        Input = new PlanInput
        {
            Number = document.Number,
            IssuedOn = document.IssuedOn is { } on ? VietnameseText.FormatDate(on) : null,
            Title = document.Title,
            Place = Plan.Place,
            SignerName = Plan.SignerName,
            SignerTitle = Plan.SignerTitle,
        };
        NewTask = new TaskInput { Number = NextNumber() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var held = await corrections.LockAsync(id, cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Stale())
        {
            return Page();
        }

        ModelState.OnlyFor(nameof(Input));
        if (!VietnameseText.TryParseDate(Input.IssuedOn, out var issuedOn))
        {
            ModelState.AddModelError("Input.IssuedOn", "Ngày ban hành không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        string? what = null;
        var user = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        var edit = new PlanEdit(Input.Number, issuedOn, Input.Title ?? "", Input.Place, Input.SignerName, Input.SignerTitle);
        if (!await ModelState.TrySaveAsync(db, async () => what = await corrections.EditAsync(Plan, edit, Input.Reason, user, cancellationToken), cancellationToken))
        {
            await LoadHistoryAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = what is null ? "Không có gì thay đổi." : $"Đã điều chỉnh kế hoạch ({what}); các đơn vị được giao đã được thông báo.";
        return RedirectToPage("/Plans/Details", new { id });
    }

    public async Task<IActionResult> OnPostAddTaskAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var held = await corrections.LockAsync(id, cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Stale())
        {
            return Page();
        }

        ModelState.OnlyFor(nameof(NewTask));
        var schedule = NewTask.Schedule(ModelState, nameof(NewTask));
        if (!ModelState.IsValid || schedule is null)
        {
            return Page();
        }

        PlanTask? task = null;
        var user = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        if (!await ModelState.TrySaveAsync(db, async () => task = await corrections.AddTaskAsync(Plan, NewTask.Number ?? "", NewTask.Text ?? "", schedule, NewTask.Reason, user, cancellationToken), cancellationToken))
        {
            await LoadHistoryAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = $"Đã thêm nhiệm vụ {task!.Number}. Hãy giao nhiệm vụ cho đơn vị thực hiện.";
        return RedirectToPage("/Plans/Tasks/Details", new { id = task.Id });
    }

    /// <summary>The reason the plan is withdrawn, and the officer's tick that they mean it.</summary>
    [BindProperty]
    public string? WithdrawReason { get; set; }

    [BindProperty]
    public bool ConfirmWithdraw { get; set; }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var held = await corrections.LockAsync(id, cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Stale())
        {
            return Page();
        }

        ModelState.OnlyFor(nameof(WithdrawReason));
        if (!ConfirmWithdraw)
        {
            ModelState.AddModelError(nameof(ConfirmWithdraw), "Hãy đánh dấu ô xác nhận trước khi thu hồi kế hoạch.");
            return Page();
        }

        var user = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        if (!await ModelState.TrySaveAsync(db, () => corrections.WithdrawAsync(Plan, WithdrawReason, user, cancellationToken), cancellationToken))
        {
            await LoadHistoryAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = $"Đã thu hồi {Plan.Document!.Label}; kế hoạch vẫn còn trong sổ văn bản, các đơn vị được giao đã được thông báo.";
        return RedirectToPage("/Plans/Details", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await corrections.LoadAsync(id, (await currentUser.GetStateAsync(cancellationToken)).Scope, cancellationToken);
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        await LoadHistoryAsync(id, cancellationToken);
        Versioned(History.Count == 100 ? await corrections.VersionAsync(id, cancellationToken) : History.Count);
        return true;
    }

    private async Task LoadHistoryAsync(Guid id, CancellationToken cancellationToken) =>
        History = await db.PlanCorrections.AsNoTracking().Where(c => c.PlanId == id).OrderByDescending(c => c.At).Take(100).ToListAsync(cancellationToken);

    /// <summary>The number after the plan's last task when it ends with a number ("III.6" → "III.7"), else empty.</summary>
    private string? NextNumber()
    {
        var last = Plan.Tasks.OrderBy(t => t.Position).LastOrDefault()?.Number;
        if (last is null)
        {
            return "1";
        }

        var digits = new string(last.Reverse().TakeWhile(char.IsDigit).Reverse().ToArray());
        return digits.Length > 0 && int.TryParse(digits, out var n) ? last[..^digits.Length] + (n + 1) : null;
    }
}

public sealed class PlanInput
{
    [StringLength(50, ErrorMessage = "Số, ký hiệu không quá 50 ký tự.")]
    [Display(Name = "Số, ký hiệu")]
    public string? Number { get; set; }

    [Display(Name = "Ngày ban hành (dd/MM/yyyy)")]
    public string? IssuedOn { get; set; }

    [Required(ErrorMessage = "Hãy nhập trích yếu của kế hoạch.")]
    [StringLength(2000, ErrorMessage = "Trích yếu không quá 2000 ký tự.")]
    [Display(Name = "Trích yếu")]
    public string? Title { get; set; }

    [Display(Name = "Địa danh")]
    public string? Place { get; set; }

    [Display(Name = "Người ký")]
    public string? SignerName { get; set; }

    [Display(Name = "Chức vụ người ký")]
    public string? SignerTitle { get; set; }

    [Required(ErrorMessage = "Hãy ghi lý do điều chỉnh: các đơn vị được giao sẽ đọc nó trong thông báo.")]
    [Display(Name = "Lý do điều chỉnh")]
    public string? Reason { get; set; }
}
