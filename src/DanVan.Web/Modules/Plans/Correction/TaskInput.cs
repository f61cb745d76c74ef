using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Web.Modules.Plans.Correction;

/// <summary>A task as the correction forms take it: number, text, how often and by when, its expected output, and why.</summary>
public sealed class TaskInput
{
    [Required(ErrorMessage = "Hãy nhập số thứ tự của nhiệm vụ (ví dụ 7 hoặc III.7).")]
    [StringLength(30, ErrorMessage = "Số thứ tự không quá 30 ký tự.")]
    [Display(Name = "Số thứ tự")]
    public string? Number { get; set; }

    [Required(ErrorMessage = "Hãy nhập nội dung nhiệm vụ.")]
    [StringLength(PlanTask.MaxTextLength, ErrorMessage = "Nội dung nhiệm vụ dài quá; hãy tách thành nhiều nhiệm vụ.")]
    [Display(Name = "Nội dung")]
    public string? Text { get; set; }

    [Display(Name = "Thực hiện")]
    public TaskRecurrence Recurrence { get; set; } = TaskRecurrence.Ongoing;

    [Display(Name = "Hạn hoàn thành (dd/MM/yyyy)")]
    public string? DueOn { get; set; }

    [StringLength(1000, ErrorMessage = "Sản phẩm đầu ra không quá 1000 ký tự.")]
    [Display(Name = "Sản phẩm đầu ra")]
    public string? ExpectedOutput { get; set; }

    [Required(ErrorMessage = "Hãy ghi lý do điều chỉnh: các đơn vị được giao sẽ đọc nó trong thông báo.")]
    [Display(Name = "Lý do điều chỉnh")]
    public string? Reason { get; set; }

    public static TaskInput Of(PlanTask task) => new()
    {
        Number = task.Number,
        Text = task.Text,
        Recurrence = task.Recurrence,
        DueOn = task.DueOn is { } due ? VietnameseText.FormatDate(due) : null,
        ExpectedOutput = task.ExpectedOutput,
    };

    /// <summary>The schedule the form gives, or null with the date's message in <paramref name="form"/>.</summary>
    public TaskSchedule? Schedule(ModelStateDictionary form, string prefix)
    {
        if (!VietnameseText.TryParseDate(DueOn, out var due))
        {
            form.AddModelError($"{prefix}.DueOn", "Hạn hoàn thành không hợp lệ; hãy nhập theo dạng dd/MM/yyyy.");
            return null;
        }

        return new TaskSchedule(Recurrence, due, ExpectedOutput);
    }
}
