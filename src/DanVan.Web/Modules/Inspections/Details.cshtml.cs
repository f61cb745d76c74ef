using System.ComponentModel.DataAnnotations;
using DanVan.Documents.Official;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Inspections.Work;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Inspections;

/// <summary>
/// One inspection, for everyone it concerns: what is checked, where and by whom; the units' self-reports; the team's
/// findings and recommendations; the conclusion and where each recommendation stands; the step each may take next.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser, InspectionWork work, IDocumentNumbers documents, Infrastructure.Documents.PdfConverter pdf) : PageModel
{
    private const long MaxRequestBytes = (5 * EvidenceUpload.MaxBytes) + (1024 * 1024);

    public Inspection Inspection { get; private set; } = null!;

    public InspectionRights Rights { get; private set; } = null!;

    public IReadOnlyList<FileLine> Files { get; private set; } = [];

    public IReadOnlyDictionary<Guid, RecommendationState> States { get; private set; } = new Dictionary<Guid, RecommendationState>();

    /// <summary>The subject plan's label and the task's, when the subject is one.</summary>
    public string? SubjectText { get; private set; }

    [BindProperty]
    public SelfReportInput Report { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    /// <summary>The unit whose self-report was just sent and refused: its form shows again what was typed.</summary>
    public Guid? RefusedUnit { get; private set; }

    [BindProperty]
    public FindingInput Finding { get; set; } = new();

    [BindProperty]
    public RecommendationInput Recommendation { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostNotifyAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Manages, () => work.NotifyAsync(Inspection, Rights, cancellationToken), "Đã thông báo cho các đơn vị được kiểm tra và các thành viên đoàn.", null, cancellationToken);

    public async Task<IActionResult> OnPostSelfReportAsync(Guid id, Guid unitId, CancellationToken cancellationToken)
    {
        await using var held = await work.LockAsync(id, cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Rights.Answers.Contains(unitId))
        {
            return Forbid();
        }

        ModelState.OnlyFor(nameof(Report));
        RefusedUnit = unitId;
        if (Uploads.Count > 5)
        {
            ModelState.AddModelError(string.Empty, "Mỗi lần gửi tối đa 5 tệp.");
            return Page();
        }

        var uploads = new List<EvidenceUpload>();
        try
        {
            foreach (var file in Uploads)
            {
                await using var stream = file.OpenReadStream();
                uploads.Add(await EvidenceUpload.ReadAsync(file.FileName, file.Length, stream, cancellationToken));
            }
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        var user = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        return await SaveAsync(id, () => work.SelfReportAsync(Inspection, Rights, unitId, Report.Text, uploads, user, cancellationToken), "Đã gửi báo cáo tự kiểm tra; đoàn kiểm tra đã được thông báo.", $"unit-{unitId:N}", cancellationToken);
    }

    public async Task<IActionResult> OnPostFindingAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var held = await work.LockAsync(id, cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Rights.Records)
        {
            return Forbid();
        }

        ModelState.OnlyFor(nameof(Finding));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        return await SaveAsync(id, () =>
        {
            work.Find(Inspection, Rights, Finding.ContentId, Finding.UnitId, new FindingText(Finding.Strengths, Finding.Shortcomings, Finding.Causes, Finding.Evidence), user);
            return Task.CompletedTask;
        }, "Đã ghi kết quả kiểm tra.", "findings", cancellationToken);
    }

    public async Task<IActionResult> OnPostRecommendAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var held = await work.LockAsync(id, cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Rights.Records)
        {
            return Forbid();
        }

        ModelState.OnlyFor(nameof(Recommendation));
        if (!VietnameseText.TryParseDate(Recommendation.DueOn, out var due) || due is null)
        {
            ModelState.AddModelError("Recommendation.DueOn", "Hạn khắc phục: hãy nhập ngày theo dạng dd/MM/yyyy.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await SaveAsync(id, () =>
        {
            work.Recommend(Inspection, Rights, Recommendation.FindingId, Recommendation.Text, due!.Value);
            return Task.CompletedTask;
        }, "Đã thêm kiến nghị; nó thành nhiệm vụ của đơn vị khi kết luận được ban hành.", "findings", cancellationToken);
    }

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid recommendationId, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Records, () => { work.Withdraw(Inspection, Rights, recommendationId); return Task.CompletedTask; }, "Đã bỏ kiến nghị.", "findings", cancellationToken);

    public Task<IActionResult> OnPostCarryOverAsync(Guid id, Guid recommendationId, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Manages, () => work.CarryOverAsync(Inspection, Rights, recommendationId, Reason, cancellationToken), "Đã chuyển kiến nghị sang kỳ sau, kèm lý do.", "recommendations", cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Manages, () => work.CloseAsync(Inspection, Rights, Note, cancellationToken), "Đã kết thúc cuộc kiểm tra.", null, cancellationToken);

    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var file = await db.InspectionFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.InspectionId == id, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The conclusion as a .docx in the issuer's layout.</summary>
    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken cancellationToken) =>
        await ConclusionAsync(id, docx => Task.FromResult<IActionResult>(File(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName("docx"))), cancellationToken);

    /// <summary>The same page as a PDF (LibreOffice on the server), to print or send.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken) =>
        await ConclusionAsync(id, async docx =>
        {
            if (await pdf.ConvertAsync(docx, cancellationToken) is { } bytes)
            {
                return File(bytes, "application/pdf", FileName("pdf"));
            }

            TempData["Message"] = pdf.IsAvailable
                ? "Chưa tạo được PDF lúc này (LibreOffice báo lỗi hoặc chạy quá lâu); hãy thử lại sau, hoặc tải .docx và in từ Word."
                : "Máy chủ chưa cài LibreOffice nên chưa tạo được PDF; hãy tải .docx và in từ Word.";
            return RedirectToPage("/Inspections/Details", null, new { id }, "conclusion");
        }, cancellationToken);

    public bool PdfAvailable => pdf.IsAvailable;

    private async Task<IActionResult> ConclusionAsync(Guid id, Func<byte[], Task<IActionResult>> answer, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Inspection.ConclusionSymbol is null)
        {
            return NotFound();
        }

        var heading = await documents.HeadingAsync(Inspection.Programme!.OrganizationId, cancellationToken);
        return await answer(OfficialDocxWriter.Write(ConclusionDocument.Build(Inspection, heading)));
    }

    private string FileName(string extension) => $"{VietnameseText.Fold(Inspection.ConclusionSymbol!).Replace('/', '-').Replace(' ', '-')}.{extension}";

    public string UnitName(Guid organizationId) => Inspection.Units.FirstOrDefault(u => u.OrganizationId == organizationId)?.Organization?.Name ?? "";

    /// <summary>Loads, refuses whoever may not take the step, then takes it.</summary>
    private async Task<IActionResult> StepAsync(Guid id, Func<InspectionRights, bool> allowed, Func<Task> step, string done, string? fragment, CancellationToken cancellationToken)
    {
        // Only the step's own fields count (the page's other forms bind too); one step of an inspection at a time.
        ModelState.Clear();
        await using var held = await work.LockAsync(id, cancellationToken);
        return !await LoadAsync(id, cancellationToken) ? NotFound()
            : !allowed(Rights) ? Forbid()
            : await SaveAsync(id, step, done, fragment, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(Guid id, Func<Task> step, string done, string? fragment, CancellationToken cancellationToken)
    {
        try
        {
            if (!await ModelState.TrySaveAsync(db, step, cancellationToken))
            {
                await LoadAsync(id, cancellationToken);
                return Page();
            }
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }

        TempData["Message"] = done;
        return RedirectToPage("/Inspections/Details", null, new { id }, fragment);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var loaded = await work.LoadAsync(id, await currentUser.GetScopeAsync(cancellationToken), cancellationToken);
        if (loaded is null)
        {
            return false;
        }

        (Inspection, Rights) = loaded.Value;
        Files = await db.InspectionFiles.AsNoTracking().Where(f => f.InspectionId == id).OrderBy(f => f.UploadedAt)
            .Select(f => new FileLine(f.Id, f.OrganizationId, f.FileName, f.Size, f.UploadedBy, f.UploadedAt)).ToListAsync(cancellationToken);
        States = await work.StatesAsync(Inspection, cancellationToken);
        if (Inspection.SubjectPlanId is { } planId)
        {
            var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.Document!.Kind, p.Document.Number, Unit = p.Organization!.Name }).SingleAsync(cancellationToken);
            var task = Inspection.SubjectTaskId is { } taskId ? await db.PlanTasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => new { t.Number, t.Text }).SingleAsync(cancellationToken) : null;
            SubjectText = $"{Plans.OfficialDocument.LabelOf(plan.Kind, plan.Number)} của {plan.Unit}" + (task is null ? "" : $", nhiệm vụ {task.Number}. {VietnameseText.ShortTitle(task.Text)}");
        }

        return true;
    }
}

