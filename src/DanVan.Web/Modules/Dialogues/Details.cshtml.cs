using System.ComponentModel.DataAnnotations;
using DanVan.Documents.Official;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Dialogues.Work;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Petitions;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Dialogues;

/// <summary>
/// One dialogue for whoever may read it: what was planned, the questions and answers, the commitments with where
/// their tasks stand, the minutes; the steps the user may take next (each under the dialogue's lock).
/// </summary>
public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser, DialogueWork work, IDocumentNumbers documents) : PageModel
{
    public Dialogue Dialogue { get; private set; } = null!;

    public DialogueRights Rights { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, CommitmentState> States { get; private set; } = new Dictionary<Guid, CommitmentState>();

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Places { get; private set; } = [];

    [BindProperty]
    public DialogueStep Step { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostHoldAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Manages, _ => { work.Hold(Dialogue, Rights, Step.Participants); return Task.CompletedTask; }, "Đã ghi nhận buổi đối thoại đã tổ chức; hãy ghi các ý kiến và cam kết.", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Manages, _ => { Confirmed(); work.Cancel(Dialogue, Rights, Step.Text); return Task.CompletedTask; }, "Đã hủy buổi đối thoại.", cancellationToken);

    public Task<IActionResult> OnPostAskAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Records, _ => work.AskAsync(Dialogue, Rights, new QuestionInput(Step.Text, Step.AskerName, Step.Consent, Step.AreaId, Step.Answer, Step.AnsweredBy), cancellationToken), "Đã ghi ý kiến.", cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Records, _ => { work.Answer(Dialogue, Rights, Step.QuestionId ?? Guid.Empty, Step.Answer, Step.AnsweredBy); return Task.CompletedTask; }, "Đã ghi câu trả lời.", cancellationToken);

    public Task<IActionResult> OnPostRemoveQuestionAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Records, _ => { Confirmed(); work.RemoveQuestion(Dialogue, Rights, Step.QuestionId ?? Guid.Empty); return Task.CompletedTask; }, "Đã xóa ý kiến.", cancellationToken);

    public Task<IActionResult> OnPostRaiseAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Manages, by => work.RaiseAsync(Dialogue, Rights, Step.QuestionId ?? Guid.Empty, Step.Kind, Step.Phone, by, cancellationToken), "Ý kiến đã thành đơn; đơn vị xử lý đã được báo.", cancellationToken);

    public Task<IActionResult> OnPostCommitAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Manages, _ => CommitAsync(cancellationToken), "Đã ghi cam kết; cam kết thành nhiệm vụ của đơn vị khi ban hành biên bản.", cancellationToken);

    public Task<IActionResult> OnPostRemoveCommitmentAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Manages, _ => { Confirmed(); work.RemoveCommitment(Dialogue, Rights, Step.CommitmentId ?? Guid.Empty); return Task.CompletedTask; }, "Đã xóa cam kết.", cancellationToken);

    public async Task<IActionResult> OnPostMinutesAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await using var numbering = await work.LockNumbersAsync(Dialogue.OrganizationId, cancellationToken);
        return await StepAsync(id, r => r.Manages, _ =>
        {
            Confirmed();
            if (!VietnameseText.TryParseDate(Step.On, out var on) || on is null)
            {
                throw new BusinessRuleException("Ngày biên bản: hãy nhập theo dạng dd/MM/yyyy.");
            }

            if (on > work.Today)
            {
                throw new BusinessRuleException("Ngày biên bản không được sau hôm nay.");
            }

            return work.IssueMinutesAsync(Dialogue, Rights, new MinutesInput(on, Step.Text), cancellationToken);
        }, "Đã ban hành biên bản; các cam kết đã thành nhiệm vụ của đơn vị, có hạn thực hiện.", cancellationToken);
    }

    /// <summary>The minutes as a .docx in the host's layout (a draft without a number until they are issued).</summary>
    public async Task<IActionResult> OnGetMinutesAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Dialogue.Status is DialogueStatus.Planned or DialogueStatus.Cancelled)
        {
            return NotFound();
        }

        var heading = await documents.HeadingAsync(Dialogue.OrganizationId, cancellationToken);
        var docx = OfficialDocxWriter.Write(MinutesDocument.Build(Dialogue, heading));
        return File(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"bien-ban-doi-thoai-{Dialogue.HeldOn:yyyy-MM-dd}.docx");
    }

    private Task CommitAsync(CancellationToken cancellationToken)
    {
        if (!VietnameseText.TryParseDate(Step.On, out var due))
        {
            throw new BusinessRuleException("Hạn thực hiện: hãy nhập theo dạng dd/MM/yyyy.");
        }

        return work.CommitAsync(Dialogue, Rights, Step.Text, Step.UnitId ?? Guid.Empty, due, Step.QuestionId, cancellationToken);
    }

    private void Confirmed()
    {
        if (!Step.Confirm)
        {
            throw new BusinessRuleException("Hãy đánh dấu xác nhận trước khi thực hiện.");
        }
    }

    private async Task<IActionResult> StepAsync(Guid id, Func<DialogueRights, bool> allowed, Func<string, Task> step, string done, CancellationToken cancellationToken)
    {
        var by = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        return await this.RunAsync(db, await work.LockAsync(id, cancellationToken), () => LoadAsync(id, cancellationToken), () => allowed(Rights), () => step(by), done,
            () => RedirectToPage("/Dialogues/Details", new { id }), cancellationToken);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var loaded = await work.LoadAsync(id, await currentUser.GetScopeAsync(cancellationToken), cancellationToken);
        if (loaded is null)
        {
            return false;
        }

        (Dialogue, Rights) = loaded.Value;
        States = await work.StatesAsync(Dialogue.Commitments, cancellationToken);
        if (Rights.Records && Dialogue.Status == DialogueStatus.Held)
        {
            Places = Dialogue.Areas.Where(a => a.Area is not null).OrderBy(a => a.Area!.Level).ThenBy(a => a.Area!.Code, StringComparer.Ordinal).Select(a => (a.AreaId, a.Area!.Name)).ToList();
        }

        if (Rights.Manages && Dialogue.Status == DialogueStatus.Held)
        {
            var units = await work.CommitmentUnits(Dialogue.Organization!).AsNoTracking().Select(o => new { o.Id, o.Name, o.Depth }).Take(500).ToListAsync(cancellationToken);
            Units = units.OrderBy(u => u.Depth).ThenBy(u => u.Name, VietnameseText.Comparer).Select(u => (u.Id, u.Name)).ToList();
        }

        return true;
    }
}

public sealed class DialogueStep
{
    [Range(0, 100_000)]
    public int? Participants { get; set; }

    [StringLength(Dialogue.MaxText)]
    public string? Text { get; set; }

    [StringLength(200)]
    public string? AskerName { get; set; }

    public bool Consent { get; set; }

    public Guid? AreaId { get; set; }

    [StringLength(Dialogue.MaxText)]
    public string? Answer { get; set; }

    [StringLength(200)]
    public string? AnsweredBy { get; set; }

    public Guid? QuestionId { get; set; }

    public Guid? CommitmentId { get; set; }

    public Guid? UnitId { get; set; }

    [StringLength(20)]
    public string? On { get; set; }

    public PetitionKind Kind { get; set; } = PetitionKind.Suggestion;

    [StringLength(20)]
    public string? Phone { get; set; }

    public bool Confirm { get; set; }
}
