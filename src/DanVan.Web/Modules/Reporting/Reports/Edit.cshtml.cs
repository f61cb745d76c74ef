using DanVan.Documents;
using DanVan.Documents.Spreadsheets;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>
/// The reporting unit writes its report: a narrative for each of its tasks and the indicator values; saves
/// it as a draft or submits it. If someone else saved in between, nothing is written and the typed text stays.
/// </summary>
[RequestSizeLimit(XlsxReader.MaxBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = XlsxReader.MaxBytes + (1024 * 1024))]
public sealed class EditModel(CurrentUser currentUser, ReportWorkspace workspace) : PageModel
{
    public ReportContext Context { get; private set; } = null!;

    [BindProperty]
    public ReportForm Form { get; set; } = new();

    /// <summary>Why an uploaded Excel form was refused: sheet, row, column and reason.</summary>
    public List<string> WorkbookErrors { get; private set; } = [];

    /// <summary>The version saved by someone else, shown beside the form after a conflict.</summary>
    public ReportSnapshot? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        Form = ReportWorkspace.FormOf(Context);
        return Page();
    }

    public async Task<IActionResult> OnGetWorkbookAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        var bytes = ReportWorkbook.Write(Context, ReportWorkspace.FormOf(Context));
        var name = $"bao-cao-{VietnameseText.Fold(Context.Unit.Code).Replace('.', '-')}-{Context.Period.Year}-{Context.Report.Id.ToString()[..8]}.xlsx";
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    /// <summary>Reads a filled Excel form; saves it as the draft only when every cell is valid.</summary>
    public async Task<IActionResult> OnPostWorkbookAsync(Guid id, IFormFile? workbook, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        var saved = ReportWorkspace.FormOf(Context);
        Form = saved;
        ModelState.Clear();
        if (workbook is null || workbook.Length == 0)
        {
            WorkbookErrors.Add("Hãy chọn tệp .xlsx đã điền.");
            return Page();
        }

        if (workbook.Length > XlsxReader.MaxBytes)
        {
            WorkbookErrors.Add($"Tệp lớn quá {XlsxReader.MaxBytes / 1024 / 1024} MB.");
            return Page();
        }

        SheetBook book;
        try
        {
            using var memory = new MemoryStream();
            await workbook.CopyToAsync(memory, cancellationToken);
            book = XlsxReader.Read(memory.ToArray());
        }
        catch (DocumentException e)
        {
            WorkbookErrors.Add(e.Message);
            return Page();
        }

        var (filled, errors) = ReportWorkbook.Read(Context, saved, book);
        if (errors.Count > 0)
        {
            WorkbookErrors = errors;
            return Page();
        }

        var state = await currentUser.GetStateAsync(cancellationToken);
        var outcome = await workspace.WriteAsync(Context, filled, submit: false, new ReportActor(currentUser.Id!, state.FullName), cancellationToken);
        if (outcome.Result != WriteResult.Saved)
        {
            WorkbookErrors = outcome.Errors.Select(e => e.Message).DefaultIfEmpty(outcome.Message ?? "Báo cáo vừa được người khác lưu; hãy tải mẫu mới.").ToList();
            return outcome.Result == WriteResult.Conflict ? await ConflictAsync(id, outcome.Message, cancellationToken) : Page();
        }

        TempData["Message"] = "Đã nhập nội dung và số liệu từ tệp Excel vào bản nháp. Hãy xem lại rồi gửi báo cáo.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) => WriteAsync(id, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) => WriteAsync(id, submit: true, cancellationToken);

    private async Task<IActionResult> WriteAsync(Guid id, bool submit, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        ModelState.Clear();
        var state = await currentUser.GetStateAsync(cancellationToken);
        var outcome = await workspace.WriteAsync(Context, Form, submit, new ReportActor(currentUser.Id!, state.FullName), cancellationToken);
        switch (outcome.Result)
        {
            case WriteResult.Invalid:
                outcome.Errors.ToList().ForEach(e => ModelState.AddModelError(e.Field, e.Message));
                ModelState.AddModelError("", $"Chưa lưu: {outcome.Errors.Count} số liệu chưa hợp lệ (đánh dấu đỏ bên dưới).");
                return Page();
            case WriteResult.Conflict:
                return await ConflictAsync(id, outcome.Message, cancellationToken, mergeAndSave: !submit);
            case WriteResult.Refused:
                ModelState.AddModelError("", outcome.Message!);
                return Page();
        }

        TempData["Message"] = submit ? $"Đã gửi báo cáo tới {Context.ReceiverName}."
            : Form.CompleteCycles.Count > 0 ? "Đã lưu bản nháp. Các chu kỳ đánh dấu “đã hoàn thành” chưa được ghi nhận: việc ghi nhận chỉ làm khi gửi báo cáo, hãy đánh dấu lại lúc gửi."
            : "Đã lưu bản nháp.";
        return submit ? RedirectToPage("Details", new { id }) : RedirectToPage(new { id });
    }

    /// <summary>
    /// Someone saved since this form was opened: the two are merged field by field (ReportMerge). Without a field
    /// both changed, a draft is saved merged at once; otherwise, or for a submission, the merged form is shown with
    /// the other person's version beside it and the fields both changed marked, to save again knowingly.
    /// </summary>
    private async Task<IActionResult> ConflictAsync(Guid id, string? message, CancellationToken cancellationToken, bool mergeAndSave = false)
    {
        var typed = Form;
        var reload = await LoadAsync(id, cancellationToken, redirectIfLocked: false);
        if (reload is not null)
        {
            return reload;
        }

        message ??= new ReportChangedException(Context.Report.UpdatedByName, Context.Report.UpdatedAt).Message;
        var (merged, conflicts, taken) = ReportMerge.Merge(typed, ReportWorkspace.FormOf(Context));
        if (mergeAndSave && conflicts.Count == 0 && Context.Report.IsEditable)
        {
            var other = Context.Report.UpdatedByName ?? "người khác"; // read now: saving the merge makes it ours
            var state = await currentUser.GetStateAsync(cancellationToken);
            var outcome = await workspace.WriteAsync(Context, merged, submit: false, new ReportActor(currentUser.Id!, state.FullName), cancellationToken);
            if (outcome.Result == WriteResult.Saved)
            {
                TempData["Message"] = $"Đã lưu bản nháp, gộp với thay đổi {other} vừa lưu ({taken} mục của họ được giữ nguyên).";
                return RedirectToPage(new { id });
            }

            await LoadAsync(id, cancellationToken, redirectIfLocked: false);
            (merged, conflicts, _) = ReportMerge.Merge(typed, ReportWorkspace.FormOf(Context));
        }

        Theirs = ReportWorkspace.Snapshot(Context);
        Form = merged;
        ModelState.Clear();
        ModelState.AddModelError("", conflicts.Count == 0
            ? message + " Nội dung của họ đã được gộp vào biểu mẫu; hãy xem lại rồi gửi."
            : message + $" {conflicts.Count} mục cả hai cùng sửa được đánh dấu bên dưới: biểu mẫu giữ bản của bạn, bản của họ ở bên cạnh. Các mục khác đã được gộp.");
        foreach (var field in conflicts)
        {
            ModelState.AddModelError(field, "Mục này vừa được người khác sửa; bản của họ ở phần “Bản vừa được lưu”. Hãy giữ hoặc sửa rồi lưu lại.");
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken, bool redirectIfLocked = true)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var context = await workspace.LoadAsync(id, scope, cancellationToken);
        if (context is null)
        {
            return NotFound();
        }

        if (!context.CanWrite)
        {
            return Forbid();
        }

        Context = context;
        if (redirectIfLocked && !context.Report.IsEditable)
        {
            TempData["Message"] = $"Báo cáo {context.Report.Status.Vietnamese().ToLowerInvariant()}, không sửa được.";
            return RedirectToPage("Details", new { id });
        }

        return null;
    }
}