public sealed record FileLine(Guid Id, Guid OrganizationId, string FileName, long Size, string UploadedBy, DateTime UploadedAt);

public sealed class SelfReportInput
{
    [Required(ErrorMessage = "Hãy nhập báo cáo tự kiểm tra.")]
    [StringLength(Inspection.MaxText, ErrorMessage = "Báo cáo tự kiểm tra không quá 4000 ký tự; gửi bản đầy đủ dưới dạng tệp.")]
    [Display(Name = "Báo cáo tự kiểm tra")]
    public string? Text { get; set; }
}

public sealed class FindingInput
{
    [Display(Name = "Nội dung kiểm tra")]
    public Guid ContentId { get; set; }

    [Display(Name = "Đơn vị")]
    public Guid UnitId { get; set; }

    [StringLength(Inspection.MaxText)]
    [Display(Name = "Ưu điểm")]
    public string? Strengths { get; set; }

    [StringLength(Inspection.MaxText)]
    [Display(Name = "Hạn chế, khuyết điểm")]
    public string? Shortcomings { get; set; }

    [StringLength(Inspection.MaxText)]
    [Display(Name = "Nguyên nhân")]
    public string? Causes { get; set; }

    [StringLength(Inspection.MaxText)]
    [Display(Name = "Căn cứ, minh chứng")]
    public string? Evidence { get; set; }
}

public sealed class RecommendationInput
{
    public Guid FindingId { get; set; }

    [Required(ErrorMessage = "Hãy nhập nội dung kiến nghị.")]
    [StringLength(Inspection.MaxText)]
    [Display(Name = "Kiến nghị")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "Hãy nhập hạn khắc phục.")]
    [Display(Name = "Hạn khắc phục (dd/MM/yyyy)")]
    public string? DueOn { get; set; }
}
